import Database
import Foundation
import ShopSyncCore
@testable import Ledger

/// A ledger file with two shops and, for every cue, records that belong on it and records that
/// do not (mapped, processed, sent, old), so a count can only be right if the query is.
struct CueScenario {
    static let now = Timestamp(seconds: 1_764_580_000)
    let path: String
    let ledger: Ledger

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("cues-\(UUID().uuidString).db").path
        ledger = try Ledger(path: path, clock: ManualClock(Self.now))
        try ledger.save(Shop(code: "demo", backend: .sandbox))
        try ledger.save(Shop(code: "eu", backend: .sandbox))
        try ledger.addCustomer(Customer(no: "C1", name: "Ada", email: "ada@example.com"))
        try ledger.addItem(Item(no: "1000", description: "Bicycle", unitPrice: 100))
        try seedMasterData()
        try seedOrders()
        try seedShipments()
        try seedOperations()
    }

    func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private var at: Int64 { Self.now.milliseconds }
    private var old: Int64 { Self.now.milliseconds - 2 * Cue.recentWindowMilliseconds }

    private func sql(_ text: String, _ binds: [SQLValue] = []) throws {
        _ = try ledger.connection.run(text, binds)
    }

    /// Customers: one mapped, one unmapped with an email, one with neither email nor phone (eu).
    /// Companies: one unmapped. Products: one mapped, one whose SKU matches no item.
    private func seedMasterData() throws {
        let customer = """
            INSERT INTO shopify_customer (shop, id, customer_no, first_name, last_name, email, phone,
              updated_at) VALUES (?, ?, ?, ?, '', ?, ?, ?)
            """
        try sql(customer, [.text("demo"), .integer(1), .text("C1"), .text("Ada"),
                           .text("ada@example.com"), .text(""), .integer(at)])
        try sql(customer, [.text("demo"), .integer(2), .null, .text("Bob"), .text("bob@example.com"),
                           .text(""), .integer(at)])
        try sql(customer, [.text("eu"), .integer(3), .null, .text("Walk-in"), .text(""), .text(""),
                           .integer(at)])
        try sql("INSERT INTO shopify_company (shop, id, name, updated_at) VALUES ('demo', 9, 'Acme', ?)",
                [.integer(at)])
        try sql("""
            INSERT INTO shopify_product (shop, id, title, item_no, updated_at) VALUES
              ('demo', 20, 'Bicycle', '1000', ?), ('demo', 21, 'Mystery box', NULL, ?)
            """, [.integer(at), .integer(at)])
        try sql("""
            INSERT INTO shopify_variant (shop, id, product_id, sku, item_no, updated_at) VALUES
              ('demo', 200, 20, '1000', '1000', ?), ('demo', 210, 21, 'BOX-9', NULL, ?)
            """, [.integer(at), .integer(at)])
    }

    /// Orders: processed, waiting, failed with a reason, cancelled (never a cue), and processed
    /// but edited in Shopify afterwards.
    private func seedOrders() throws {
        let order = """
            INSERT INTO order_header (shop, id, name, processed, sales_document_no, has_error, error,
              cancelled, edited_after_processing, edit_reason, created_at, updated_at, imported_at)
            VALUES ('demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        func add(_ id: Int64, _ name: String, processed: Bool, document: String = "",
                 error: String = "", cancelled: Bool = false, edit: String = "") throws {
            try sql(order, [.integer(id), .text(name), .integer(processed ? 1 : 0), .text(document),
                            .integer(error.isEmpty ? 0 : 1), .text(error), .integer(cancelled ? 1 : 0),
                            .integer(edit.isEmpty ? 0 : 1), .text(edit), .integer(at), .integer(at),
                            .integer(at)])
        }
        try add(1001, "#1001", processed: true, document: "SO-1")
        try add(1002, "#1002", processed: false)
        try add(1003, "#1003", processed: false, error: "line 2 (SKU BOX-9) maps to no item")
        try add(1004, "#1004", processed: false, cancelled: true)
        try add(1005, "#1005", processed: true, document: "SO-2", edit: "quantity of line 1 changed from 1 to 3")
    }

    /// Shipments: sent, waiting, refused, nothing to send, and one not from Shopify.
    private func seedShipments() throws {
        let shipment = """
            INSERT INTO sales_shipment_header (no, order_no, shop, customer_no, posting_date,
              shopify_order_id, shopify_order_no, shopify_fulfillment_id, fulfillment_error, created_at)
            VALUES (?, 'SO-1', 'demo', 'C1', '2026-12-01', ?, '#1001', ?, ?, ?)
            """
        try sql(shipment, [.text("S-1"), .integer(1001), .integer(77), .text(""), .integer(at)])
        try sql(shipment, [.text("S-2"), .integer(1001), .integer(0), .text(""), .integer(at)])
        try sql(shipment, [.text("S-3"), .integer(1001), .integer(-1),
                           .text("line 5 is no longer open in Shopify"), .integer(at)])
        try sql(shipment, [.text("S-4"), .integer(1001), .integer(-2), .text(""), .integer(at)])
        try sql(shipment, [.text("S-5"), .integer(0), .integer(0), .text(""), .integer(at)])
    }

    /// Jobs (one in error, one finished), skipped records and failed requests, recent and old.
    private func seedOperations() throws {
        let job = """
            INSERT INTO job_entry (name, source, shop, status, earliest_start, created_at, updated_at,
              last_error) VALUES (?, 'sync orders', 'demo', ?, ?, ?, ?, ?)
            """
        try sql(job, [.text("nightly orders"), .text("error"), .integer(at), .integer(at), .integer(at),
                      .text("shopify answered 503 five times")])
        try sql(job, [.text("hourly stock"), .text("finished"), .integer(at), .integer(at), .integer(at),
                      .text("")])
        let skipped = """
            INSERT INTO skipped_record (shop, task, entity, record_id, reason, at)
            VALUES ('demo', 'sync orders', 'order', ?, ?, ?)
            """
        try sql(skipped, [.text("#1009"), .text("totalPrice '12,50' is not money"), .integer(at)])
        try sql(skipped, [.text("#0999"), .text("old news"), .integer(old)])
        let request = """
            INSERT INTO request_log (shop, at, operation, http_status, request_id, is_error)
            VALUES (?, ?, 'Orders', ?, ?, ?)
            """
        try sql(request, [.text("eu"), .integer(at), .integer(502), .text("req-1"), .integer(1)])
        try sql(request, [.text("eu"), .integer(old), .integer(500), .text("req-0"), .integer(1)])
        try sql(request, [.text("eu"), .integer(at), .integer(200), .text("req-2"), .integer(0)])
    }
}
