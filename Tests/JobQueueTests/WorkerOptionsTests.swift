import ShopSyncApp
import Testing

@Suite("shs worker's command line")
struct WorkerOptionsTests {
    @Test("worker options are read after 'worker', global ones anywhere")
    func parses() throws {
        let parsed = try LaunchOptions.parse(["--db", "x.db", "worker", "--once", "--concurrency", "3",
                                              "--name", "w1"]).get()
        var expected = WorkerOptions()
        expected.once = true
        expected.concurrency = 3
        expected.name = "w1"
        #expect(parsed.mode == .worker(expected))
        #expect(parsed.databasePath == "x.db")
    }

    @Test("a bad worker option is a usage error naming it")
    func refusesBadOptions() {
        #expect(throws: UsageError("unknown worker option '--fast'")) {
            try LaunchOptions.parse(["worker", "--fast"]).get()
        }
        #expect(throws: UsageError("--concurrency needs a positive number, found 'many'")) {
            try LaunchOptions.parse(["worker", "--concurrency", "many"]).get()
        }
    }
}
