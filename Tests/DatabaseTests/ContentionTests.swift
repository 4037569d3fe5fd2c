import Dispatch
import Foundation
import Synchronization
import Testing
import Database

/// Errors raised on worker threads, gathered for the test's assertions.
private final class ErrorLog: Sendable {
    private let messages = Mutex<[String]>([])

    func record(_ error: any Error) {
        messages.withLock { $0.append("\(error)") }
    }

    var all: [String] { messages.withLock { $0 } }
}

/// Runs `work` on `count` threads of its own and waits for all of them.
private func onThreads(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread.detachNewThread {
            work(index)
            group.leave()
        }
    }
    group.wait()
}

@Suite("several connections writing one file")
struct ContentionTests {
    static let schema = [Migration(version: 1, name: "create_counter", sql: """
        CREATE TABLE tick (seq INTEGER PRIMARY KEY, writer INTEGER NOT NULL) STRICT;
        """)]

    @Test("4 connections × 200 write transactions: no error escapes, every write lands")
    func fourWriters() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("shared.sqlite")
        let errors = ErrorLog()
        onThreads(4) { writer in
            do {
                // Opening at once also races the migrator on a brand-new file.
                let database = try Database(path: path, migrations: Self.schema)
                for _ in 0..<200 {
                    try database.writeTransaction { database in
                        // Read-then-write: a lost update would collide on the primary key.
                        let last = try database.scalar("SELECT MAX(seq) FROM tick")?.int ?? 0
                        try database.run("INSERT INTO tick VALUES (?, ?)",
                                         [SQLValue(last + 1), SQLValue(writer)])
                    }
                }
            } catch {
                errors.record(error)
            }
        }
        #expect(errors.all == [])
        let database = try Database(path: path)
        #expect(try database.scalar("SELECT count(*) FROM tick")?.int == 800)
        #expect(try database.scalar("SELECT MAX(seq) FROM tick")?.int == 800)
        let writers = try database.query("SELECT writer, count(*) AS n FROM tick GROUP BY writer")
        #expect(try writers.map { try $0.int("n") } == [200, 200, 200, 200])
        #expect(try database.scalar("SELECT count(*) FROM schema_migrations")?.int == 1)
    }

    /// Holds the write lock on `path` from another thread until `release` is signalled.
    private func holdWriteLock(_ path: String, locked: DispatchSemaphore,
                               release: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            do {
                let holder = try Database(path: path)
                try holder.writeTransaction { holder in
                    try holder.run("INSERT INTO tick VALUES (1000, 9)")
                    locked.signal()
                    release()
                }
            } catch {
                locked.signal()
            }
        }
    }

    @Test("with no timeout and no retries, a held write lock surfaces as a busy error")
    func busyWithoutRetry() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("busy.sqlite")
        _ = try Database(path: path, migrations: Self.schema)
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        holdWriteLock(path, locked: locked) {
            release.wait()
            done.signal()
        }
        locked.wait()
        let impatient = try Database(path: path, options: .init(busyTimeoutMilliseconds: 0,
                                                                busyRetryLimit: 0))
        let error = #expect(throws: DatabaseError.self) {
            try impatient.writeTransaction { try $0.run("INSERT INTO tick VALUES (1, 1)") }
        }
        release.signal()
        done.wait()
        #expect(error?.isBusy == true)
        #expect(!impatient.isInTransaction)
    }

    @Test("a busy BEGIN is retried with backoff until the other writer commits")
    func retryOutlastsLock() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("retry.sqlite")
        _ = try Database(path: path, migrations: Self.schema)
        let locked = DispatchSemaphore(value: 0)
        holdWriteLock(path, locked: locked) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        locked.wait()
        // No busy timeout at all: only the retry loop can wait for the lock.
        let patient = try Database(path: path, options: .init(busyTimeoutMilliseconds: 0,
                                                               busyRetryLimit: 10))
        try patient.writeTransaction { try $0.run("INSERT INTO tick VALUES (1, 1)") }
        #expect(try patient.scalar("SELECT count(*) FROM tick")?.int == 2)
    }
}
