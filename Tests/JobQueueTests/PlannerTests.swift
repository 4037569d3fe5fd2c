import JobQueue
import Ledger
import ShopSyncCore
import Testing

@Suite("the queue's rules after an attempt")
struct PlannerTests {
    func claim(_ fixture: QueueFixture, _ text: String) throws -> JobClaim {
        fixture.run(text)
        let lease = fixture.clock.now().adding(.minutes(1)).milliseconds
        return try #require(try fixture.ledger().claimNextJob(worker: "w", leaseUntil: lease))
    }

    @Test("a released attempt gives the entry back unchanged: same start, attempt not counted")
    func released() throws {
        let fixture = QueueFixture()
        let claim = try claim(fixture, "enqueue attempts 3 version")
        let end = JobPlanner.end(claim, .released, now: claim.fireAt + 5000)
        #expect(end.outcome == .released)
        #expect(end.status == .ready)
        #expect(end.earliestStart == claim.fireAt)
        #expect(end.attempts == 0)
    }

    @Test("a timed-out attempt is retried like a transient failure while attempts remain")
    func timedOutRetries() throws {
        let fixture = QueueFixture()
        let claim = try claim(fixture, "enqueue attempts 2 rerun delay 30s timeout 5m version")
        let end = JobPlanner.end(claim, .timedOut(summary: ""), now: claim.fireAt + 1000)
        #expect(end.outcome == .timeout)
        #expect(end.status == .ready)
        #expect(end.earliestStart == claim.fireAt + 31_000)
        #expect(end.error == "stopped after its time limit of 5m")
    }

    @Test("a recurring success moves to the first slot after the run, not a missed one")
    func recurringNext() throws {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" every 10 minutes do\n version\nend")
        fixture.advance(minutes: 10)
        let lease = fixture.clock.now().adding(.minutes(1)).milliseconds
        let claim = try #require(try fixture.ledger().claimNextJob(worker: "w", leaseUntil: lease))
        let end = JobPlanner.end(claim, .success(summary: ""), now: claim.fireAt + 25 * 60_000,
                                 standingFor: claim.fireAt)
        #expect(end.earliestStart == Timestamp.utc(2026, 12, 1, 9, 40).milliseconds)
        #expect(end.lastFire == claim.fireAt)
        #expect(end.attempts == 0)
    }
}
