import Foundation

extension Schedule {
    /// The first fire time strictly after `instant`, or `nil` for a schedule that is
    /// invalid or never fires.
    public func nextFire(after instant: Date) -> Date? {
        guard let calendar = FireCalendar(self),
              let fire = calendar.nextFire(after: instant.timeIntervalSince1970)
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(fire))
    }

    /// The next `count` fire times after `instant`, ascending: what `next runs` previews.
    /// Shorter than `count` only when the schedule stops firing.
    public func nextFires(after instant: Date, count: Int) -> [Date] {
        guard let calendar = FireCalendar(self) else { return [] }
        var fires: [Date] = []
        var cursor = instant.timeIntervalSince1970
        while fires.count < count, let fire = calendar.nextFire(after: cursor) {
            fires.append(Date(timeIntervalSince1970: TimeInterval(fire)))
            cursor = TimeInterval(fire)
        }
        return fires
    }

    /// What to do about the runs missed since `lastFire`, when a worker looks at the
    /// schedule at `now` (after downtime, or on its ordinary polling round).
    ///
    /// The slots strictly after `lastFire` and up to `now` were missed. However many
    /// there are, at most one run is due: for the newest missed slot, and only if it
    /// is no more than `graceSeconds` old. The others are skipped and counted so the
    /// queue can log them. With no `lastFire` (a schedule that never ran) nothing is
    /// missed; pass the schedule's creation time to catch up from it instead.
    ///
    /// `next` is the first slot after both `now` and `lastFire`, so a clock that went
    /// back never re-runs a slot.
    public func catchUp(lastFire: Date?, now: Date) -> CatchUp {
        guard let calendar = FireCalendar(self) else {
            return CatchUp(due: nil, missed: 0, next: nil)
        }
        let next = calendar.nextFire(after: max(lastFire ?? now, now).timeIntervalSince1970)
            .map { Date(timeIntervalSince1970: TimeInterval($0)) }
        guard let lastFire, lastFire < now else { return CatchUp(due: nil, missed: 0, next: next) }
        let missed = calendar.missed(after: lastFire.timeIntervalSince1970,
                                     through: now.timeIntervalSince1970)
        let due = missed.newest.map { Date(timeIntervalSince1970: TimeInterval($0)) }
            .flatMap { now.timeIntervalSince($0) <= TimeInterval(graceSeconds) ? $0 : nil }
        return CatchUp(due: due, missed: missed.count, next: next)
    }
}

/// The answer of `Schedule.catchUp(lastFire:now:)`.
public struct CatchUp: Equatable, Sendable {
    /// The missed slot to run now, if one is still within the grace period; the run
    /// stands for this slot (the queue records it as the entry's last fire).
    public let due: Date?
    /// How many slots passed between the last fire and now.
    public let missed: Int
    /// The next slot after now: when the entry should run next if nothing is due.
    public let next: Date?

    /// An answer, as tests and queue fakes build one.
    public init(due: Date?, missed: Int, next: Date?) {
        self.due = due
        self.missed = missed
        self.next = next
    }

    /// Whether one run is due now.
    public var isDue: Bool { due != nil }

    /// Missed slots that will not run: all older ones, and the newest when it is
    /// past its grace period.
    public var skipped: Int { missed - (due == nil ? 0 : 1) }
}
