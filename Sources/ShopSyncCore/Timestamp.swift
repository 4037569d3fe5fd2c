/// An instant in UTC with millisecond precision. Every stored time is UTC.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let millisecondsPerDay: Int64 = 86_400_000

    public let milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public init(seconds: Int64) {
        self.milliseconds = seconds * 1000
    }

    public init(date: CivilDate, time: TimeOfDay = .midnight, offsetSeconds: Int64 = 0) {
        self.milliseconds = date.daysSinceEpoch * Timestamp.millisecondsPerDay
            + time.milliseconds - offsetSeconds * 1000
    }

    public var seconds: Int64 { floorDiv(milliseconds, 1000) }

    /// The UTC calendar date of this instant.
    public var date: CivilDate {
        CivilDate(daysSinceEpoch: floorDiv(milliseconds, Timestamp.millisecondsPerDay))
    }

    /// The UTC time of day of this instant.
    public var timeOfDay: TimeOfDay {
        TimeOfDay(milliseconds: floorMod(milliseconds, Timestamp.millisecondsPerDay))
    }

    public func adding(_ span: TimeSpan) -> Timestamp {
        Timestamp(milliseconds: milliseconds + span.milliseconds)
    }

    public func since(_ earlier: Timestamp) -> TimeSpan {
        TimeSpan(milliseconds: milliseconds - earlier.milliseconds)
    }

    /// ISO 8601 in UTC, e.g. `2026-12-01T10:30:00Z`; milliseconds only when not zero.
    public var description: String {
        "\(date)T\(timeOfDay.iso8601)Z"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }
}

func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
    a - floorDiv(a, b) * b
}
