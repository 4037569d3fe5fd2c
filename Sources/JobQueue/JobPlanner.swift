import Foundation
import Ledger
import Scheduling
import ShopSyncCore

/// How an attempt went, as the runner saw it.
public enum AttemptResult: Sendable, Equatable {
    case success(summary: String)
    /// The statements failed; `transient` failures (network, throttling, a busy database) are
    /// worth another attempt, permanent ones (a bad filter, missing configuration) are not.
    case failure(message: String, transient: Bool, summary: String)
    /// The time limit passed and the run was stopped.
    case timedOut(summary: String)
    /// A recurring slot older than its grace period: not run.
    case skipped(reason: String)
    /// The worker stopped before the run ended; the entry goes back unchanged.
    case released
}

/// The queue's rules, as pure functions of an entry, a result and the time: which slot a
/// claim stands for, and what happens to the entry after an attempt.
public enum JobPlanner {
    /// For a recurring entry claimed at `now`: the slot to run (the newest missed one within
    /// the grace period), how many slots were skipped, or nil when every missed slot is past
    /// its grace period. A one-off entry always runs its own fire time.
    public static func slot(for claim: JobClaim, now: Int64) -> (fire: Int64, skipped: Int)? {
        guard let schedule = schedule(of: claim.entry) else { return (claim.fireAt, 0) }
        // A start set by hand (`run now`, `retry`) or by a rerun delay is not a slot: it runs.
        guard nextFire(schedule, after: claim.fireAt - 1) == claim.fireAt else { return (claim.fireAt, 0) }
        // Slots after the claimed one's predecessor: the claimed slot itself counts as missed.
        let catchUp = schedule.catchUp(lastFire: date(claim.fireAt - 1), now: date(now))
        guard let due = catchUp.due else { return nil }
        return (milliseconds(due), catchUp.skipped)
    }

    /// What becomes of the entry after an attempt that ended at `now`.
    public static func end(_ claim: JobClaim, _ result: AttemptResult, now: Int64,
                           standingFor fire: Int64? = nil) -> JobAttemptEnd {
        let entry = claim.entry
        switch result {
        case .success(let summary):
            guard let schedule = schedule(of: entry) else {
                return JobAttemptEnd(outcome: .success, summary: summary, status: .finished,
                                     earliestStart: claim.fireAt, attempts: claim.attempt,
                                     lastFire: fire ?? claim.fireAt)
            }
            let next = nextFire(schedule, after: max(now, fire ?? claim.fireAt))
            return JobAttemptEnd(outcome: .success, summary: summary,
                                 status: next == nil ? .finished : .ready,
                                 earliestStart: next ?? claim.fireAt, attempts: 0,
                                 lastFire: fire ?? claim.fireAt)
        case .failure(let message, let transient, let summary):
            return failed(claim, .error, message, retry: transient, summary: summary, now: now)
        case .timedOut(let summary):
            let limit = TimeSpan(milliseconds: entry.timeLimitMilliseconds ?? 0)
            return failed(claim, .timeout, "stopped after its time limit of \(limit)", retry: true,
                          summary: summary, now: now)
        case .skipped(let reason):
            let next = schedule(of: entry).flatMap { nextFire($0, after: now) }
            return JobAttemptEnd(outcome: .skipped, summary: reason,
                                 status: next == nil ? .finished : .ready,
                                 earliestStart: next ?? claim.fireAt, attempts: entry.attempts)
        case .released:
            return JobAttemptEnd(outcome: .released, summary: "the worker stopped before the run ended",
                                 status: .ready, earliestStart: claim.fireAt, attempts: entry.attempts)
        }
    }

    /// A failed attempt: retried after the rerun delay while attempts remain and the failure
    /// is worth retrying, else the entry goes to Error with the reason.
    static func failed(_ claim: JobClaim, _ outcome: JobOutcome, _ message: String, retry: Bool,
                       summary: String, now: Int64) -> JobAttemptEnd {
        let entry = claim.entry
        guard retry, claim.attempt < entry.maxAttempts else {
            let reason = retry ? "\(message) (attempt \(claim.attempt) of \(entry.maxAttempts))" : message
            return JobAttemptEnd(outcome: outcome, error: reason, summary: summary, status: .error,
                                 earliestStart: claim.fireAt, attempts: claim.attempt)
        }
        return JobAttemptEnd(outcome: outcome == .error ? .retry : outcome, error: message,
                             summary: summary, status: .ready,
                             earliestStart: now + Int64(entry.rerunDelaySeconds) * 1000,
                             attempts: claim.attempt)
    }

    /// The entry's schedule; nil for one-off entries (and for a stored schedule that no longer
    /// decodes, which then runs once more and finishes rather than looping).
    public static func schedule(of entry: JobEntry) -> Schedule? {
        entry.scheduleJSON.flatMap { try? ScheduleCoding.decode($0) }
    }

    /// The first slot strictly after `instant`, in milliseconds.
    public static func nextFire(_ schedule: Schedule, after instant: Int64) -> Int64? {
        schedule.nextFire(after: date(instant)).map(milliseconds)
    }

    static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
