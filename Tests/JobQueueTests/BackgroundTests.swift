import JobQueue
import Ledger
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing

@Suite("background syncs and the shell's worker")
struct BackgroundTests {
    @Test("with background syncs off, a sync runs in the foreground")
    func foreground() {
        let fixture = QueueFixture()
        let run = fixture.run("shop \"demo\" sandbox\ntest sync")
        #expect(run.standardOutput.hasSuffix("synced in the foreground\n"))
    }

    @Test("with background syncs on, a sync is queued in the shop's category and can be followed")
    func queued() throws {
        let fixture = QueueFixture()
        let run = fixture.run("""
            shop "demo" sandbox
            set allow_background_syncs = true
            set sync_category = "DEMO"
            test sync
            """)
        #expect(run.standardOutput.contains(
            "'test sync' queued as job 1 in category DEMO; follow it with 'wait job 1' or 'job log 1'"))
        #expect(run.standardOutput.contains("no worker is running; start one with 'shs worker' or 'worker start'"))
        let entry = try fixture.ledger().jobEntry(id: 1)
        #expect(entry.category == "DEMO")
        #expect(entry.shop == "demo")
        #expect(entry.source == "test sync")
        // The worker runs it in the foreground: a job never queues itself again.
        try fixture.worker().tick()
        let waited = fixture.run("wait job 1")
        #expect(waited.status == .success)
        #expect(waited.standardOutput == "job 1 finished: success\nsynced in the foreground\n")
    }

    @Test("waiting for a job with no worker running says how to start one")
    func waitWithoutWorker() {
        let fixture = QueueFixture()
        fixture.run("enqueue version")
        let run = fixture.run("wait job 1")
        #expect(run.status == .runtimeError)
        #expect(run.messages == ["no worker is running; start one with 'shs worker' or 'worker start'"])
    }

    @Test("waiting for a job that fails is an error with its reason")
    func waitForFailure() throws {
        let fixture = QueueFixture()
        fixture.run("enqueue fail permanent")
        try fixture.worker().tick()
        let run = fixture.run("wait job 1")
        #expect(run.messages.first?.hasPrefix("job 1 failed: no mapping for location 'X'") == true)
    }

    @Test("the shell's worker starts, runs queued jobs and stops")
    func inProcessWorker() throws {
        let fixture = QueueFixture()
        let started = fixture.run("worker start\nenqueue version")
        #expect(started.standardOutput.hasPrefix("worker 'shell-"))
        #expect(!started.standardOutput.contains("no worker is running"))
        let waited = fixture.run("wait job 1")
        #expect(waited.status == .success)
        let stopped = fixture.run("worker stop")
        #expect(stopped.standardOutput.hasSuffix("stopped\n"))
        #expect(fixture.run("worker stop").standardOutput == "no worker runs in this shell\n")
    }

    @Test("a real sync orders started by hand runs in the background against the sandbox, with its points logged")
    func realSyncInBackground() throws {
        let fixture = QueueFixture()
        let run = fixture.run("""
            shop "demo" sandbox
            sandbox seed 3 customers 5 products 3 orders 20
            set allow_background_syncs = true
            sync orders
            """)
        #expect(run.standardOutput.contains("'sync orders' queued as job 1 in category SHOPIFY"))
        #expect(try fixture.ledger().count(LedgerCatalogue.shopifyOrders) == 0, "nothing ran in the shell")
        try fixture.worker().tick()
        let waited = fixture.run("wait job 1")
        #expect(waited.status == .success)
        #expect(waited.standardOutput.contains("task\tsync orders"))
        #expect(try fixture.ledger().count(LedgerCatalogue.shopifyOrders) > 0)
        let attempt = try #require(try fixture.ledger().jobLog(entryID: 1).first)
        #expect(attempt.apiPoints > 0)
    }
}
