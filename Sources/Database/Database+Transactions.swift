import Foundation

extension Database {
    /// Runs `body` in a write transaction opened with `BEGIN IMMEDIATE`.
    ///
    /// The write lock is taken before `body` runs, so two writers queue at the start
    /// instead of one failing half-way. A busy `BEGIN` waits through the busy timeout,
    /// then is retried a few times with a growing pause. `COMMIT` follows when `body`
    /// returns; `ROLLBACK` when it throws, and the error passes through unchanged.
    /// Called inside another transaction, it becomes a savepoint of that transaction.
    @discardableResult
    public func writeTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try transaction(begin: dialect.beginWrite, body)
    }

    /// Runs `body` in a deferred transaction: every read in it sees the same state.
    ///
    /// Writing inside it is possible but may fail as busy, because the transaction did
    /// not take the write lock at its start; use `writeTransaction` to write.
    @discardableResult
    public func readTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try transaction(begin: dialect.beginRead, body)
    }

    private func transaction<T>(begin: String, _ body: (Database) throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        try run(begin)
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        let result: T
        do {
            result = try body(self)
            try run("COMMIT")
        } catch {
            rollbackIfOpen()
            throw error
        }
        return result
    }

    /// A nested transaction: its work is undone alone when `body` throws.
    private func savepoint<T>(_ body: (Database) throws -> T) throws -> T {
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        let name = "shopsync_savepoint_\(transactionDepth)"
        try run(dialect.savepoint(name))
        do {
            let result = try body(self)
            try run(dialect.releaseSavepoint(name))
            return result
        } catch {
            // Some errors (a full disk, say) end the whole transaction; then there is
            // no savepoint left to roll back to.
            if isInTransaction {
                _ = try? run(dialect.rollbackToSavepoint(name))
                _ = try? run(dialect.releaseSavepoint(name))
            }
            throw error
        }
    }

    private func rollbackIfOpen() {
        guard isInTransaction else { return }
        // A failed ROLLBACK leaves nothing better to do than report the first error.
        _ = try? run("ROLLBACK")
    }

    /// Runs `attempt`, and again after a pause while it fails as busy, when no
    /// transaction is open (inside one, a retry could not undo what came before).
    func retryingWhenBusy<T>(_ attempt: () throws -> T) throws -> T {
        var retries = 0
        while true {
            do {
                return try attempt()
            } catch let error as DatabaseError where error.isBusy && !isInTransaction {
                guard retries < options.busyRetryLimit else { throw error }
                retries += 1
                Thread.sleep(forTimeInterval: Self.backoff(retry: retries))
            }
        }
    }

    /// 20 ms, 40 ms, 80 ms … capped at half a second, with jitter so that two waiting
    /// writers do not wake in step.
    static func backoff(retry: Int) -> TimeInterval {
        let base = min(0.02 * pow(2, Double(retry - 1)), 0.5)
        return base + Double.random(in: 0..<(base / 2))
    }
}
