import Foundation
import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter

/// `worker start | stop`, `workers`, `wait job N`.
enum WorkerCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [start(registry), stop(registry), workers(registry), wait(registry)]
    }

    static func start(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("worker start [concurrency <n:int>]"), topic: "jobs",
                    summary: "run a worker inside this shell until 'worker stop' or the shell ends",
                    details: "For unattended use run 'shs worker' as a service instead.",
                    examples: ["worker start", "worker start concurrency 2"]) { invocation, context in
            let holder = try context.services.require(InProcessWorker.self)
            let factory = try context.services.require(JobInterpreterFactory.self)
            let path = try context.services.require(LedgerProvider.self).path
            guard path != ":memory:" else {
                throw CommandError(
                    "a worker needs a ledger file; an in-memory ledger is private to the shell")
            }
            let name = "shell-\(ProcessInfo.processInfo.processIdentifier)"
            let configuration = Worker.Configuration(name: name, concurrency: Int(invocation.int("n") ?? 1))
            let worker = Worker(databasePath: path, clock: context.clock, factory: factory,
                                configuration: configuration,
                                pid: Int(ProcessInfo.processInfo.processIdentifier))
            guard holder.start(worker) else { throw CommandError("a worker already runs in this shell") }
            return .message("worker '\(name)' started; 'worker stop' stops it")
        }
    }

    static func stop(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("worker stop"), topic: "jobs",
                    summary: "stop the shell's worker after its running jobs end",
                    examples: ["worker stop"]) { _, context in
            guard let name = try context.services.require(InProcessWorker.self).stop() else {
                return .message("no worker runs in this shell")
            }
            return .message("worker '\(name)' stopped")
        }
    }

    static func workers(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("workers"), topic: "jobs",
                    summary: "list the workers the ledger has seen, with their last heartbeat",
                    examples: ["workers"]) { _, context in
            let ledger = try JobAccess.ledger(context)
            let since = context.clock.now().milliseconds - JobAccess.liveWorkerWindow
            var table = Table(columns: [.init("name", .string), .init("pid", .int),
                                        .init("concurrency", .int), .init("started_at", .dateTime),
                                        .init("heartbeat_at", .dateTime), .init("live", .bool)])
            for worker in try JobAccess.store({ try ledger.workers() }) {
                let live = worker.stoppedAt == nil && worker.heartbeatAt >= since
                table.append([.string(worker.name), .int(Int64(worker.pid)),
                              .int(Int64(worker.concurrency)), JobRecords.instant(worker.startedAt),
                              JobRecords.instant(worker.heartbeatAt), .bool(live)])
            }
            return .value(.table(table))
        }
    }

    static func wait(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("wait job <id:int>"), topic: "jobs",
                    summary: "follow a job's progress until it finishes, fails or is put on hold",
                    details: "Fails (exit code 1) when the job ends in error. "
                        + "Ctrl-C stops waiting, not the job.",
                    examples: ["wait job 12"]) { invocation, context in
            try follow(invocation.int("id") ?? 0, context)
        }
    }

    static func follow(_ id: Int64, _ context: ExecutionContext) throws -> CommandResult {
        let ledger = try JobAccess.ledger(context)
        var lastState = ""
        while true {
            let entry = try JobAccess.store { try ledger.jobEntry(id: id) }
            let state = "job \(id): \(entry.status.rawValue), "
                + "attempt \(entry.attempts) of \(entry.maxAttempts)"
            if state != lastState { context.output.progress(state) }
            lastState = state
            if let result = try ended(entry, ledger, context) { return result }
            if let note = JobAccess.workerNote(context, ledger) { throw CommandError(note) }
            context.clock.sleep(for: TimeSpan(milliseconds: 200), cancellation: context.cancellation)
            try context.checkCancellation()
        }
    }

    /// The result once the entry stopped moving: finished, in error, on hold, or (for a
    /// recurring entry) its run ended and it waits for its next slot.
    static func ended(_ entry: JobEntry, _ ledger: Ledger, _ context: ExecutionContext) throws
        -> CommandResult? {
        let last = try JobAccess.store { try ledger.jobLog(entryID: entry.id, limit: 1).first }
        let lastEnded = last.map { $0.outcome != .running && $0.outcome != .retry } ?? false
        let settled = entry.status == .finished || entry.status == .error || entry.status == .onHold
            || (entry.isRecurring && entry.status == .ready && lastEnded && entry.attempts == 0)
        guard settled else { return nil }
        context.output.progress(nil)
        let summary = last.map { $0.summary.isEmpty ? "" : "\n" + $0.summary } ?? ""
        switch entry.status {
        case .error: throw CommandError("job \(entry.id) failed: \(entry.lastError)\(summary)")
        case .onHold: return .message("job \(entry.id) is on hold")
        default: return .message("job \(entry.id) finished: \(last?.outcome.rawValue ?? "done")\(summary)")
        }
    }
}
