/// A day of the week, Monday first (the ISO 8601 order that the job queue's
/// "run on Mondays … Sundays" flags follow).
public enum Weekday: Int, CaseIterable, Codable, Comparable, Sendable, CustomStringConvertible {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Reads `mon` or `monday` (any letter case). Returns `nil` for anything else.
    public init?(parsing text: some StringProtocol) {
        let lowered = text.lowercased()
        guard let found = Self.allCases.first(where: {
            $0.shortName == lowered || $0.fullName == lowered
        }) else { return nil }
        self = found
    }

    /// The day as cron numbers it: Sunday is 0, Saturday 6.
    public var cronNumber: Int { rawValue % 7 }

    /// Three lower-case letters, as scripts write it: `mon`.
    public var shortName: String { String(fullName.prefix(3)) }

    /// The full lower-case English name: `monday`.
    public var fullName: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// Capitalised short name for descriptions: `Mon`.
    public var description: String { shortName.prefix(1).uppercased() + shortName.dropFirst() }

    /// The next day, Sunday wrapping to Monday.
    public var following: Weekday { Weekday(rawValue: rawValue % 7 + 1)! }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Weekday(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "unknown weekday '\(text)'"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(shortName)
    }
}
