import Foundation
import Ledger
import ShopSyncCore
import ShopSyncTesting
import Testing

/// `create sales documents` in a real process, killed at random points: a rerun must reach
/// exactly the state of an uninterrupted run, with no lost order and no duplicate document.
@Suite(
    "create sales documents with real processes", .serialized,
    .enabled(if: ShsProcess.executable != nil, "needs the built shs"))
struct SalesDocumentProcessTests {
    static let orders = 3_000

    @Test("killing create sales documents at random points loses nothing and duplicates nothing")
    func killAtRandomPoints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shs-docs-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let killed = folder.appendingPathComponent("killed.db").path
        let clean = folder.appendingPathComponent("clean.db").path
        try Self.stage(killed)
        try FileManager.default.copyItem(atPath: killed, toPath: clean)

        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for trial in 0..<20 {
            let child = try ShsProcess.start(["--db", killed, "-c", "create sales documents"])
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.3, using: &generator))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let state = try Self.state(killed)
            #expect(state.problems.isEmpty, "trial \(trial): \(state.problems)")
            if state.processed > 0 && state.processed < Self.orders { interrupted += 1 }
        }
        print("create sales documents killed mid-run in \(interrupted) of 20 trials")
        #expect(try ShsProcess.run(["--db", killed, "-c", "create sales documents"]).status == 0)
        #expect(try ShsProcess.run(["--db", clean, "-c", "create sales documents"]).status == 0)
        let (after, uninterrupted) = (try Self.state(killed), try Self.state(clean))
        #expect(after.processed == Self.orders && after.problems.isEmpty)
        #expect(after.rows == uninterrupted.rows, "a rerun reaches the state of a run never killed")
    }

    /// A shop, master data, and orders by 300 buyers the first of whose orders creates them.
    static func stage(_ path: String) throws {
        let ledger = try Ledger(path: path)
        try ledger.save(Shop(code: "web", backend: .sandbox))
        try ledger.addLocation(Location(code: "MAIN"))
        try ledger.addItem(Item(no: "1000", description: "Bicycle"))
        try ledger.addItem(Item(no: "1100", description: "Helmet"))
        try ledger.addGLAccount(GLAccount(no: "6100", name: "Shipping"))
        try ledger.setSetting("default_location", to: .string("MAIN"), of: "web")
        try ledger.setSetting("shipping_charges_account", to: .string("6100"), of: "web")
        let placed = Timestamp(seconds: 1_764_000_000)
        let orders = (0..<orders).map { n -> ImportedOrder in
            var order = ImportedOrder(
                shop: "web", id: Int64(n + 1), name: "#\(n + 1)", createdAt: placed,
                updatedAt: placed)
            order.email = "buyer\(n % 300)@example.com"
            order.lines = [
                ImportedOrderLine(id: Int64(n * 10 + 1), sku: "1000", quantity: 1, unitPrice: 100),
                ImportedOrderLine(id: Int64(n * 10 + 2), sku: "1100", quantity: 2, unitPrice: 20),
            ]
            order.shippingLines = [ImportedShippingLine(id: Int64(n * 10 + 9), amount: 5)]
            order.totalShipping = 5
            return order
        }
        for start in stride(from: 0, to: orders.count, by: 250) {
            try ledger.saveImportedOrders(Array(orders[start..<min(start + 250, orders.count)]))
        }
    }

    struct State {
        var processed = 0
        var problems: [String] = []
        /// Documents, lines, customers and orders without the wall-clock columns.
        var rows: [String] = []
    }

    static func state(_ path: String) throws -> State {
        let db = try Ledger(path: path).connection
        var state = State()
        state.processed =
            try db.scalar("SELECT COUNT(*) FROM order_header WHERE processed = 1")?.int ?? -1
        let checks = [
            "processed orders without their document": """
            SELECT COUNT(*) FROM order_header o WHERE o.processed = 1 AND NOT EXISTS
              (SELECT 1 FROM sales_header h WHERE h.no = o.sales_document_no AND h.shopify_order_id = o.id)
            """,
            "documents of orders not processed": """
            SELECT COUNT(*) FROM sales_header h WHERE NOT EXISTS
              (SELECT 1 FROM order_header o WHERE o.id = h.shopify_order_id AND o.processed = 1)
            """,
            "orders with two documents": """
            SELECT COUNT(*) FROM (SELECT shopify_order_id FROM sales_header GROUP BY shopify_order_id
                                  HAVING COUNT(*) > 1)
            """,
            "buyers created twice": "SELECT COUNT(*) - COUNT(DISTINCT email) FROM customer",
        ]
        for (problem, sql) in checks where try db.scalar(sql)?.int != 0 {
            state.problems.append(problem)
        }
        let dumps = [
            "SELECT no, document_type, sell_to_customer_no, shopify_order_id, status FROM sales_header",
            "SELECT document_no, line_no, type, no, quantity, unit_price FROM sales_line",
            "SELECT no, name, email FROM customer",
            "SELECT id, processed, sales_document_no, has_error FROM order_header",
        ]
        for sql in dumps {
            state.rows += try db.query(sql + " ORDER BY 1, 2").map {
                $0.values.map { "\($0)" }.joined(separator: "|")
            }
        }
        return state
    }
}
