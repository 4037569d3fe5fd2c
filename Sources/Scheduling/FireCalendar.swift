import Foundation

/// Where a schedule's next run is computed: it walks local days, skipping whole
/// months a cron expression excludes, and lists each matching day's fire instants.
///
/// The work per call is bounded by days, never by minutes: a sparse cron such as
/// `0 0 29 2 *` looks at one month a year. The search gives up after 401 years,
/// past one full cycle of the Gregorian calendar, which only a schedule that can
/// never fire reaches.
struct FireCalendar {
    private let schedule: Schedule
    private let rules: ZoneRules
    private let cronTimes: [LocalTime]

    static let searchYears = 401

    /// `nil` when the schedule cannot be evaluated (unknown zone, too short an interval).
    init?(_ schedule: Schedule) {
        guard let zone = TimeZone(identifier: schedule.timeZoneIdentifier) else { return nil }
        if case .every(let seconds) = schedule.recurrence, seconds < 60 { return nil }
        if Self.weekdaysExcludeCron(schedule) { return nil }
        self.schedule = schedule
        rules = ZoneRules(zone: zone)
        if case .cron(let expression) = schedule.recurrence {
            cronTimes = expression.timesOfDay.filter { schedule.window?.contains($0) ?? true }
        } else {
            cronTimes = []
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
        var date = rules.localDate(of: Int(instant.rounded(.down))).adding(days: -1)
        let lastYear = date.year + Self.searchYears
        while date.year <= lastYear {
            if let fire = fires(on: date).first(where: { Double($0) > instant }) { return fire }
            date = nextCandidate(after: date)
        }
        return nil
    }

    /// Calls `body` with each fire instant in `start <.. end`, oldest first.
    func forEachFire(after start: Double, through end: Double, _ body: (Int) -> Void) {
        var date = rules.localDate(of: Int(start.rounded(.down))).adding(days: -1)
        let lastDate = rules.localDate(of: Int(end.rounded(.down)))
        var latest = Int.min
        while date <= lastDate {
            for fire in fires(on: date) where Double(fire) > start && Double(fire) <= end {
                // A jump over midnight can move a day's last time onto the next day's first.
                if fire > latest { body(fire) }
                latest = max(latest, fire)
            }
            date = nextCandidate(after: date)
        }
    }

    /// The day after `date` that can match, skipping months a cron excludes.
    private func nextCandidate(after date: CivilDate) -> CivilDate {
        var next = date.next
        if case .cron(let expression) = schedule.recurrence {
            while !expression.matchesMonth(of: next) { next = next.firstOfNextMonth }
        }
        return next
    }

    private func dayMatches(_ date: CivilDate) -> Bool {
        if let weekdays = schedule.weekdays, !weekdays.contains(date.weekday) { return false }
        if case .cron(let expression) = schedule.recurrence { return expression.matches(date) }
        return true
    }

    /// The fire instants of one local day, ascending and without repeats.
    func fires(on date: CivilDate) -> [Int] {
        guard dayMatches(date) else { return [] }
        let day = LocalDay(date, rules: rules)
        switch schedule.recurrence {
        case .every(let seconds):
            return intervalFires(on: day, every: seconds)
        case .dailyAt(let times):
            let kept = times.filter { schedule.window?.contains($0) ?? true }
            return Self.ascendingUnique(kept.map(day.instant(at:)))
        case .cron:
            return Self.ascendingUnique(cronTimes.map(day.instant(at:)))
        }
    }

    /// Slots `every` seconds apart in absolute time, from the window's start (or
    /// midnight) to its end (included) or to the next midnight (excluded).
    private func intervalFires(on day: LocalDay, every seconds: Int) -> [Int] {
        guard let window = schedule.window else {
            let end = day.instant(atSecondsIntoDay: CivilDate.secondsPerDay)
            return Array(stride(from: day.instant(at: .midnight), to: end, by: seconds))
        }
        let start = day.instant(at: window.start)
        return Array(stride(from: start, through: day.instant(at: window.end), by: seconds))
    }

    private static func ascendingUnique(_ instants: [Int]) -> [Int] {
        var result: [Int] = []
        for instant in instants.sorted() where instant != result.last { result.append(instant) }
        return result
    }
}
