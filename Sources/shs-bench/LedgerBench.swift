import Foundation
import Ledger

/// The ledger's figures: staging imported orders against raw SQL, and batch posting.
enum LedgerBench {
    static func run() throws {
        let rates = try LedgerBenchmarks.importedOrderInsertRate(orders: 5000)
        print("imported orders (header + 5 lines + raw JSON), 5,000 orders:")
        line("raw SQL, one transaction", rates.rawOrdersPerSecond, "")
        line("ledger API, pages of 50 per commit", rates.ledgerPagedOrdersPerSecond,
             String(format: "ratio to raw %.2f (target: at least 0.3)", rates.pagedRatio))
        line("ledger API, one commit per order", rates.ledgerOrdersPerSecond,
             String(format: "ratio to raw %.2f; raw SQL with one commit per order: %.0f/s",
                    rates.ratio, rates.rawPerOrderOrdersPerSecond))
        let posting = try LedgerBenchmarks.batchPostingRate(orders: 10_000)
        print(String(format: "batch posting, 10,000 sales orders of 3 lines (ship and invoice): "
                        + "%.0f documents/s", posting))
    }

    static func line(_ label: String, _ rate: Double, _ note: String) {
        let padded = label.padding(toLength: 36, withPad: " ", startingAt: 0)
        print("  \(padded) \(String(format: "%8.0f", rate)) orders/s  \(note)")
    }
}
