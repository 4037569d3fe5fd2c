import Foundation
import Ledger
import ShopSyncTesting
import Testing

/// The ledger under real processes: a batch posting killed at random points, and two
/// processes writing at the same time.
@Suite("the ledger with real processes", .serialized,
       .enabled(if: ShsProcess.executable != nil, "needs the built shs"))
struct LedgerProcessTests {
    static func temporaryDatabase() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shs-ledger-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("ledger.db").path
    }

    /// Master data and `orders` released sales orders of three lines each.
    static func prepare(_ path: String, orders: Int) throws {
        var script = """
            location add "MAIN"
            customer add "C1" name "Ada"
            item add "1000" price 10
            item add "1001" price 5
            stock adjust "1000" at "MAIN" by 100000

            """
        let lines = #"[{item: "1000", qty: 2, at: "MAIN"}, {item: "1001", qty: 1, at: "MAIN"}, "#
            + #"{item: "1000", qty: 1, at: "MAIN", price: 9.5}]"#
        for n in 1...orders {
            script += "sales order add \"C1\" lines \(lines) shopify order \"#\(n)\" release\n"
        }
        let result = try ShsProcess.run(["--db", path, "-c", script])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test("killing a batch posting at random points leaves every order fully posted or untouched")
    func killDuringBatchPosting() throws {
        let path = try Self.temporaryDatabase()
        let orders = 400
        try Self.prepare(path, orders: orders)
        var interrupted = 0
        // Increasing delays: the early kills land mid-batch, the later ones near its end.
        for (trial, delay) in [0.15, 0.3, 0.45, 0.6, 0.8].enumerated() {
            let child = try ShsProcess.start(["--db", path, "-c", "post sales orders"])
            Thread.sleep(forTimeInterval: delay)
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let ledger = try Ledger(path: path)
            #expect(try LedgerConsistency.check(ledger).isEmpty, "trial \(trial) after \(delay) s")
            let open = try ledger.count(LedgerCatalogue.salesOrders)
            let posted = try ledger.count(LedgerCatalogue.postedInvoices)
            #expect(open + posted == orders, "trial \(trial): \(open) open + \(posted) posted")
            if open > 0 && posted > 0 { interrupted += 1 }
        }
        print("batch posting killed mid-batch in \(interrupted) of 5 trials")
        let finish = try ShsProcess.run(["--db", path, "-c", "post sales orders"])
        #expect(finish.status == 0)
        let ledger = try Ledger(path: path)
        #expect(try ledger.count(LedgerCatalogue.salesOrders) == 0)
        #expect(try ledger.count(LedgerCatalogue.postedInvoices) == orders)
        #expect(try ledger.count(LedgerCatalogue.postedShipments) == orders)
        #expect(try ledger.stock(itemNo: "1000") == 100_000 - 3 * orders)
        #expect(try LedgerConsistency.check(ledger).isEmpty)
    }

    @Test("two processes writing the same ledger at once both succeed, with no 'database is locked'")
    func twoWriters() throws {
        let path = try Self.temporaryDatabase()
        let setup = try ShsProcess.run(["--db", path, "-c", #"location add "MAIN"; item add "1000""#])
        #expect(setup.status == 0)
        let script = String(repeating: "stock adjust \"1000\" at \"MAIN\" by 1\n", count: 150)
        let first = try ShsProcess.start(["--db", path, "-c", script], captureOutput: true)
        let second = try ShsProcess.start(["--db", path, "-c", script], captureOutput: true)
        let results = [first, second].map { ShsProcess.finish($0) }
        for result in results {
            #expect(result.status == 0)
            #expect(!result.standardError.contains("locked"))
        }
        #expect(try Ledger(path: path).stock(itemNo: "1000") == 300)
    }
}
