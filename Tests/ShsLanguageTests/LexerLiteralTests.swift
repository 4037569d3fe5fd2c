import Foundation
import ShopSyncCore
import Testing
@testable import ShsLanguage

@Suite("Lexer: literals")
struct LexerLiteralTests {
    @Test("a string understands every escape: \\n \\t \\r \\\" \\\\ and \\u{...}")
    func stringEscapes() {
        #expect(literal(#""a\nb\tc\rd\"e\\f\u{1F600}\u{41}\u{e9}""#)
            == .string("a\nb\tc\rd\"e\\f😀Aé"))
    }

    @Test("a string keeps non-ASCII text, '#' and blanks as written")
    func stringContent() {
        #expect(literal(#""naïve ☕ # not a comment  ""#) == .string("naïve ☕ # not a comment  "))
        #expect(literal(#""""#) == .string(""))
    }

    @Test("a block string spans lines and drops the line break after its opening quotes")
    func blockString() {
        let text = "\"\"\"\nline 1\n  \"quoted\" and \"\"\n\\tline 3\"\"\""
        #expect(literal(text) == .string("line 1\n  \"quoted\" and \"\"\n\tline 3"))
        #expect(literal("\"\"\"one line\"\"\"") == .string("one line"))
    }

    @Test("integers are Int64, up to its largest value")
    func integers() {
        #expect(literal("0") == .int(0))
        #expect(literal("42") == .int(42))
        #expect(literal("9223372036854775807") == .int(Int64.max))
        #expect(kinds("-7") == [punct(.minus), int(7)])
    }

    @Test("'12.50' is an exact Decimal, not a Double")
    func decimals() {
        #expect(literal("12.50") == decimal("12.5"))
        #expect(literal("0.1") == decimal("0.1"))
        guard case .decimal(let d)? = literal("0.1") else { return }
        #expect(d + Decimal(string: "0.2")! == Decimal(string: "0.3")!)
    }

    @Test("a decimal keeps all of 38 digits exactly")
    func decimalPrecision() {
        let text = "1234567890123456789012345678901234567.8"
        guard case .decimal(let d)? = literal(text) else {
            Issue.record("not a decimal")
            return
        }
        #expect(DecimalText.format(d) == text)
    }

    @Test("dates are real calendar days, leap days included")
    func dates() {
        #expect(literal("2026-12-01") == .date(date(2026, 12, 1)))
        #expect(literal("2024-02-29") == .date(date(2024, 2, 29)))
    }

    @Test("date-times: 'Z', an offset, or none (UTC), with or without seconds")
    func dateTimes() {
        let day = date(2026, 12, 1)
        #expect(literal("2026-12-01T10:30Z")
            == .dateTime(Timestamp(date: day, time: time(10, 30))))
        #expect(literal("2026-12-01T10:30:15+02:00")
            == .dateTime(Timestamp(date: day, time: time(8, 30, 15))))
        #expect(literal("2026-12-01T10:30-05:30")
            == .dateTime(Timestamp(date: day, time: time(16, 0))))
        #expect(literal("2026-12-01T23:59:59")
            == .dateTime(Timestamp(date: day, time: time(23, 59, 59))))
    }

    @Test("times of day: two-digit or one-digit hours, optional seconds")
    func times() {
        #expect(literal("06:00") == .time(time(6, 0)))
        #expect(literal("6:05") == .time(time(6, 5)))
        #expect(literal("22:30:15") == .time(time(22, 30, 15)))
        #expect(literal("23:59") == .time(time(23, 59)))
    }

    @Test("durations in every unit, composite '1h30m' and '250ms'")
    func durations() {
        let expected: [(String, Int64)] = [
            ("250ms", 250), ("90s", 90_000), ("15m", 900_000), ("2h", 7_200_000),
            ("7d", 604_800_000), ("1w", 604_800_000), ("1h30m", 5_400_000),
            ("1d2h3m4s5ms", 93_784_005), ("0s", 0),
        ]
        for (text, milliseconds) in expected {
            #expect(literal(text) == .duration(TimeSpan(milliseconds: milliseconds)), "\(text)")
        }
    }

    @Test("true and false are boolean literals")
    func booleans() {
        #expect(kinds("true false") == [.literal(.bool(true)), .literal(.bool(false))])
    }

    @Test("literals end where the next token starts")
    func literalBoundaries() {
        #expect(kinds("[06:00,7d,2026-01-02]") == [
            punct(.leftBracket), .literal(.time(time(6, 0))), punct(.comma),
            .literal(.duration(.days(7))), punct(.comma), .literal(.date(date(2026, 1, 2))),
            punct(.rightBracket),
        ])
    }
}
