import Foundation

/// A set of weekdays, as a schedule's `on mon..fri` clause names them.
///
/// Text form: items separated by commas, each a day (`mon`, `Monday`) or a range
/// `first..last`. A range whose last day comes before its first wraps over the
/// weekend: `fri..mon` is Friday, Saturday, Sunday and Monday.
public struct WeekdaySet: Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByArrayLiteral {
    private var bits: UInt8

    /// The empty set (a schedule rejects it: it would never fire).
    public init() { bits = 0 }

    /// The given days.
    public init(_ days: some Sequence<Weekday>) {
        bits = 0
        for day in days { insert(day) }
    }

    /// `[.monday, .friday]`.
    public init(arrayLiteral days: Weekday...) { self.init(days) }

    /// Every day of the week.
    public static let all = WeekdaySet(Weekday.allCases)

    /// Monday to Friday.
    public static let workdays = WeekdaySet(range: .monday, .friday)

    /// The days from `first` to `last`, wrapping past Sunday when `last` comes first.
    public init(range first: Weekday, _ last: Weekday) {
        bits = 0
        var day = first
        insert(day)
        while day != last {
            day = day.following
            insert(day)
        }
    }

    /// Reads `mon..fri`, `fri..mon`, `mon,wed,fri`, `sat..sun,wed` (any letter case,
    /// spaces around items allowed). Error ranges are character offsets within `text`.
    public init(parsing text: String) throws(ScheduleError) {
        bits = 0
        var offset = 0
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            try insert(parsingItem: item, at: offset)
            offset += item.count + 1
        }
    }

    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }

    public func contains(_ day: Weekday) -> Bool { bits & Self.bit(day) != 0 }

    public mutating func insert(_ day: Weekday) { bits |= Self.bit(day) }

    /// The days in Monday-to-Sunday order.
    public var days: [Weekday] { Weekday.allCases.filter(contains) }

    /// `Mon-Fri`, `Fri-Mon`, `Mon, Wed, Fri`, `every day`.
    public var description: String {
        if self == .all { return "every day" }
        return runs().map { run in
            run.count == 1 ? "\(run[0])" : "\(run[0])-\(run[run.count - 1])"
        }.joined(separator: ", ")
    }

    public init(from decoder: any Decoder) throws {
        let names = try decoder.singleValueContainer().decode([Weekday].self)
        self.init(names)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(days)
    }

    private static func bit(_ day: Weekday) -> UInt8 { 1 << UInt8(day.rawValue - 1) }

    /// Parses one comma-separated item found at character `offset` of the whole text.
    private mutating func insert(parsingItem item: Substring,
                                 at offset: Int) throws(ScheduleError) {
        let bounds = item.components(separatedBy: "..")
        guard bounds.count <= 2 else {
            throw .unknownWeekday(String(item), range: offset..<offset + item.count)
        }
        var days: [Weekday] = []
        var start = offset
        for name in bounds {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let day = Weekday(parsing: trimmed) else {
                let lead = name.prefix(while: \.isWhitespace).count
                let from = start + lead
                throw .unknownWeekday(trimmed, range: from..<from + max(trimmed.count, 1))
            }
            days.append(day)
            start += name.count + 2
        }
        for day in WeekdaySet(range: days[0], days[days.count - 1]).days { insert(day) }
    }

    /// Maximal runs of consecutive days, joining Sunday to Monday when the set wraps.
    private func runs() -> [[Weekday]] {
        var runs: [[Weekday]] = []
        for day in days {
            if let last = runs.last?.last, last.following == day {
                runs[runs.count - 1].append(day)
            } else {
                runs.append([day])
            }
        }
        if runs.count > 1, let last = runs.last, last.last == .sunday, runs[0][0] == .monday {
            runs[0] = last + runs[0]
            runs.removeLast()
        }
        return runs
    }
}
