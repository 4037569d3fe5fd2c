#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JobQueue
import Ledger

/// Job queue figures: no-op jobs claimed and completed per second by one and by two `shs
/// worker --once` processes on one SQLite file, and the median delay from due to started with
/// a worker polling at its default interval.
enum JobQueueBench {
    static let noOp = "version"

    static func run() throws {
        let shs = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("shs").path
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("shs-bench-jobs-\(getpid())", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for workers in [1, 2] {
            let path = folder.appendingPathComponent("throughput-\(workers).db").path
            let count = 2000
            try enqueue(count, path: path)
            let time = seconds { runOnce(shs, path: path, processes: workers) }
            let done = try Ledger(path: path).jobLog(limit: count + 1).filter { $0.outcome == .success }
            print(String(format: "job queue, %d worker process%@: %d no-op jobs in %.2f s = %.0f jobs/s"
                + " (target: over 100 jobs/s; the Shopify rate limit, not the queue, bounds a sync)",
                workers, workers == 1 ? "" : "es", done.count, time, Double(done.count) / time))
        }
        try latency(shs, path: folder.appendingPathComponent("latency.db").path)
    }

    static func enqueue(_ count: Int, path: String) throws {
        let ledger = try Ledger(path: path)
        let now = ledger.clock.now().milliseconds
        try ledger.connection.writeTransaction { _ in
            for _ in 0..<count { _ = try ledger.enqueueJob(JobDraft(source: noOp, earliestStart: now)) }
        }
    }

    static func runOnce(_ shs: String, path: String, processes: Int) {
        let children = (0..<processes).map { index in
            spawn(shs, ["--db", path, "worker", "--once", "--name", "bench-\(index)"])
        }
        children.forEach { $0?.waitUntilExit() }
    }

    static func spawn(_ shs: String, _ arguments: [String]) -> Process? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shs)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        return (try? process.run()).map { process }
    }

    /// Entries due one by one while a worker polls at its default 500 ms.
    static func latency(_ shs: String, path: String) throws {
        let ledger = try Ledger(path: path)
        guard let worker = spawn(shs, ["--db", path, "worker", "--name", "bench-latency"]) else { return }
        defer {
            kill(worker.processIdentifier, SIGTERM)
            worker.waitUntilExit()
        }
        let count = 40
        for _ in 0..<count {
            let now = ledger.clock.now().milliseconds
            _ = try ledger.enqueueJob(JobDraft(source: noOp, earliestStart: now))
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.15))
        }
        let deadline = Date().addingTimeInterval(10)
        while try ledger.jobLog().filter({ $0.outcome == .success }).count < count, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let delays = try ledger.jobLog().filter { $0.outcome == .success }
            .map { $0.startedAt - $0.fireAt }.sorted()
        guard !delays.isEmpty else { return }
        print("job queue, median delay from due to started: \(delays[delays.count / 2]) ms over"
            + " \(delays.count) jobs (target: under the worker's 500 ms poll interval)")
    }
}
