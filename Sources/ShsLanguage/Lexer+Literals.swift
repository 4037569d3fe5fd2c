import ShopSyncCore

extension Lexer {
    /// Integers, decimals, dates, date-times, times and durations all start with a digit.
    mutating func lexNumber() -> Token {
        let start = position
        if let date = lexDateIfPresent() { return date }
        if let time = lexTimeIfPresent() { return time }
        let digits = scanDigits()
        if peek(0) == UInt8(ascii: "."), isDigit(peek(1)) {
            position += 1
            _ = scanDigits()
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if isLetter(peek(0)) { return invalidSuffix(start) }
            guard let value = DecimalText.parse(text) else {
                report(.integerTooLarge(text), start, position)
                return Token(.invalid, SourceRange(start, position))
            }
            return Token(.literal(.decimal(value)), SourceRange(start, position))
        }
        guard let value = Int64(digits) else {
            report(.integerTooLarge(digits), start, position)
            return Token(.invalid, SourceRange(start, position))
        }
        if isLetter(peek(0)) { return lexDuration(start: start, first: value) }
        return Token(.literal(.int(value)), SourceRange(start, position))
    }

    mutating func scanDigits() -> String {
        let start = position
        while isDigit(peek(0)) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// `7d`, `90s`, `250ms`, `1h30m`: one or more number-unit pairs.
    mutating func lexDuration(start: Int, first: Int64) -> Token {
        var total: Int64 = 0
        var amount = first
        while true {
            let unitStart = position
            while isLetter(peek(0)) { position += 1 }
            let unit = String(decoding: bytes[unitStart..<position], as: UTF8.self)
            guard let size = Lexer.durationUnits[unit] else {
                report(.unknownDurationUnit(unit), unitStart, position)
                return Token(.invalid, SourceRange(start, position))
            }
            let (product, overflow) = amount.multipliedReportingOverflow(by: size)
            let (sum, overflow2) = total.addingReportingOverflow(product)
            guard !overflow, !overflow2 else {
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                report(.integerTooLarge(text), start, position)
                return Token(.invalid, SourceRange(start, position))
            }
            total = sum
            guard isDigit(peek(0)) else { break }
            guard let next = Int64(scanDigits()), isLetter(peek(0)) else {
                return invalidSuffix(start)
            }
            amount = next
        }
        return Token(.literal(.duration(TimeSpan(milliseconds: total))), SourceRange(start, position))
    }

    static let durationUnits: [String: Int64] = [
        "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000,
    ]

    mutating func invalidSuffix(_ start: Int) -> Token {
        while isLetter(peek(0)) || isDigit(peek(0)) || peek(0) == UInt8(ascii: ".") { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        report(.unexpectedCharacter(text), start, position)
        return Token(.invalid, SourceRange(start, position))
    }

    func digitsAt(_ offset: Int, count: Int) -> Bool {
        (0..<count).allSatisfy { isDigit(peek(offset + $0)) }
    }

    func number(_ offset: Int, _ count: Int) -> Int {
        (0..<count).reduce(0) { $0 * 10 + Int(bytes[position + offset + $1] - 0x30) }
    }

    /// `2026-12-01`, optionally followed by `T10:30[:15][Z|+02:00]`.
    mutating func lexDateIfPresent() -> Token? {
        guard digitsAt(0, count: 4), peek(4) == UInt8(ascii: "-"), digitsAt(5, count: 2),
              peek(7) == UInt8(ascii: "-"), digitsAt(8, count: 2), !isDigit(peek(10)) else { return nil }
        let start = position
        let date = CivilDate(year: number(0, 4), month: number(5, 2), day: number(8, 2))
        position += 10
        guard let date else {
            report(.invalidDate(String(decoding: bytes[start..<position], as: UTF8.self)), start, position)
            return Token(.invalid, SourceRange(start, position))
        }
        guard peek(0) == UInt8(ascii: "T"), digitsAt(1, count: 2), peek(3) == UInt8(ascii: ":") else {
            return Token(.literal(.date(date)), SourceRange(start, position))
        }
        // The clock reader trusts its minute digits, so a cut-off `T10:` must stop here.
        guard digitsAt(4, count: 2) else {
            position += 4
            report(.invalidTime(String(decoding: bytes[start..<position], as: UTF8.self)), start, position)
            return Token(.invalid, SourceRange(start, position))
        }
        position += 1
        guard let time = lexClock(start: start) else { return Token(.invalid, SourceRange(start, position)) }
        guard let offset = lexZoneOffset(start: start) else {
            return Token(.invalid, SourceRange(start, position))
        }
        let instant = Timestamp(date: date, time: time, offsetSeconds: offset)
        return Token(.literal(.dateTime(instant)), SourceRange(start, position))
    }

    /// `06:00` or `22:30:15` (hours may have one digit).
    mutating func lexTimeIfPresent() -> Token? {
        let hourDigits = isDigit(peek(1)) ? 2 : 1
        guard peek(hourDigits) == UInt8(ascii: ":"), digitsAt(hourDigits + 1, count: 2) else {
            return nil
        }
        let start = position
        guard let time = lexClock(start: start) else { return Token(.invalid, SourceRange(start, position)) }
        return Token(.literal(.time(time)), SourceRange(start, position))
    }

    /// Reads `H[H]:MM[:SS]` at the cursor.
    mutating func lexClock(start: Int) -> TimeOfDay? {
        let hourDigits = isDigit(peek(1)) ? 2 : 1
        let hour = number(0, hourDigits)
        let minute = number(hourDigits + 1, 2)
        position += hourDigits + 3
        var second = 0
        if peek(0) == UInt8(ascii: ":"), digitsAt(1, count: 2) {
            second = number(1, 2)
            position += 3
        }
        if isDigit(peek(0)) || isLetter(peek(0)) && peek(0) != UInt8(ascii: "Z") {
            _ = invalidSuffix(start)
            return nil
        }
        guard let time = TimeOfDay(hour: hour, minute: minute, second: second) else {
            report(.invalidTime(String(decoding: bytes[start..<position], as: UTF8.self)), start, position)
            return nil
        }
        return time
    }

    /// `Z`, `+02:00`, `-05:00` or nothing (UTC); the offset in seconds east of UTC.
    mutating func lexZoneOffset(start: Int) -> Int64? {
        if peek(0) == UInt8(ascii: "Z") {
            position += 1
            return 0
        }
        guard peek(0) == UInt8(ascii: "+") || peek(0) == UInt8(ascii: "-"), digitsAt(1, count: 2),
              peek(3) == UInt8(ascii: ":"), digitsAt(4, count: 2) else { return 0 }
        let sign: Int64 = peek(0) == UInt8(ascii: "+") ? 1 : -1
        let hours = number(1, 2), minutes = number(4, 2)
        position += 6
        guard hours <= 14, minutes <= 59 else {
            report(.invalidTime(String(decoding: bytes[start..<position], as: UTF8.self)), start, position)
            return nil
        }
        return sign * Int64(hours * 3600 + minutes * 60)
    }
}
