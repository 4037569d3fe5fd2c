import ShopSyncCore
/// Reads cron text into a `CronExpression`, reporting errors with character offsets.
///
/// Grammar, one field:
///
///     field = item { "," item }
///     item  = ( "*" | value [ "-" value ] ) [ "/" step ]
///     value = digits | name
struct CronParser {
    private let characters: [Character]
    private let text: String

    init(text: String) {
        self.text = text
        characters = Array(text)
    }

    private static let shorthands: [String: String] = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
        "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
        "@hourly": "0 * * * *",
    ]

    /// expression = shorthand | field field field field field
    func parse() throws(ScheduleError) -> CronExpression {
        let words = splitWords()
        if words.count == 1, characters[words[0].lowerBound] == "@" {
            return try parseShorthand(in: words[0])
        }
        guard words.count == 5 else { throw fieldCountError(words) }
        var sets: [FieldSet] = []
        for field in CronField.allCases {
            sets.append(try parseField(field, in: words[field.rawValue]))
        }
        let stars = (isStar(words[2]), isStar(words[4]))
        try checkDayOccurs(sets, dayOfWeekIsStar: stars.1, dayRange: words[2])
        return CronExpression(text: text, fields: sets, stars: stars)
    }

    /// shorthand = "@yearly" | "@annually" | "@monthly" | "@weekly" | "@daily" | ...
    private func parseShorthand(in word: Range<Int>) throws(ScheduleError) -> CronExpression {
        let name = String(characters[word]).lowercased()
        guard let expansion = Self.shorthands[name] else {
            throw .cronUnknownMacro(name, range: word)
        }
        let expanded = try CronParser(text: expansion).parse()
        return CronExpression(text: text, fields: CronField.allCases.map(expanded.set(of:)),
                              stars: (expanded.dayOfMonthIsStar, expanded.dayOfWeekIsStar))
    }

    /// Offsets of the whitespace-separated words.
    private func splitWords() -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (index, character) in characters.enumerated() {
            if character.isWhitespace {
                if let begun = start { words.append(begun..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begun = start { words.append(begun..<characters.count) }
        return words
    }

    private func fieldCountError(_ words: [Range<Int>]) -> ScheduleError {
        if words.count > 5 {
            return .cronFieldCount(found: words.count,
                                   range: words[5].lowerBound..<words[words.count - 1].upperBound)
        }
        let whole = (words.first?.lowerBound ?? 0)..<(words.last?.upperBound ?? characters.count)
        return .cronFieldCount(found: words.count, range: whole)
    }

    private func missing(_ field: CronField, at offset: Int) -> ScheduleError {
        .cronMissingValue(field: field, range: offset..<offset + 1)
    }

    private func isStar(_ word: Range<Int>) -> Bool { characters[word] == ["*"] }

    /// field = item { "," item }
    private func parseField(_ field: CronField,
                            in word: Range<Int>) throws(ScheduleError) -> FieldSet {
        var set = FieldSet()
        var start = word.lowerBound
        for index in word.lowerBound...word.upperBound
        where index == word.upperBound || characters[index] == "," {
            guard start < index else { throw missing(field, at: start) }
            try parseItem(field, in: start..<index, into: &set)
            start = index + 1
        }
        return set
    }

    /// item = ( "*" | value [ "-" value ] ) [ "/" step ]
    private func parseItem(_ field: CronField, in item: Range<Int>,
                           into set: inout FieldSet) throws(ScheduleError) {
        let slash = characters[item].firstIndex(of: "/")
        let base = item.lowerBound..<(slash ?? item.upperBound)
        var step = 1
        if let slash {
            step = try parseStep(field, in: slash + 1..<item.upperBound)
        }
        var bounds = try parseBase(field, in: base)
        if slash != nil, bounds.lowerBound == bounds.upperBound, !isStar(base) {
            bounds = bounds.lowerBound...lastValue(of: field)
        }
        for value in stride(from: bounds.lowerBound, through: bounds.upperBound, by: step) {
            set.insert(field == .dayOfWeek ? value % 7 : value)
        }
    }

    private func lastValue(of field: CronField) -> Int {
        field == .dayOfWeek ? 6 : field.bounds.upperBound
    }

    /// step = digits, at least 1
    private func parseStep(_ field: CronField, in range: Range<Int>) throws(ScheduleError) -> Int {
        guard !range.isEmpty else { throw missing(field, at: range.lowerBound) }
        let digits = String(characters[range])
        guard digits.allSatisfy(\.isASCIIDigit), let step = Int(digits) else {
            throw .cronUnexpectedText(digits, field: field, range: range)
        }
        guard step > 0 else { throw .cronZeroStep(field: field, range: range) }
        return step
    }

    /// "*" | value [ "-" value ]
    private func parseBase(_ field: CronField,
                           in range: Range<Int>) throws(ScheduleError) -> ClosedRange<Int> {
        guard !range.isEmpty else { throw missing(field, at: range.lowerBound) }
        if isStar(range) { return field.bounds.lowerBound...lastValue(of: field) }
        guard let dash = characters[range].firstIndex(of: "-") else {
            let value = try parseValue(field, in: range)
            return value...value
        }
        let lower = try parseValue(field, in: range.lowerBound..<dash)
        let upper = try parseValue(field, in: dash + 1..<range.upperBound)
        guard lower <= upper else {
            throw .cronReversedRange(field: field, lower: lower, upper: upper, range: range)
        }
        return lower...upper
    }

    /// value = digits | name
    private func parseValue(_ field: CronField, in range: Range<Int>) throws(ScheduleError) -> Int {
        guard !range.isEmpty else { throw missing(field, at: range.lowerBound) }
        let token = String(characters[range])
        if token.allSatisfy(\.isASCIIDigit) {
            guard let value = Int(token), field.bounds.contains(value) else {
                throw .cronValueOutOfRange(field: field, value: Int(token) ?? Int.max, range: range)
            }
            return value
        }
        guard token.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .cronUnexpectedText(token, field: field, range: range)
        }
        guard let value = field.value(ofName: token) else {
            throw .cronUnknownName(field: field, name: token, range: range)
        }
        return value
    }

    /// A restricted day-of-month that no chosen month has (`0 0 31 2 *`) never fires.
    private func checkDayOccurs(_ sets: [FieldSet], dayOfWeekIsStar: Bool,
                                dayRange: Range<Int>) throws(ScheduleError) {
        guard dayOfWeekIsStar else { return }
        let longestMonth = sets[3].values.map { CivilDate.daysIn(month: $0, year: 2000) }.max() ?? 0
        guard let firstDay = sets[2].values.first, firstDay <= longestMonth else {
            throw .cronDayNeverOccurs(range: dayRange)
        }
    }
}

extension CronExpression {
    func set(of field: CronField) -> FieldSet {
        switch field {
        case .minute: minutes
        case .hour: hours
        case .dayOfMonth: daysOfMonth
        case .month: months
        case .dayOfWeek: daysOfWeek
        }
    }
}
