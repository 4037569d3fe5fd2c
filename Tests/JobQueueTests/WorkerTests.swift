import JobQueue
import Ledger
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing

@Suite("a worker on an injected clock")
struct WorkerTests {
    @Test("a due entry runs once per fire time and a recurring one moves to its next slot")
    func runsOncePerFire() throws {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" every 10 minutes do\n  version\nend")
        let worker = fixture.worker()
        #expect(try worker.tick() == 0)
        fixture.advance(minutes: 10)
        #expect(try worker.tick() == 1)
        #expect(try worker.tick() == 0)
        let entry = try fixture.entry("a")
        #expect(entry.status == .ready)
        #expect(entry.earliestStart == Timestamp.utc(2026, 12, 1, 9, 20).milliseconds)
        #expect(entry.lastFire == Timestamp.utc(2026, 12, 1, 9, 10).milliseconds)
        let log = try fixture.log("a")
        #expect(log.map(\.outcome) == [.success])
        #expect(log.first?.summary == "shs 0.1.0 (ShopSync)")
    }

    @Test("after downtime a missed schedule runs once, for its newest slot")
    func missedRunsOnce() throws {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" every 10 minutes do\n  version\nend")
        fixture.advance(minutes: 185)
        let worker = fixture.worker()
        #expect(try worker.runUntilIdle() == 1)
        let entry = try fixture.entry("a")
        #expect(entry.lastFire == Timestamp.utc(2026, 12, 1, 12, 0).milliseconds)
        #expect(entry.earliestStart == Timestamp.utc(2026, 12, 1, 12, 10).milliseconds)
        let log = try fixture.log("a")
        #expect(log.count == 1)
        #expect(log.first?.summary.hasPrefix("(17 missed slots not run)") == true)
    }

    @Test("a slot missed by more than the grace period is skipped, not run")
    func pastGraceSkipped() throws {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" daily at 10:00 grace 30m do\n  version\nend")
        fixture.clock.set(.utc(2026, 12, 1, 10, 45))
        try fixture.worker().tick()
        let log = try fixture.log("a")
        #expect(log.map(\.outcome) == [.skipped])
        #expect(try fixture.entry("a").earliestStart == Timestamp.utc(2026, 12, 2, 10, 0).milliseconds)
    }

    @Test("a transient failure is retried after the rerun delay until the attempts run out")
    func transientRetries() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue attempts 3 rerun delay 5m fail transient")
        let worker = fixture.worker()
        #expect(try worker.tick() == 1)
        var entry = try fixture.ledger().jobEntry(id: 1)
        #expect(entry.status == .ready)
        #expect(entry.attempts == 1)
        #expect(try worker.tick() == 0)
        fixture.advance(minutes: 5)
        #expect(try worker.tick() == 1)
        fixture.advance(minutes: 5)
        #expect(try worker.tick() == 1)
        entry = try fixture.ledger().jobEntry(id: 1)
        #expect(entry.status == .error)
        #expect(entry.lastError == "connection reset by peer (attempt 3 of 3)")
        let outcomes = try fixture.ledger().jobLog(entryID: 1).map(\.outcome)
        #expect(outcomes == [.error, .retry, .retry])
    }

    @Test("a permanent failure goes to error at once with its reason")
    func permanentFails() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue attempts 5 fail permanent")
        try fixture.worker().tick()
        let entry = try fixture.ledger().jobEntry(id: 1)
        #expect(entry.status == .error)
        #expect(entry.attempts == 1)
        #expect(entry.lastError == "no mapping for location 'X'")
    }

    @Test("statements that no longer bind are a permanent error")
    func rebindFails() throws {
        let fixture = QueueFixture()
        let ledger = try fixture.ledger()
        _ = try ledger.enqueueJob(JobDraft(source: "frobnicate orders", earliestStart: 0, maxAttempts: 3))
        try fixture.worker().tick()
        let entry = try ledger.jobEntry(id: 1)
        #expect(entry.status == .error)
        #expect(entry.lastError.hasPrefix("the statements no longer check: unknown command 'frobnicate'"))
    }

    @Test("an error entry stays until retried, then runs again with fresh attempts")
    func retryAfterError() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue fail permanent")
        let worker = fixture.worker()
        try worker.tick()
        fixture.advance(minutes: 60)
        #expect(try worker.tick() == 0)
        #expect(fixture.run("job 1 retry").standardOutput == "'#1' will be retried now\n")
        #expect(try worker.tick() == 1)
        #expect(try fixture.ledger().jobLog(entryID: 1).count == 2)
    }

    @Test("an entry on hold does not start until resumed")
    func holdAndResume() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue version\njob 1 hold")
        let worker = fixture.worker()
        #expect(try worker.tick() == 0)
        fixture.run("job 1 resume")
        #expect(try worker.tick() == 1)
        #expect(try fixture.ledger().jobEntry(id: 1).status == .finished)
    }

    @Test("a job over its time limit is stopped and logged as timed out")
    func timeLimit() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue timeout 1m spin")
        try fixture.worker().tick()
        let entry = try fixture.ledger().jobEntry(id: 1)
        #expect(entry.status == .error)
        #expect(entry.lastError == "stopped after its time limit of 1m (attempt 1 of 1)")
        #expect(try fixture.ledger().jobLog(entryID: 1).first?.outcome == .timeout)
    }

    @Test("two entries of one category never run together; other categories do")
    func categoryExclusion() throws {
        let fixture = QueueFixture()
        fixture.run("""
            enqueue category "A" version
            enqueue category "A" version
            enqueue category "B" version
            """)
        let ledger = try fixture.ledger()
        let lease = fixture.clock.now().adding(.minutes(1)).milliseconds
        let first = try #require(try ledger.claimNextJob(worker: "w1", leaseUntil: lease))
        let second = try #require(try ledger.claimNextJob(worker: "w2", leaseUntil: lease))
        #expect(first.entry.category == "A")
        #expect(second.entry.category == "B")
        #expect(try ledger.claimNextJob(worker: "w3", leaseUntil: lease) == nil)
        // The database refuses a second live claim of a category even if asked directly.
        #expect(throws: (any Error).self) {
            try ledger.connection.run("""
                INSERT INTO job_claim (entry_id, fire_at, category, worker, claimed_at, lease_until, log_id)
                VALUES (2, 0, 'A', 'rogue', 0, 0, 0)
                """)
        }
    }

    @Test("an entry whose worker died is rescued after its lease, and the attempt counts")
    func rescue() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue attempts 2 rerun delay 0s version")
        let ledger = try fixture.ledger()
        let lease = fixture.clock.now().adding(.seconds(30)).milliseconds
        _ = try #require(try ledger.claimNextJob(worker: "dead", leaseUntil: lease))
        let worker = fixture.worker()
        #expect(try worker.tick() == 0)
        fixture.clock.advance(by: .seconds(31))
        #expect(try worker.tick() == 1)
        let log = try ledger.jobLog(entryID: 1)
        #expect(log.map(\.outcome) == [.success, .lost])
        #expect(log.map(\.attempt) == [2, 1])
        #expect(try ledger.jobEntry(id: 1).status == .finished)
    }

    @Test("an entry that expired before it ran is finished without running")
    func expiry() throws {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" every 10 minutes until 2026-12-01T09:05Z do\n version\nend")
        fixture.advance(minutes: 10)
        #expect(try fixture.worker().tick() == 0)
        let entry = try fixture.entry("a")
        #expect(entry.status == .finished)
        #expect(entry.lastError == "expired before it ran")
    }

    @Test("jobs and job log filter like any record kind")
    func listing() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue version\nenqueue fail permanent")
        try fixture.worker().runUntilIdle()
        let jobs = fixture.run("jobs where status = \"error\"")
        #expect(jobs.standardOutput.split(separator: "\n").count == 2)
        let log = fixture.run("job log 2")
        guard case .table(let table)? = log.results.first else {
            Issue.record("job log returned no table")
            return
        }
        #expect(table.rows.count == 1)
    }
}
