/// A wall-clock time within a day, as written in scripts: `06:00`, `22:30:15`.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let midnight = TimeOfDay(milliseconds: 0)

    /// Milliseconds since midnight, in `0..<86_400_000`.
    public let milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = floorMod(milliseconds, Timestamp.millisecondsPerDay)
    }

    /// Returns nil for an hour over 23, a minute or second over 59.
    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
            return nil
        }
        self.milliseconds = Int64(((hour * 60) + minute) * 60 + second) * 1000
    }

    public var hour: Int { Int(milliseconds / 3_600_000) }
    public var minute: Int { Int(milliseconds / 60_000 % 60) }
    public var second: Int { Int(milliseconds / 1000 % 60) }

    /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero.
    public var description: String {
        let base = "\(pad(hour, 2)):\(pad(minute, 2))"
        return milliseconds % 60_000 == 0 ? base : base + ":\(pad(second, 2))"
    }

    /// `HH:MM:SS`, with `.mmm` when there are milliseconds.
    var iso8601: String {
        let base = "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        let millis = Int(milliseconds % 1000)
        return millis == 0 ? base : base + ".\(pad(millis, 3))"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }
}
