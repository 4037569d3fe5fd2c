#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Ledger
import ShopSyncTesting
import Testing

/// Real `shs worker` processes on one SQLite file. Each test is bounded by a few seconds.
@Suite("worker processes", .serialized)
struct ProcessTests {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("shopsync-workers-\(UUID().uuidString)", isDirectory: true)

    func databasePath() throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("ledger.db").path
    }

    @Test("two workers and many entries in two categories: no overlap, each entry runs once")
    func twoWorkers() throws {
        let path = try databasePath()
        let lines = (0..<24).map { "enqueue category \"\($0 % 2 == 0 ? "A" : "B")\" sleep 50ms" }
        #expect(try shell(path, lines.joined(separator: "\n")).status == 0)
        // One slot each: while one worker runs a category, the other must take the other one.
        let workers = try ["w1", "w2"].map { try WorkerProcess(database: path, name: $0) }
        let done = eventually(path, seconds: 20) { ledger in
            try ledger.jobEntries().allSatisfy { $0.status == .finished }
        }
        #expect(done)
        workers.forEach { $0.signal(SIGTERM) }
        #expect(workers.map { $0.waitForExit(seconds: 5) } == [0, 0])
        let log = try Ledger(path: path).jobLog()
        #expect(log.count == 24)
        #expect(Set(log.map(\.entryID)).count == 24)
        #expect(log.allSatisfy { $0.outcome == .success })
        #expect(Set(log.map(\.worker)).count == 2)
        for category in ["A", "B"] {
            let runs = log.filter { $0.category == category }.sorted { $0.startedAt < $1.startedAt }
            for (earlier, later) in zip(runs, runs.dropFirst()) {
                #expect(earlier.endedAt ?? .max <= later.startedAt, "runs of \(category) overlapped")
            }
        }
    }

    @Test("a worker killed mid-job loses nothing: another rescues the entry after the lease")
    func killedWorkerRescued() throws {
        let path = try databasePath()
        #expect(try shell(path, "enqueue attempts 2 rerun delay 0s sleep 1s").status == 0)
        let first = try WorkerProcess(database: path, name: "doomed", arguments: ["--lease", "1"])
        #expect(eventually(path, seconds: 10) { try $0.jobEntry(id: 1).status == .inProcess })
        first.signal(SIGKILL)
        _ = first.waitForExit(seconds: 5)
        let second = try WorkerProcess(database: path, name: "rescuer", arguments: ["--lease", "1"])
        #expect(eventually(path, seconds: 15) { try $0.jobEntry(id: 1).status == .finished })
        second.signal(SIGTERM)
        #expect(second.waitForExit(seconds: 5) == 0)
        let log = try Ledger(path: path).jobLog(entryID: 1)
        #expect(log.map(\.outcome) == [.success, .lost])
        #expect(log.map(\.worker) == ["rescuer", "doomed"])
    }

    @Test("SIGTERM stops claiming, lets the running job finish, and exits cleanly")
    func gracefulStop() throws {
        let path = try databasePath()
        #expect(try shell(path, "enqueue sleep 500ms\nenqueue version").status == 0)
        let worker = try WorkerProcess(database: path, name: "stopping")
        #expect(eventually(path, seconds: 10) { try $0.jobEntry(id: 1).status == .inProcess })
        worker.signal(SIGTERM)
        #expect(worker.waitForExit(seconds: 10) == 0)
        let ledger = try Ledger(path: path)
        #expect(try ledger.jobEntry(id: 1).status == .finished)
        #expect(try ledger.jobEntry(id: 2).status == .ready)
        #expect(try ledger.workers().first?.stoppedAt != nil)
        #expect(try ledger.liveJobClaims().isEmpty)
    }

    @Test("the shell queues work and follows it while a worker process runs it")
    func shellFollowsWorker() throws {
        let path = try databasePath()
        let worker = try WorkerProcess(database: path, name: "bg")
        #expect(eventually(path, seconds: 10) { !(try $0.workers().isEmpty) })
        let queued = try shell(path, "enqueue version")
        #expect(queued.standardOutput == "queued job 1; follow it with 'wait job 1'\n")
        let waited = try shell(path, "wait job 1")
        #expect(waited.status == 0)
        #expect(waited.standardOutput == "job 1 finished: success\nshs 0.1.0 (ShopSync)\n")
        worker.signal(SIGTERM)
        #expect(worker.waitForExit(seconds: 5) == 0)
    }
}
