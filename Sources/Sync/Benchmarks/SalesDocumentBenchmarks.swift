import Foundation
import Ledger
import ShopSyncCore

/// `create sales documents` against the ledger's raw insert rates, measured in the same run.
public struct SalesDocumentRate: Sendable {
    public let orders: Int
    /// Staged orders turned into released sales documents per second.
    public let ordersPerSecond: Double
    /// The ledger benchmark's raw rate: plain prepared inserts of staged orders (5 lines and
    /// raw JSON each), all in one transaction.
    public let rawOrdersPerSecond: Double
    /// The same plain inserts with one commit per order, as creating documents commits.
    public let rawPerOrderOrdersPerSecond: Double

    public var ratio: Double { rawOrdersPerSecond > 0 ? ordersPerSecond / rawOrdersPerSecond : 0 }
    public var perOrderRatio: Double {
        rawPerOrderOrdersPerSecond > 0 ? ordersPerSecond / rawPerOrderOrdersPerSecond : 0
    }
}

/// Measurements for `scripts/bench`; not tests. Runs on a fresh file-backed ledger (WAL) in the
/// temporary directory, removed afterwards.
public enum SalesDocumentBenchmarks {
    /// Stages `orders` orders of 3 lines and a shipping line (not timed), buyers found by
    /// e-mail among 1,000 customers, then times `create sales documents` over all of them.
    public static func createRate(orders: Int = 10_000) throws -> SalesDocumentRate {
        let raw = try LedgerBenchmarks.importedOrderInsertRate(orders: orders)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("shopsync-sync-bench-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try Ledger(path: directory.appendingPathComponent("ledger.db").path)
        try prepare(ledger, orders: orders)
        let start = ContinuousClock.now
        let run = try SalesDocumentCreator(ledger: ledger, shop: "bench").run()
        let elapsed = ContinuousClock.now - start
        guard run.created.count == orders else {
            throw OrderProblem.ledger(
                "benchmark: \(run.created.count) of \(orders) created; "
                    + (run.failures.first.map { "\($0.problem)" } ?? ""))
        }
        let seconds =
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return SalesDocumentRate(
            orders: orders, ordersPerSecond: seconds > 0 ? Double(orders) / seconds : 0,
            rawOrdersPerSecond: raw.rawOrdersPerSecond,
            rawPerOrderOrdersPerSecond: raw.rawPerOrderOrdersPerSecond)
    }

    static func prepare(_ ledger: Ledger, orders: Int) throws {
        try ledger.save(Shop(code: "bench", backend: .sandbox))
        try ledger.addLocation(Location(code: "MAIN"))
        try ledger.addGLAccount(GLAccount(no: "6100", name: "Shipping charges"))
        for (name, value) in [("default_location", "MAIN"), ("shipping_charges_account", "6100")] {
            try ledger.setSetting(name, to: .string(value), of: "bench")
        }
        try ledger.connection.writeTransaction { _ in
            for no in ["1000", "1100", "1200"] {
                try ledger.addItem(Item(no: no, description: "Item \(no)"))
            }
            for index in 0..<1_000 {
                try ledger.addCustomer(
                    Customer(
                        no: "C\(index)", name: "Buyer \(index)",
                        email: "buyer\(index)@example.com"))
            }
        }
        for start in stride(from: 0, to: orders, by: 250) {
            try ledger.saveImportedOrders((start..<min(start + 250, orders)).map(order))
        }
    }

    static func order(_ index: Int) -> ImportedOrder {
        let id = Int64(7_000_000 + index)
        let placed = Timestamp(seconds: 1_764_000_000)
        var order = ImportedOrder(
            shop: "bench", id: id, name: "#\(10_000 + index)", createdAt: placed,
            updatedAt: placed)
        order.email = "buyer\(index % 1_000)@example.com"
        order.currency = "USD"
        order.lines = ["1000", "1100", "1200"].enumerated().map { n, sku in
            ImportedOrderLine(
                id: id * 10 + Int64(n), sku: sku, title: "Item \(sku)", quantity: n + 1,
                unitPrice: Decimal(n * 3 + 5))
        }
        order.shippingLines = [ImportedShippingLine(id: id * 10 + 9, title: "Standard", amount: 5)]
        order.totalShipping = 5
        return order
    }
}
