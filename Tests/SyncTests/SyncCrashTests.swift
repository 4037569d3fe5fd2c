import Foundation
import ShopSyncTesting
import Testing
@testable import Ledger

/// `sync orders` and `create sales documents` in real processes, killed at random points.
@Suite("syncs killed mid-run", .serialized, .enabled(if: ShsProcess.executable != nil, "needs the built shs"))
struct SyncCrashTests {
    static let task = "sync orders; create sales documents"

    /// A folder with a ledger set up for the flow and a seeded sandbox store beside it.
    static func prepare(_ name: String, sandboxFrom source: String? = nil) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shs-\(name)-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("ledger.db").path
        if let source {
            // The same shop for both runs: the seeded store's file, copied.
            try FileManager.default.copyItem(atPath: source + ".sandbox", toPath: path + ".sandbox")
            let shop = try ShsProcess.run(["--db", path, "-c", "shop \"demo\" sandbox"])
            #expect(shop.status == 0, "\(shop.standardError)")
        } else {
            let seed = try ShsProcess.run(["--db", path, "-c",
                                           "shop \"demo\" sandbox; sandbox seed 7 customers 60 products 10 orders 700"])
            #expect(seed.status == 0, "\(seed.standardError)")
        }
        let setup = try ShsProcess.run(["--db", path, "-c", FlowSetup.ledger])
        #expect(setup.status == 0, "\(setup.standardError)")
        return path
    }

    /// What a run leaves that must not depend on interruptions.
    static func outcome(_ path: String) throws -> [String] {
        let ledger = try Ledger(path: path)
        let documents = try ledger.connection.query("""
            SELECT o.name || ' ' || o.processed || ' ' || o.document_type || ' ' || o.has_error AS line
            FROM order_header o ORDER BY o.id
            """).map { try $0.string("line") }
        let customers = try ledger.connection.scalar("SELECT COUNT(*) FROM customer")?.int64 ?? -1
        return documents + ["customers \(customers)"]
    }

    /// No order has two documents, and every processed order has the document it names.
    static func checkNoDuplicates(_ path: String, _ label: String) throws {
        let ledger = try Ledger(path: path)
        let twice = try ledger.connection.scalar("""
            SELECT COUNT(*) FROM (SELECT shopify_order_id FROM (
              SELECT shopify_order_id FROM sales_header WHERE shopify_order_id <> 0
              UNION ALL SELECT shopify_order_id FROM sales_invoice_header WHERE shopify_order_id <> 0)
            GROUP BY shopify_order_id HAVING COUNT(*) > 1)
            """)
        #expect(twice?.int64 == 0, "\(label): an order with two documents")
        let orphans = try ledger.connection.scalar("""
            SELECT COUNT(*) FROM order_header o WHERE o.processed = 1
              AND NOT EXISTS (SELECT 1 FROM sales_header h WHERE h.no = o.sales_document_no)
            """)
        #expect(orphans?.int64 == 0, "\(label): a processed order without its document")
        let unclaimed = try ledger.connection.scalar("""
            SELECT COUNT(*) FROM sales_header h WHERE h.shopify_order_id <> 0 AND NOT EXISTS
              (SELECT 1 FROM order_header o WHERE o.id = h.shopify_order_id AND o.processed = 1)
            """)
        #expect(unclaimed?.int64 == 0, "\(label): a document whose order is not marked processed")
        #expect(try LedgerConsistency.check(ledger).isEmpty, "\(label)")
    }

    @Test("20 kills at random points, then a rerun, reach exactly the state of an uninterrupted run")
    func killedRuns() throws {
        let reference = try Self.prepare("reference")
        let clean = try ShsProcess.run(["--db", reference, "-c", Self.task])
        #expect(clean.status == 0, "\(clean.standardError)")
        let expected = try Self.outcome(reference)
        #expect(expected.count > 100)

        let path = try Self.prepare("killed", sandboxFrom: reference)
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for trial in 0..<20 {
            let child = try ShsProcess.start(["--db", path, "-c", Self.task])
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...1.2, using: &generator))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            if child.terminationReason == .uncaughtSignal { interrupted += 1 }
            try Self.checkNoDuplicates(path, "trial \(trial)")
        }
        print("sync orders / create sales documents killed mid-run in \(interrupted) of 20 trials")
        let finish = try ShsProcess.run(["--db", path, "-c", Self.task])
        #expect(finish.status == 0, "\(finish.standardError)")
        try Self.checkNoDuplicates(path, "after the rerun")
        #expect(try Self.outcome(path) == expected)
    }
}
