import Database
import Foundation
import ShopSyncCore

/// One sandbox shop's data, in its own SQLite file (or in memory for tests).
///
/// HTTP threads and the shell share one store: every access runs under a mutex on the single
/// connection, so operations are serialised. Sandbox time is the injected clock plus an offset
/// kept in the file, so `sandbox clock advance 2d` holds for every later run.
/// (`@unchecked` because the session is only touched while `lock` is held.)
public final class SandboxStore: @unchecked Sendable {
    /// The file path, or `:memory:`.
    public let path: String
    let clock: any Clock
    private let lock = NSLock()
    private let session: StoreSession

    /// Opens (creating if needed) the store at `path`, whose directory must exist.
    public init(path: String, clock: any Clock = SystemClock()) throws {
        self.path = path
        self.clock = clock
        let database = try Database(path: path, migrations: StoreMigrations.all)
        let session = try StoreSession(database: database)
        self.session = session
    }

    /// Runs `body` inside one write transaction on the store.
    func transaction<T>(_ body: (StoreSession) throws -> T) throws -> T {
        try locked { session in
            try session.database.writeTransaction { _ in try body(session) }
        }
    }

    /// Runs `body` with the store locked but no transaction (reads).
    func read<T>(_ body: (StoreSession) throws -> T) throws -> T {
        try locked(body)
    }

    private func locked<T>(_ body: (StoreSession) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(session)
    }

    /// Sandbox time now, in seconds since 1970.
    public func now() -> Int64 {
        locked { now(in: $0) }
    }

    /// Sandbox time for code already holding the store's lock (the lock is not reentrant).
    func now(in session: StoreSession) -> Int64 {
        (clock.now().milliseconds + session.clockOffset) / 1000
    }

    /// Sandbox time now.
    public var currentTime: Timestamp { Timestamp(seconds: now()) }

    /// Moves sandbox time forward (or back, with a negative span).
    public func advanceClock(by span: TimeSpan) throws {
        try setClockOffset { $0 + span.milliseconds }
    }

    /// Sets sandbox time to `instant`; it runs on from there with the real clock.
    public func setClock(to instant: Timestamp) throws {
        let real = clock.now().milliseconds
        try setClockOffset { _ in instant.milliseconds - real }
    }

    private func setClockOffset(_ change: (Int64) -> Int64) throws {
        try locked { session in
            let offset = change(session.clockOffset)
            try session.setMeta("clock_offset_ms", String(offset))
            session.clockOffset = offset
        }
    }

    /// How many records of each kind the store holds, by Shopify type name.
    public func counts() throws -> [(kind: String, count: Int)] {
        try read { session in
            try session.database.query(
                "SELECT kind, COUNT(*) AS n FROM records GROUP BY kind ORDER BY kind")
                .map { (try $0.string("kind"), try $0.int("n")) }
        }
    }
}
