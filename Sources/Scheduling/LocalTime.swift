/// A wall-clock time of day, with no date and no zone: `06:00`, `12:30:15`.
///
/// Valid times run from 00:00:00 to 23:59:59; there is no `24:00`.
public struct LocalTime: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let second: Int

    /// A checked time of day.
    public init(hour: Int, minute: Int = 0, second: Int = 0) throws(ScheduleError) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
            throw .timeOutOfRange(hour: hour, minute: minute, second: second)
        }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads `HH:MM` or `HH:MM:SS`; the hour may have one digit (`6:00`).
    public init(parsing text: String) throws(ScheduleError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let hour = Int(parts[0]), let minute = Int(parts[1])
        else { throw .invalidTimeText(text) }
        try self.init(hour: hour, minute: minute, second: parts.count == 3 ? Int(parts[2]) ?? 0 : 0)
    }

    /// Midnight, the start of a day.
    public static let midnight = LocalTime(checkedHour: 0, minute: 0, second: 0)

    /// For values already known to be in range (cron fields, constants).
    init(checkedHour hour: Int, minute: Int, second: Int) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Seconds since midnight on a day with no clock change.
    public var secondsIntoDay: Int { hour * 3600 + minute * 60 + second }

    /// `06:00`, or `06:00:30` when the seconds are not zero.
    public var description: String {
        let base = Self.twoDigits(hour) + ":" + Self.twoDigits(minute)
        return second == 0 ? base : base + ":" + Self.twoDigits(second)
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.secondsIntoDay < rhs.secondsIntoDay
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
        try container.encode(description)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

/// The daily window a schedule fires in: from `start` to `end`, both included, on
/// the same local day.
///
/// Overnight windows (22:00 to 06:00) are not supported: `end` must come after
/// `start`, else the schedule is invalid. Two schedules cover the night instead.
public struct DailyWindow: Hashable, Codable, Sendable, CustomStringConvertible {
    public let start: LocalTime
    public let end: LocalTime

    /// A window; `Schedule.validate()` checks that it ends after it starts.
    public init(start: LocalTime, end: LocalTime) {
        self.start = start
        self.end = end
    }

    /// Whether a local time falls in the window, ends included.
    public func contains(_ time: LocalTime) -> Bool { start <= time && time <= end }

    /// `06:00-22:00`.
    public var description: String { "\(start)-\(end)" }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
