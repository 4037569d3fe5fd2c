import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

@Suite("ledger schema version 6: order write-backs")
struct WriteBackSchemaTests {
    @Test("a new ledger keeps what was written back to each order")
    func fromEmpty() throws {
        let ledger = try Ledger(path: ":memory:")
        #expect(try Migrator(Ledger.migrations).currentVersion(of: ledger.connection) == 6)
        for column in ["written_document_no", "closed_by_erp_at"] {
            let found = try ledger.connection.scalar(
                "SELECT COUNT(*) FROM pragma_table_info('order_header') WHERE name = ?", [.text(column)])
            #expect(found?.int == 1, "order_header.\(column)")
        }
    }

    @Test("a version 5 ledger migrates; its processed orders are due for their write-backs")
    func fromVersion5() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-v5-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("ledger.db").path
        do {
            let v5 = try Database(path: path, migrations: Array(Ledger.migrations.prefix(5)))
            try v5.execute(script: """
                INSERT INTO shop (code, backend, created_at) VALUES ('web', 'sandbox', 0);
                INSERT INTO order_header (shop, id, name, processed, sales_document_no, fully_paid,
                  fulfillment_status, created_at, updated_at, imported_at)
                  VALUES ('web', 1, '#1', 1, 'SI-1001', 1, 'fulfilled', 0, 0, 0),
                         ('web', 2, '#2', 0, '', 1, 'fulfilled', 0, 0, 0);
                """)
        }
        let ledger = try Ledger(path: path)
        let due = try ledger.orderWriteBacks(shop: "web", documentNo: true, close: true)
        #expect(due == [OrderWriteBack(id: 1, name: "#1", salesDocumentNo: "SI-1001", needsDocumentNo: true,
                                       needsClose: true)])
        try ledger.markDocumentNoWritten(shop: "web", orderId: 1, documentNo: "SI-1001")
        try ledger.markClosedByERP(shop: "web", orderId: 1)
        #expect(try ledger.orderWriteBacks(shop: "web", documentNo: true, close: true).isEmpty)
    }
}
