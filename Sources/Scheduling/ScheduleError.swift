/// Why a schedule, or a piece of one, cannot be used.
///
/// Errors are values: each case carries what was wrong, and the cases that come
/// from parsing text carry `range`, the character offsets (counted in `Character`s
/// from 0) of the culprit within the text that was parsed: the cron expression
/// or the weekday list. The language adds that to the text's own position to put
/// a caret under `61` in `cron "61 * * * *"`.
public enum ScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
    // Cron text.
    case cronFieldCount(found: Int, range: Range<Int>)
    case cronMissingValue(field: CronField, range: Range<Int>)
    case cronUnexpectedText(String, field: CronField, range: Range<Int>)
    case cronValueOutOfRange(field: CronField, value: Int, range: Range<Int>)
    case cronUnknownName(field: CronField, name: String, range: Range<Int>)
    case cronReversedRange(field: CronField, lower: Int, upper: Int, range: Range<Int>)
    case cronZeroStep(field: CronField, range: Range<Int>)
    case cronUnknownMacro(String, range: Range<Int>)
    case cronDayNeverOccurs(range: Range<Int>)

    // Times of day and weekdays.
    case invalidTimeText(String)
    case timeOutOfRange(hour: Int, minute: Int, second: Int)
    case unknownWeekday(String, range: Range<Int>)
    case noWeekdays

    // The schedule as a whole.
    case intervalTooShort(seconds: Int)
    case intervalNotWholeMinutes(seconds: Int)
    case intervalTooLong(seconds: Int)
    case noDailyTimes
    case windowEndsBeforeStart(start: LocalTime, end: LocalTime)
    case timeOutsideWindow(LocalTime, window: DailyWindow)
    case cronOutsideWindow(window: DailyWindow)
    case unknownTimeZone(String)
    case negativeGrace(seconds: Int)
    case neverFires

    /// Where in the parsed text the error lies, when it comes from parsing text.
    public var range: Range<Int>? {
        switch self {
        case .cronFieldCount(_, let range), .cronMissingValue(_, let range),
             .cronUnexpectedText(_, _, let range), .cronValueOutOfRange(_, _, let range),
             .cronUnknownName(_, _, let range), .cronReversedRange(_, _, _, let range),
             .cronZeroStep(_, let range), .cronUnknownMacro(_, let range),
             .cronDayNeverOccurs(let range), .unknownWeekday(_, let range):
            return range
        default:
            return nil
        }
    }

    /// The clause of a `schedule` command the error belongs to, so the language can
    /// point at it when the error has no text range of its own.
    public var clause: ScheduleClause {
        switch self {
        case .unknownWeekday, .noWeekdays: .weekdays
        case .windowEndsBeforeStart, .timeOutsideWindow, .cronOutsideWindow: .window
        case .unknownTimeZone: .timeZone
        case .negativeGrace: .grace
        default: .recurrence
        }
    }

    /// The message for people: lower-case, names in quotes, no final period.
    public var description: String {
        switch self {
        case .cronFieldCount(let found, _):
            "expected 5 cron fields (minute hour day-of-month month day-of-week), found \(found)"
        case .cronMissingValue(let field, _):
            "missing value in \(field)"
        case .cronUnexpectedText(let text, let field, _):
            "unexpected '\(text)' in \(field)"
        case .cronValueOutOfRange(let field, let value, _):
            "\(field) \(value) is out of range \(Self.render(field.bounds))"
        case .cronUnknownName(let field, let name, _):
            "unknown \(field) name '\(name)'"
        case .cronReversedRange(let field, let lower, let upper, _):
            "\(field) range \(lower)-\(upper) ends before it starts"
        case .cronZeroStep(let field, _):
            "step in \(field) must be at least 1"
        case .cronUnknownMacro(let name, _):
            "unknown cron shorthand '\(name)'"
        case .cronDayNeverOccurs:
            "day-of-month never occurs in the chosen months"
        default:
            scheduleMessage
        }
    }

    private var scheduleMessage: String {
        switch self {
        case .invalidTimeText(let text):
            "'\(text)' is not a time of day, expected HH:MM or HH:MM:SS"
        case .timeOutOfRange(let hour, let minute, let second):
            "\(Self.clock(hour, minute, second)) is not a time of day "
                + "(hours run 0-23, minutes and seconds 0-59)"
        case .unknownWeekday(let name, _):
            "unknown weekday '\(name)'"
        case .noWeekdays:
            "no weekdays chosen"
        case .intervalTooShort(let seconds):
            "an interval of \(seconds) seconds is too short, the minimum is 1 minute"
        case .intervalNotWholeMinutes(let seconds):
            "an interval of \(seconds) seconds is not a whole number of minutes"
        case .intervalTooLong(let seconds):
            "an interval of \(seconds) seconds is longer than a day"
        case .noDailyTimes:
            "'daily at' needs at least one time"
        case .windowEndsBeforeStart(let start, let end):
            "the window ends at \(end), which is not after its start at \(start)"
        case .timeOutsideWindow(let time, let window):
            "daily time \(time) is outside the window \(window)"
        case .cronOutsideWindow(let window):
            "the cron expression never fires within the window \(window)"
        case .unknownTimeZone(let identifier):
            "unknown time zone '\(identifier)'"
        case .negativeGrace(let seconds):
            "a grace period of \(seconds) seconds is negative"
        default:
            "the schedule never fires"
        }
    }

    /// `06:61`, or `06:00:75` when the seconds are not zero; any numbers.
    private static func clock(_ hour: Int, _ minute: Int, _ second: Int) -> String {
        let parts = second == 0 ? [hour, minute] : [hour, minute, second]
        return parts.map { $0 >= 0 && $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    private static func render(_ bounds: ClosedRange<Int>) -> String {
        "\(bounds.lowerBound)-\(bounds.upperBound)"
    }
}

/// The clauses of a `schedule` command, for placing an error that has no text range.
public enum ScheduleClause: String, Sendable, Equatable {
    case recurrence, weekdays, window, timeZone, grace
}
