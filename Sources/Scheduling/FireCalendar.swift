import Foundation
import ShopSyncCore

/// Where a schedule's next run is computed: it walks local days, skipping whole
/// months a cron expression excludes, and lists each matching day's fire instants.
///
/// The work per call is bounded by days, never by minutes: a sparse cron such as
/// `0 0 29 2 *` looks at one month a year. The search gives up after 401 years,
/// past one full cycle of the Gregorian calendar, which only a schedule that can
/// never fire reaches.
struct FireCalendar {
    let schedule: Schedule
    let rules: ZoneRules
    /// For daily times and cron: the local times of a firing day in seconds since
    /// midnight, ascending, unique, inside the window.
    let dayTimes: [Int]

    static let searchYears = 401

    /// Whether an instant is one the engine can place on a calendar: finite and
    /// within about 30 000 years of 1970 (`Date.distantPast` and `distantFuture` are).
    static func isUsable(_ instant: Double) -> Bool { abs(instant) < 1e12 }

    /// `nil` when the schedule cannot be evaluated (unknown zone, too short an interval).
    init?(_ schedule: Schedule) {
        guard let zone = TimeZone(identifier: schedule.timeZoneIdentifier) else { return nil }
        if case .every(let seconds) = schedule.recurrence, seconds < 60 { return nil }
        if Self.weekdaysExcludeCron(schedule) { return nil }
        self.schedule = schedule
        rules = ZoneRules(zone: zone)
        let times: [Int]
        switch schedule.recurrence {
        case .every: times = []
        case .dailyAt(let daily): times = Set(daily.map(\.secondsIntoDay)).sorted()
        case .cron(let expression): times = expression.secondsIntoDay
        }
        if let window = schedule.window {
            let inside = window.start.secondsIntoDay...window.end.secondsIntoDay
            dayTimes = times.filter { inside.contains($0) }
        } else {
            dayTimes = times
        }
    }

    /// Whether the schedule's weekdays leave no day its cron's day-of-week allows, when
    /// that field alone decides the day: caught here so no search runs for centuries.
    private static func weekdaysExcludeCron(_ schedule: Schedule) -> Bool {
        guard case .cron(let expression) = schedule.recurrence, expression.dayOfMonthIsStar,
              let weekdays = schedule.weekdays else { return false }
        return !weekdays.days.contains { expression.daysOfWeek.contains($0.cronNumber) }
    }

    /// The first fire instant strictly after `instant`.
    func nextFire(after instant: Double) -> Int? {
        guard Self.isUsable(instant) else { return nil }
        var date = rules.localDate(of: Int(instant.rounded(.down))).adding(days: -1)
        let lastYear = date.year + Self.searchYears
        while date.year <= lastYear {
            if let fire = firstFire(on: date, after: instant) { return fire }
            date = nextCandidate(after: date)
        }
        return nil
    }

    /// The day after `date` that can match: for a cron, skipping the months it
    /// excludes and, when day-of-week is a star, straight to its next day-of-month.
    func nextCandidate(after date: CivilDate) -> CivilDate {
        var next = date.next
        guard case .cron(let expression) = schedule.recurrence else { return next }
        if expression.dayOfWeekIsStar { return expression.firstMonthDay(onOrAfter: next) }
        while !expression.matchesMonth(of: next) { next = next.firstOfNextMonth }
        return next
    }

    func dayMatches(_ date: CivilDate) -> Bool {
        if let weekdays = schedule.weekdays, !weekdays.contains(date.weekday) { return false }
        if case .cron(let expression) = schedule.recurrence { return expression.matches(date) }
        return true
    }

    /// The fire instants of one local day, ascending and without repeats.
    func fires(on date: CivilDate) -> [Int] {
        guard dayMatches(date) else { return [] }
        let day = LocalDay(date, rules: rules)
        var result: [Int] = []
        if case .every(let seconds) = schedule.recurrence {
            let span = intervalSpan(on: day)
            result.reserveCapacity((span.last - span.first) / seconds + 1)
            var slot = span.first
            while slot <= span.last {
                result.append(slot)
                slot += seconds
            }
            return result
        }
        // Two local times can meet at the end of a clock jump; they fire once.
        for instant in dayTimes.map(day.instant(atSecondsIntoDay:)) where instant != result.last {
            result.append(instant)
        }
        return result
    }

    /// The first of `fires(on:)` strictly after `instant`, without listing the others.
    private func firstFire(on date: CivilDate, after instant: Double) -> Int? {
        guard dayMatches(date) else { return nil }
        let day = LocalDay(date, rules: rules)
        guard case .every(let seconds) = schedule.recurrence else {
            return firstTime(on: day, after: instant)
        }
        let span = intervalSpan(on: day)
        let elapsed = instant - Double(span.first)
        let steps = elapsed < 0 ? 0 : Int((elapsed / Double(seconds)).rounded(.down)) + 1
        let slot = span.first + steps * seconds
        return slot <= span.last ? slot : nil
    }

    /// Binary search over the day's times: a later local time never fires earlier.
    private func firstTime(on day: LocalDay, after instant: Double) -> Int? {
        var low = 0
        var high = dayTimes.count
        while low < high {
            let middle = (low + high) / 2
            if Double(day.instant(atSecondsIntoDay: dayTimes[middle])) > instant {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low < dayTimes.count ? day.instant(atSecondsIntoDay: dayTimes[low]) : nil
    }

    /// Where a day's interval slots run, in absolute time: from the window's start (or
    /// midnight) to its end (included) or to just before the next midnight.
    private func intervalSpan(on day: LocalDay) -> (first: Int, last: Int) {
        guard let window = schedule.window else {
            let end = day.instant(atSecondsIntoDay: CivilDate.secondsPerDay)
            return (day.instant(at: .midnight), end - 1)
        }
        return (day.instant(at: window.start), day.instant(at: window.end))
    }
}
