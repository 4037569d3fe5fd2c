import Ledger

/// One page of a sync's ledger work in one transaction: a page commits at once, which is what
/// makes staging fast, and a dry run rolls it back at the end, so it reports what would change
/// and writes nothing.
enum PageTransaction {
    static func run<T>(_ ledger: Ledger, dryRun: Bool, _ body: () throws -> T) throws -> T {
        guard dryRun else { return try ledger.connection.writeTransaction { _ in try body() } }
        var result: T?
        do {
            try ledger.connection.writeTransaction { _ in
                result = try body()
                throw DryRunRollback()
            }
        } catch is DryRunRollback {}
        return result!
    }

    private struct DryRunRollback: Error {}
}
