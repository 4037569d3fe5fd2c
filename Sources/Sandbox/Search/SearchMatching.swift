/// A value a record offers to a search field.
public enum SearchValue: Sendable, Equatable {
    case text(String)
    case number(Int64)
    /// Seconds since 1970.
    case time(Int64)
}

/// A record the search syntax can filter.
public protocol Searchable {
    /// The values of `field` (lower-case), or nil when the record has no such field.
    func searchValues(_ field: String) -> [SearchValue]?
    /// What a term without a field is matched against (by case-insensitive substring).
    var freeText: [String] { get }
}

extension SearchQuery {
    /// True when `record` passes the query.
    ///
    /// A field the record type does not know is ignored (the term matches), as Shopify ignores
    /// filters it does not support rather than failing the query.
    public func matches(_ record: some Searchable) -> Bool {
        switch self {
        case .all: true
        case .term(let term): term.matches(record)
        case .not(let inner): !inner.matches(record)
        case .and(let parts): parts.allSatisfy { $0.matches(record) }
        case .or(let parts): parts.contains { $0.matches(record) }
        }
    }
}

extension SearchTerm {
    func matches(_ record: some Searchable) -> Bool {
        guard let field else {
            let needle = values.joined(separator: " ").lowercased()
            return record.freeText.contains { $0.lowercased().contains(needle) }
        }
        guard let candidates = record.searchValues(field) else { return true }
        return values.contains { wanted in candidates.contains { compare($0, with: wanted) } }
    }

    func compare(_ value: SearchValue, with wanted: String) -> Bool {
        switch value {
        case .text(let text): return compareText(text.lowercased(), wanted.lowercased())
        case .number(let number):
            let target = GlobalID.parse(wanted)?.id ?? Int64(wanted)
            guard let target else { return false }
            return compareOrdered(number, target)
        case .time(let time):
            guard let bound = SearchTime.parse(wanted) else { return false }
            return compareTime(time, bound)
        }
    }

    private func compareText(_ text: String, _ wanted: String) -> Bool {
        if isPrefix && comparison == .equal { return text.hasPrefix(wanted) }
        return compareOrdered(text, wanted)
    }

    private func compareOrdered<T: Comparable>(_ value: T, _ target: T) -> Bool {
        switch comparison {
        case .equal: value == target
        case .less: value < target
        case .greater: value > target
        case .lessOrEqual: value <= target
        case .greaterOrEqual: value >= target
        }
    }

    /// A date without a time stands for its whole day: `updated_at:2026-11-30` matches any time
    /// that day and `created_at:>2026-11-30` starts the next day.
    private func compareTime(_ time: Int64, _ bound: SearchTime) -> Bool {
        let end = bound.start + bound.length
        switch comparison {
        case .equal: return time >= bound.start && time < end
        case .less: return time < bound.start
        case .greater: return time >= end
        case .lessOrEqual: return time < end
        case .greaterOrEqual: return time >= bound.start
        }
    }
}

/// An instant or a whole day named in a query.
struct SearchTime: Equatable {
    var start: Int64
    /// 1 for an instant (seconds), 86,400 for a date.
    var length: Int64

    /// Reads `2026-11-30`, `2026-11-30T12:00:00Z`, with optional fraction and `+hh:mm` offset.
    static func parse(_ text: String) -> SearchTime? {
        let chars = Array(text.utf8)
        guard chars.count >= 10, let year = number(chars, 0, 4), chars[4] == 45,
              let month = number(chars, 5, 2), chars[7] == 45, let day = number(chars, 8, 2),
              let days = daysFromCivil(year: year, month: month, day: day) else { return nil }
        let midnight = days * 86_400
        if chars.count == 10 { return SearchTime(start: midnight, length: 86_400) }
        guard chars.count >= 19, chars[10] == 84 || chars[10] == 32, let hour = number(chars, 11, 2),
              let minute = number(chars, 14, 2), let second = number(chars, 17, 2) else { return nil }
        var index = 19
        if index < chars.count, chars[index] == 46 {
            index += 1
            while index < chars.count, chars[index] >= 48, chars[index] <= 57 { index += 1 }
        }
        var offset: Int64 = 0
        if index < chars.count, chars[index] == 43 || chars[index] == 45 {
            guard let hours = number(chars, index + 1, 2),
                  let minutes = number(chars, index + 4, 2) else { return nil }
            offset = (hours * 3_600 + minutes * 60) * (chars[index] == 45 ? -1 : 1)
        }
        return SearchTime(start: midnight + hour * 3_600 + minute * 60 + second - offset, length: 1)
    }

    private static func number(_ chars: [UInt8], _ start: Int, _ count: Int) -> Int64? {
        guard start + count <= chars.count else { return nil }
        var value: Int64 = 0
        for byte in chars[start..<(start + count)] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int64(byte - 48)
        }
        return value
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
