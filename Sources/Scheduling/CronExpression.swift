import ShopSyncCore
/// A standard five-field cron expression: `minute hour day-of-month month day-of-week`.
///
/// Each field takes `*`, a value, a range `a-b`, a step `*/15`, `1-30/5` or `5/15`
/// (from 5 to the field's end), and comma lists of those. Months take `jan`…`dec`,
/// days of the week `sun`…`sat` (any letter case); day-of-week 0 and 7 are both
/// Sunday. The shorthands `@yearly` (`@annually`), `@monthly`, `@weekly`, `@daily`
/// (`@midnight`) and `@hourly` are accepted.
///
/// The classic day rule: when both day-of-month and day-of-week are restricted
/// (neither is exactly `*`), a day matches if either field matches; otherwise both
/// must match. `0 0 13 * fri` thus fires on every 13th and on every Friday.
///
/// Times are wall-clock times in the schedule's zone; `Schedule` applies the
/// zone and its clock changes.
public struct CronExpression: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The text as written, kept for descriptions and storage.
    public let text: String
    let minutes: FieldSet
    let hours: FieldSet
    let daysOfMonth: FieldSet
    let months: FieldSet
    /// Sunday is 0; a written 7 is stored as 0.
    let daysOfWeek: FieldSet
    let dayOfMonthIsStar: Bool
    let dayOfWeekIsStar: Bool

    /// Parses cron text. Errors carry character offsets within `text`.
    public init(parsing text: String) throws(ScheduleError) {
        self = try CronParser(text: text).parse()
    }

    init(text: String, fields: [FieldSet], stars: (dayOfMonth: Bool, dayOfWeek: Bool)) {
        self.text = text
        minutes = fields[0]
        hours = fields[1]
        daysOfMonth = fields[2]
        months = fields[3]
        daysOfWeek = fields[4]
        dayOfMonthIsStar = stars.dayOfMonth
        dayOfWeekIsStar = stars.dayOfWeek
    }

    /// The values a field allows, ascending (day-of-week as 0 = Sunday … 6).
    public func values(of field: CronField) -> [Int] {
        switch field {
        case .minute: minutes.values
        case .hour: hours.values
        case .dayOfMonth: daysOfMonth.values
        case .month: months.values
        case .dayOfWeek: daysOfWeek.values
        }
    }

    /// `cron "*/15 6-22 * * 1-5"`.
    public var description: String { "cron \"\(text)\"" }

    /// Whether the expression fires on some minute of this local day.
    func matches(_ date: CivilDate) -> Bool {
        guard months.contains(date.month) else { return false }
        let byMonthDay = daysOfMonth.contains(date.day)
        let byWeekday = daysOfWeek.contains(date.weekday.cronNumber)
        if dayOfMonthIsStar || dayOfWeekIsStar { return byMonthDay && byWeekday }
        return byMonthDay || byWeekday
    }

    func matchesMonth(of date: CivilDate) -> Bool { months.contains(date.month) }

    /// The first day on or after `date` that the month and day-of-month fields allow,
    /// when day-of-week is a star: a jump by fields, not a walk over days.
    func firstMonthDay(onOrAfter date: CivilDate) -> CivilDate {
        var date = date
        while true {
            let lastDay = CivilDate.daysIn(month: date.month, year: date.year)
            if months.contains(date.month), let day = daysOfMonth.first(atLeast: date.day),
               day <= lastDay {
                return date.adding(days: Int64(day - date.day))
            }
            date = date.firstOfNextMonth
        }
    }

    /// The local times of day the expression fires at, ascending.
    var timesOfDay: [LocalTime] {
        secondsIntoDay.map { LocalTime(checkedHour: $0 / 3600, minute: $0 / 60 % 60, second: 0) }
    }

    /// The same times as seconds since midnight, the engine's working form.
    var secondsIntoDay: [Int] {
        let minuteValues = minutes.values
        var result: [Int] = []
        result.reserveCapacity(hours.bits.nonzeroBitCount * minuteValues.count)
        for hour in hours.values {
            for minute in minuteValues { result.append(hour * 3600 + minute * 60) }
        }
        return result
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// The values one cron field allows, as bits 0…63.
struct FieldSet: Hashable, Sendable {
    private(set) var bits: UInt64 = 0

    mutating func insert(_ value: Int) { bits |= 1 << UInt64(value) }

    func contains(_ value: Int) -> Bool { bits & (1 << UInt64(value)) != 0 }

    /// The smallest value in the set that is `value` or more.
    func first(atLeast value: Int) -> Int? {
        let remaining = value >= 64 ? 0 : bits >> UInt64(value)
        return remaining == 0 ? nil : value + remaining.trailingZeroBitCount
    }

    var values: [Int] {
        var result: [Int] = []
        var remaining = bits
        while remaining != 0 {
            result.append(remaining.trailingZeroBitCount)
            remaining &= remaining - 1
        }
        return result
    }
}
