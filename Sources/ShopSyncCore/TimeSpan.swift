/// A length of time, as written in scripts: `90s`, `15m`, `2h`, `7d`, `250ms`.
public struct TimeSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let zero = TimeSpan(milliseconds: 0)

    public let milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public static func seconds(_ n: Int64) -> TimeSpan { TimeSpan(milliseconds: n * 1000) }
    public static func minutes(_ n: Int64) -> TimeSpan { .seconds(n * 60) }
    public static func hours(_ n: Int64) -> TimeSpan { .seconds(n * 3600) }
    public static func days(_ n: Int64) -> TimeSpan { .seconds(n * 86_400) }

    public var seconds: Double { Double(milliseconds) / 1000 }

    /// True when the span is a whole number of days, so date arithmetic stays a date.
    public var isWholeDays: Bool { milliseconds % Timestamp.millisecondsPerDay == 0 }

    /// The shortest exact spelling in the script syntax: `7d`, `90m`, `1h30m`, `250ms`.
    public var description: String {
        if milliseconds == 0 { return "0s" }
        var rest = milliseconds.magnitude
        var parts = ""
        for (unit, size) in TimeSpan.units where rest >= size {
            parts += "\(rest / size)\(unit)"
            rest %= size
        }
        return (milliseconds < 0 ? "-" : "") + parts
    }

    static let units: [(String, UInt64)] = [
        ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1),
    ]

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }
}
