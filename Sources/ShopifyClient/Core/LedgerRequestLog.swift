import Ledger
import Synchronization

/// Writes request log entries into a ledger. The ledger's connection is used from one thread
/// at a time, so this sink owns a ledger of its own and serialises every write.
public final class LedgerRequestLog: RequestLogSink, @unchecked Sendable {
    /// The ledger, reachable only under the lock.
    public let ledger: Mutex<Ledger>
    private let failures = Atomic<Int>(0)

    public init(ledger: sending Ledger) {
        self.ledger = Mutex(ledger)
    }

    /// How many entries could not be written (a full disk must not stop a sync).
    public var failedWrites: Int { failures.load(ordering: .relaxed) }

    public func record(_ entry: RequestLogEntry) {
        do {
            try ledger.withLock { _ = try $0.appendRequestLog(entry) }
        } catch {
            failures.add(1, ordering: .relaxed)
        }
    }
}
