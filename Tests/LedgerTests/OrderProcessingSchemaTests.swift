import Database
import Foundation
import ShopSyncCore
import Testing

@testable import Ledger

@Suite("ledger schema version 5: order processing")
struct OrderProcessingSchemaTests {
    @Test("a new ledger has the order processing columns, tables and number series")
    func fromEmpty() throws {
        let ledger = try Ledger(path: ":memory:")
        #expect(try Migrator(Ledger.migrations).currentVersion(of: ledger.connection) >= 5)
        for (table, column) in [
            ("order_header", "processed_line_ids"), ("order_line", "barcode"),
            ("order_shipping_line", "presentment_amount"),
            ("shopify_company_location", "bill_to_customer_no"), ("order_refund", "amount"),
        ] {
            let found = try ledger.connection.scalar(
                "SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?",
                [.text(table), .text(column)])
            #expect(found?.int == 1, "\(table).\(column)")
        }
        #expect(try ledger.nextNumber(series: "customer") == "C10001")
        #expect(try ledger.nextNumber(series: "item") == "I10001")
    }

    @Test("a version 4 ledger with a processed order migrates, keeping it and without a baseline")
    func fromVersion4() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ledger-v4-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("ledger.db").path
        do {
            let v4 = try Database(path: path, migrations: Array(Ledger.migrations.prefix(4)))
            try v4.execute(
                script: """
                    INSERT INTO shop (code, backend, created_at) VALUES ('web', 'sandbox', 0);
                    INSERT INTO order_header (shop, id, name, processed, sales_document_no, created_at,
                      updated_at, imported_at) VALUES ('web', 1, '#1', 1, 'SO-1001', 0, 0, 0);
                    INSERT INTO order_line (shop, order_id, id, quantity) VALUES ('web', 1, 11, 2);
                    INSERT INTO order_shipping_line (shop, order_id, id, amount)
                      VALUES ('web', 1, 19, 50000);
                    """)
        }
        let ledger = try Ledger(path: path)
        #expect(
            try Migrator(Ledger.migrations).currentVersion(of: ledger.connection)
                == Ledger.migrations.count)
        let staged = try #require(try ledger.stagedOrder(shop: "web", id: 1))
        #expect(staged.processed && staged.order.lines.map(\.quantity) == [2])
        #expect(
            staged.order.shippingLines.map(\.amount) == [5] && staged.order.lines[0].barcode.isEmpty
        )
        #expect(
            try ledger.processedBaseline(shop: "web", orderId: 1) == nil,
            "an order processed before version 5 has nothing to compare with, so it is never flagged"
        )
        var changed = staged.order
        changed.lines[0].quantity = 5
        #expect(try ledger.saveImportedOrder(changed) == .updated)
    }
}

@Suite("order staging of shipping lines, refunds and B2B fields")
struct OrderStagingDetailTests {
    @Test("an order reads back as it was staged, and lines that left it are gone")
    func roundTrip() throws {
        let fixture = try LedgerFixture()
        var order = ImportedOrder(
            shop: "web", id: 7, name: "#7", createdAt: Timestamp(seconds: 10),
            updatedAt: Timestamp(seconds: 20))
        (order.companyId, order.companyLocationId) = (3, 30)
        order.presentmentCurrency = "EUR"
        order.presentmentTotalDiscounts = Decimal(string: "1.5")!
        var line = ImportedOrderLine(
            id: 71, sku: "1000", title: "Bicycle", quantity: 1, unitPrice: 100)
        (line.barcode, line.presentmentUnitPrice) = ("123", 92)
        order.lines = [line]
        order.shippingLines = [
            ImportedShippingLine(
                id: 79, title: "Express", code: "EXP", amount: 9,
                presentmentAmount: Decimal(string: "8.3")!)
        ]
        order.refunds = [
            ImportedRefund(id: 700, amount: 0, quantity: 1, createdAt: Timestamp(seconds: 30))
        ]
        try fixture.ledger.saveImportedOrder(order)
        let staged = try #require(try fixture.ledger.stagedOrder(shop: "web", id: 7))
        #expect(staged.order == order && !staged.processed)
        order.shippingLines = []
        order.refunds = []
        try fixture.ledger.saveImportedOrder(order)
        #expect(try fixture.count("order_shipping_line") == 0 && fixture.count("order_refund") == 0)
    }
}
