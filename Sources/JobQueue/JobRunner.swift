import Foundation
import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter
import ShsLanguage
import Synchronization

/// Runs one claimed attempt on the calling thread: checks the stored statements again, runs
/// them in a fresh interpreter with the entry's shop, enforces the time limit, and records the
/// end in the ledger.
struct JobRunner: Sendable {
    let factory: JobInterpreterFactory
    let clock: any Clock
    /// The longest summary kept in the log, in characters.
    static let summaryLimit = 4000

    /// Runs the attempt and records its end; returns the outcome recorded.
    @discardableResult
    func run(_ claim: JobClaim, ledger: Ledger, stop: RunStop) -> JobOutcome {
        let now = clock.now().milliseconds
        guard let slot = JobPlanner.slot(for: claim, now: now) else {
            let reason = "missed its slot by more than the grace period; next run as scheduled"
            return record(claim, .skipped(reason: reason), ledger: ledger, fire: nil)
        }
        let usage = RunUsage()
        let result = execute(claim, stop: stop, skippedSlots: slot.skipped, usage: usage)
        return record(claim, result, ledger: ledger, fire: slot.fire, apiPoints: usage.points)
    }

    func record(_ claim: JobClaim, _ result: AttemptResult, ledger: Ledger, fire: Int64?,
                apiPoints: Int = 0) -> JobOutcome {
        var end = JobPlanner.end(claim, result, now: clock.now().milliseconds, standingFor: fire)
        end.apiPoints = apiPoints
        // A busy database at this point is retried by the store; if it still fails, the lease
        // runs out and another worker rescues the entry, so nothing is lost.
        _ = try? ledger.finishJobAttempt(claim, end)
        return end.outcome
    }

    /// Parses, binds and runs the statements; never throws.
    func execute(_ claim: JobClaim, stop: RunStop, skippedSlots: Int, usage: RunUsage = RunUsage())
        -> AttemptResult {
        let output = CapturingOutputSink(format: .plain)
        let interpreter = factory.make(output) { stop.reason != .none }
        interpreter.context.services.register(RunningJobMarker(entryID: claim.entry.id))
        interpreter.context.services.register(usage)
        if !claim.entry.shop.isEmpty {
            interpreter.context.services.get(LedgerProvider.self)?.use(claim.entry.shop)
        }
        let name = "job \(claim.entry.label)"
        let problems = interpreter.check(claim.entry.source, name: name)
        if let first = problems.first {
            let text = problems.map(DiagnosticRenderer.render).joined(separator: "\n")
            return .failure(message: "the statements no longer check: \(first.message.text)",
                            transient: false, summary: Self.trimmed(text))
        }
        let watch = TimeLimitWatch(clock: clock, limit: claim.entry.timeLimitMilliseconds, stop: stop)
        watch.start()
        let outcome = interpreter.run(claim.entry.source, name: name)
        watch.finish()
        var summary = output.standardOutput + output.standardError
        if skippedSlots > 0 { summary = "(\(skippedSlots) missed slots not run)\n" + summary }
        return result(outcome, reason: stop.reason, summary: Self.trimmed(summary))
    }

    /// A run that completed counts as a success even if a stop came just after its last
    /// statement: releasing it would run it twice.
    func result(_ outcome: RunOutcome, reason: RunStop.Reason, summary: String) -> AttemptResult {
        if outcome.status == .success || outcome.status == .exit(0) { return .success(summary: summary) }
        switch reason {
        case .timeLimit: return .timedOut(summary: summary)
        case .workerStopping, .leaseLost: return .released
        case .none:
            let message = outcome.diagnostics.last?.message.text ?? "the run failed (\(outcome.status))"
            return .failure(message: message, transient: outcome.isTransient || Self.isBusy(message),
                            summary: summary)
        }
    }

    /// A busy or locked database surfaces as text from deeper layers; it is worth a retry.
    static func isBusy(_ message: String) -> Bool {
        message.contains("database is locked") || message.contains("database is busy")
    }

    static func trimmed(_ text: String) -> String {
        let clean = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard clean.count > summaryLimit else { return clean }
        return String(clean.prefix(summaryLimit)) + "\n…"
    }
}

/// Why a run is asked to stop early: set by the worker or by the time-limit watch, polled by
/// the interpreter. The first reason given wins.
final class RunStop: Sendable {
    enum Reason: Int {
        case none = 0, timeLimit, workerStopping, leaseLost
    }

    private let value = Atomic<Int>(0)

    var reason: Reason { Reason(rawValue: value.load(ordering: .relaxed)) ?? .none }

    func request(_ reason: Reason) {
        _ = value.compareExchange(expected: 0, desired: reason.rawValue, ordering: .relaxed)
    }
}

/// Stops a run when its time limit passes on the injected clock. It polls on its own thread
/// (every 10 ms of real time), so the limit holds with a manual clock too; the interpreter
/// stops at its next check between statements.
final class TimeLimitWatch: Sendable {
    let clock: any Clock
    let deadline: Int64?
    let stop: RunStop
    private let done = Atomic<Bool>(false)

    init(clock: any Clock, limit: Int64?, stop: RunStop) {
        self.clock = clock
        self.deadline = limit.map { clock.now().milliseconds + $0 }
        self.stop = stop
    }

    func start() {
        guard let deadline else { return }
        let thread = Thread { [self] in
            while !done.load(ordering: .relaxed) {
                if clock.now().milliseconds >= deadline {
                    stop.request(.timeLimit)
                    return
                }
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
        thread.start()
    }

    func finish() {
        done.store(true, ordering: .relaxed)
    }
}
