/// One of the five fields of a cron expression, in the order they are written.
public enum CronField: Int, CaseIterable, Codable, Sendable, CustomStringConvertible {
    case minute, hour, dayOfMonth, month, dayOfWeek

    /// The values the field accepts (day-of-week also takes 7, read as Sunday).
    public var bounds: ClosedRange<Int> {
        switch self {
        case .minute: 0...59
        case .hour: 0...23
        case .dayOfMonth: 1...31
        case .month: 1...12
        case .dayOfWeek: 0...7
        }
    }

    /// The name used in error messages.
    public var description: String {
        switch self {
        case .minute: "minute"
        case .hour: "hour"
        case .dayOfMonth: "day-of-month"
        case .month: "month"
        case .dayOfWeek: "day-of-week"
        }
    }

    /// The value a name stands for (`jan` → 1, `sun` → 0), for the fields that take names.
    func value(ofName name: String) -> Int? {
        let lowered = name.lowercased()
        switch self {
        case .month:
            return Self.monthNames.firstIndex(of: lowered).map { $0 + 1 }
        case .dayOfWeek:
            return Self.dayNames.firstIndex(of: lowered)
        default:
            return nil
        }
    }

    static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
}
