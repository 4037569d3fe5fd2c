import Foundation
import Scheduling

/// A fixed instant from ISO 8601 text such as `2026-03-29T01:00:00Z`.
func instant(_ text: String) -> Date {
    guard let date = try? Date(text, strategy: .iso8601) else {
        preconditionFailure("bad instant in a test: \(text)")
    }
    return date
}

/// An instant as ISO 8601 UTC text, so failures print readable values.
func iso(_ date: Date?) -> String {
    guard let date else { return "nil" }
    return date.formatted(.iso8601)
}

/// The next fire after an instant, as ISO 8601 UTC text.
func next(_ schedule: Schedule, after text: String) -> String {
    iso(schedule.nextFire(after: instant(text)))
}

/// An instant shown on a zone's wall clock: `2026-03-29 03:00 +0200`.
func wall(_ date: Date?, in zoneIdentifier: String) -> String {
    guard let date, let zone = TimeZone(identifier: zoneIdentifier) else { return "nil" }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let offset = zone.secondsFromGMT(for: date) / 60
    let sign = offset < 0 ? "-" : "+"
    return String(format: "%04d-%02d-%02d %02d:%02d %@%02d%02d",
                  parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!,
                  sign, abs(offset) / 60, abs(offset) % 60)
}

/// A time of day that the test knows is valid.
func at(_ text: String) -> LocalTime {
    guard let time = try? LocalTime(parsing: text) else {
        preconditionFailure("bad time in a test: \(text)")
    }
    return time
}

/// A cron expression that the test knows is valid.
func cron(_ text: String) -> CronExpression {
    do {
        return try CronExpression(parsing: text)
    } catch {
        preconditionFailure("bad cron in a test: \(text): \(error)")
    }
}

/// The schedule error a throwing call produced, or `nil` when it did not throw one.
func scheduleError(_ body: () throws -> Void) -> ScheduleError? {
    do {
        try body()
        return nil
    } catch {
        return error as? ScheduleError
    }
}

/// Seconds between consecutive instants.
func gaps(_ dates: [Date]) -> [Int] {
    zip(dates, dates.dropFirst()).map { Int($1.timeIntervalSince($0)) }
}
