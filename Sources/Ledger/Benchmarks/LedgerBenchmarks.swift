import Database
import Foundation
import ShopSyncCore

/// Order staging through the ledger's API against the same rows inserted with plain SQL.
public struct InsertRateComparison: Sendable {
    /// Orders per second through `saveImportedOrder`, one transaction per order.
    public let ledgerOrdersPerSecond: Double
    /// Orders per second through `saveImportedOrders`: one transaction per page of 50 orders,
    /// a savepoint per order.
    public let ledgerPagedOrdersPerSecond: Double
    /// Orders per second with plain prepared inserts, one transaction per order: what the
    /// commits alone cost, without the ledger's API.
    public let rawPerOrderOrdersPerSecond: Double
    /// Orders per second with plain prepared inserts, all in one transaction.
    public let rawOrdersPerSecond: Double
    /// ledger / raw; the target is at least 0.3.
    public let ratio: Double
    /// ledger paged / raw.
    public let pagedRatio: Double
}

/// Measurements for `scripts/bench`; not tests, and nothing asserts on their numbers. Each
/// runs on a fresh file-backed ledger (WAL) in the temporary directory, removed afterwards.
public enum LedgerBenchmarks {
    /// Stages `orders` imported orders (a header, 5 lines, a distinct raw JSON body each) the
    /// way the order sync will, and the same rows with plain SQL: one transaction per order and
    /// one for all. Per-order commits, not the API, set the pace: compare the two per-order
    /// figures.
    public static func importedOrderInsertRate(orders: Int) throws -> InsertRateComparison {
        let batch = (0..<orders).map(sampleOrder)
        let ledgerRate = try withScratchLedger { ledger in
            try rate(orders) { for order in batch { try ledger.saveImportedOrder(order) } }
        }
        let pagedRate = try withScratchLedger { ledger in
            try rate(orders) {
                for start in stride(from: 0, to: batch.count, by: 50) {
                    try ledger.saveImportedOrders(Array(batch[start..<min(start + 50, batch.count)]))
                }
            }
        }
        let hashes = batch.map { SHA256.hex($0.rawJSON ?? "") }
        let rawPerOrder = try withScratchLedger { ledger in
            try rate(orders) {
                for index in batch.indices {
                    try rawInsert(batch[index...index], hashes: hashes[index...index],
                                  into: ledger.connection)
                }
            }
        }
        let rawRate = try withScratchLedger { ledger in
            try rate(orders) { try rawInsert(batch[...], hashes: hashes[...], into: ledger.connection) }
        }
        return InsertRateComparison(ledgerOrdersPerSecond: ledgerRate, ledgerPagedOrdersPerSecond: pagedRate,
                                    rawPerOrderOrdersPerSecond: rawPerOrder, rawOrdersPerSecond: rawRate,
                                    ratio: rawRate > 0 ? ledgerRate / rawRate : 0,
                                    pagedRatio: rawRate > 0 ? pagedRate / rawRate : 0)
    }

    /// Documents per second posting (ship and invoice) `orders` released sales orders of 3
    /// lines each as one batch.
    public static func batchPostingRate(orders: Int = 10_000) throws -> Double {
        try withScratchLedger { ledger in
            try prepareOrders(orders, in: ledger)
            return try rate(orders) {
                let result = try ledger.postSalesOrders(where: nil, ship: true, invoice: true,
                                                        postingDate: nil)
                guard result.postedCount == orders else {
                    throw LedgerError.invalidValue(field: "benchmark result",
                                                   value: "\(result.postedCount) of \(orders) posted")
                }
            }
        }
    }

    static func prepareOrders(_ count: Int, in ledger: Ledger) throws {
        try ledger.addLocation(Location(code: "MAIN"))
        try ledger.addCustomer(Customer(no: "C1", name: "Bench customer"))
        for no in ["1000", "1100", "1200"] {
            try ledger.addItem(Item(no: no, description: "Item \(no)", unitPrice: 10))
            try ledger.adjustStock(itemNo: no, locationCode: "MAIN", quantity: count * 2)
        }
        try ledger.connection.writeTransaction { _ in
            for index in 0..<count {
                let header = SalesHeader(shop: "", sellToCustomerNo: "C1", shopifyOrderId: Int64(index + 1),
                                         shopifyOrderNo: "#\(1000 + index)", status: .released)
                try ledger.createSalesDocument(header, lines: ["1000", "1100", "1200"].map {
                    SalesLine(no: $0, locationCode: "MAIN", quantity: 2, unitPrice: Decimal(string: "9.95")!)
                })
            }
        }
    }

    private static func rawInsert(_ batch: ArraySlice<ImportedOrder>, hashes: ArraySlice<String>,
                                  into db: Database) throws {
        let header = "INSERT INTO order_header (shop, id, name, email, total, raw_hash, created_at, "
            + "updated_at, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        let line = "INSERT INTO order_line (shop, order_id, id, sku, title, quantity, unit_price) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)"
        try db.writeTransaction { db in
            for (order, hash) in zip(batch, hashes) {
                try db.run("INSERT INTO raw_json (hash, body, captured_at) VALUES (?, ?, 0)",
                           [.text(hash), .text(order.rawJSON ?? "")])
                try db.run(header, [.text(order.shop), .integer(order.id), .text(order.name),
                                    .text(order.email), .integer(Storage.money(order.total)), .text(hash),
                                    .integer(0), .integer(0), .integer(0)])
                for item in order.lines {
                    try db.run(line, [.text(order.shop), .integer(order.id), .integer(item.id),
                                      .text(item.sku), .text(item.title), .integer(Int64(item.quantity)),
                                      .integer(Storage.money(item.unitPrice))])
                }
            }
        }
    }

    /// An order like the sync stages: 5 lines and about 1 KB of JSON.
    static func sampleOrder(_ index: Int) -> ImportedOrder {
        let id = Int64(5_000_000 + index)
        let lines = (0..<5).map { n in
            ImportedOrderLine(id: id * 10 + Int64(n), sku: "SKU-\(n)", title: "Product \(n)", quantity: n + 1,
                              unitPrice: Decimal(n * 3 + 5))
        }
        let lineJSON = lines.map {
            #"{"id":\#($0.id),"sku":"\#($0.sku)","title":"\#($0.title)","quantity":\#($0.quantity),"#
                + #""price":"\#($0.unitPrice)","taxLines":[],"discountAllocations":[]}"#
        }
        let raw = ##"{"id":\##(id),"name":"#\##(1000 + index)","email":"buyer\##(index)@example.com","##
            + #""currency":"USD","financialStatus":"PAID","lineItems":[\#(lineJSON.joined(separator: ","))]}"#
        let placedAt = Timestamp(seconds: 1_764_000_000)
        var order = ImportedOrder(shop: "bench", id: id, name: "#\(1000 + index)",
                                  createdAt: placedAt, updatedAt: placedAt, lines: lines, rawJSON: raw)
        order.email = "buyer\(index)@example.com"
        order.total = 95
        return order
    }

    private static func withScratchLedger<T>(_ body: (Ledger) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("shopsync-ledger-bench-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let ledger = try Ledger(path: directory.appendingPathComponent("ledger.db").path)
        try ledger.save(Shop(code: "bench", backend: .sandbox))
        return try body(ledger)
    }

    /// Units per second of `body`.
    private static func rate(_ units: Int, _ body: () throws -> Void) throws -> Double {
        let elapsed = try ContinuousClock().measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return seconds > 0 ? Double(units) / seconds : 0
    }
}
