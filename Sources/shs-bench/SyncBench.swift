import Foundation
import Sync

/// The order-to-cash figures: create sales documents against the ledger's raw insert rate.
enum SyncBench {
    static func run() throws {
        let rate = try SalesDocumentBenchmarks.createRate(orders: 10_000)
        print("create sales documents, 10,000 staged orders of 3 lines and shipping "
            + "(a savepoint each, 50 per commit):")
        print(String(format: "  %8.0f orders/s", rate.ordersPerSecond))
        print(String(format: "  raw staged-order inserts, one transaction: %.0f/s, ratio %.3f",
                     rate.rawOrdersPerSecond, rate.ratio))
        print(String(format: "  raw staged-order inserts, one commit per order: %.0f/s, ratio %.2f",
                     rate.rawPerOrderOrdersPerSecond, rate.perOrderRatio))
    }
}
