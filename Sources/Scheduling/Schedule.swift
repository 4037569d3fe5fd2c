/// When a recurring job queue entry runs: a recurrence, optionally narrowed to some
/// weekdays and a daily window, read on the wall clock of a named time zone.
///
/// The engine is pure: it never reads a clock, every answer depends only on the
/// schedule and the instants passed in.
///
/// **Recurrences.**
/// - `every(seconds:)`: a whole number of minutes, from 1 minute to 1 day. Intervals
///   count from local midnight of each day, or from the window's start when there is
///   a window, so `every 10 minutes` fires at :00, :10, :20… and is predictable
///   (an interval that does not divide the day restarts at the next midnight).
///   Within a day the slots are spaced in absolute time, so a clock change neither
///   skips nor doubles a run: on the day clocks go forward an hour there is an hour
///   fewer of runs, on the day they go back an hour more, always N minutes apart.
/// - `dailyAt(_:)`: at the given local times each day.
/// - `cron(_:)`: a five-field cron expression on the zone's wall clock.
///
/// **Weekdays** restrict the days a schedule fires on (for cron, on top of its own
/// day fields). **The window** keeps runs between its start and end, both included,
/// on the same local day; overnight windows are not supported (end must come after
/// start). Daily times must lie inside the window.
///
/// **Clock changes** for local times (daily times, cron times, window bounds): a time
/// that does not exist because the clock jumps forward fires once, at the first
/// instant after the jump (02:30 on a 02:00→03:00 night fires at 03:00); a time that
/// occurs twice because the clock goes back fires once, at its first occurrence. A
/// cron that fires every few minutes therefore pauses for the repeated hour; use
/// `every` for a steady interval.
///
/// **Missed runs**: see `catchUp(lastFire:now:)`. A slot missed by more than
/// `graceSeconds` (default one hour) is skipped.
public struct Schedule: Codable, Equatable, Sendable, CustomStringConvertible {
    /// How often a schedule repeats within the days it fires on.
    public enum Recurrence: Equatable, Sendable {
        /// Every so many seconds: a whole number of minutes, at least 60, at most a day.
        case every(seconds: Int)
        /// At each of these local times.
        case dailyAt([LocalTime])
        /// At the times a cron expression names.
        case cron(CronExpression)
    }

    /// The grace period used when a schedule names none: one hour, long enough for a
    /// worker restart or a deploy, short enough that a morning run does not start in
    /// the afternoon.
    public static let defaultGraceSeconds = 3600

    public var recurrence: Recurrence
    /// Days the schedule fires on; `nil` means every day.
    public var weekdays: WeekdaySet?
    /// The part of each day the schedule fires in; `nil` means the whole day.
    public var window: DailyWindow?
    /// An IANA zone identifier such as `Europe/Paris`; `UTC` by default.
    public var timeZoneIdentifier: String
    /// How late a missed run may still start, in seconds.
    public var graceSeconds: Int

    /// A schedule; call `validate()` before storing it.
    public init(_ recurrence: Recurrence, weekdays: WeekdaySet? = nil, window: DailyWindow? = nil,
                timeZone: String = "UTC", graceSeconds: Int = Schedule.defaultGraceSeconds) {
        self.recurrence = recurrence
        self.weekdays = weekdays
        self.window = window
        self.timeZoneIdentifier = timeZone
        self.graceSeconds = graceSeconds
    }

    /// `every 10 minutes on Mon-Fri between 06:00 and 22:00 (Europe/Paris)`; the grace
    /// period is added when it is not the default: `…(UTC), grace 30m`.
    public var description: String {
        var text = recurrence.description
        if let weekdays, weekdays != .all { text += " on \(weekdays)" }
        if let window { text += " between \(window.start) and \(window.end)" }
        text += " (\(timeZoneIdentifier))"
        if graceSeconds != Self.defaultGraceSeconds {
            text += ", grace \(Self.shortDuration(graceSeconds))"
        }
        return text
    }

    /// `45s`, `30m`, `2h`: the shortest exact form.
    static func shortDuration(_ seconds: Int) -> String {
        if seconds != 0, seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds != 0, seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

extension Schedule.Recurrence: CustomStringConvertible {
    /// `every 10 minutes`, `daily at 06:00, 12:30`, `cron "0 6 * * *"`.
    public var description: String {
        switch self {
        case .every(let seconds): Self.describeInterval(seconds)
        case .dailyAt(let times): "daily at " + times.map(\.description).joined(separator: ", ")
        case .cron(let expression): expression.description
        }
    }

    private static func describeInterval(_ seconds: Int) -> String {
        switch seconds {
        case 60: "every minute"
        case 3600: "every hour"
        case _ where seconds % 3600 == 0: "every \(seconds / 3600) hours"
        case _ where seconds % 60 == 0: "every \(seconds / 60) minutes"
        default: "every \(seconds) seconds"
        }
    }
}
