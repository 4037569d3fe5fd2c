import Testing
@testable import ShsLanguage

@Suite("Lexer: diagnostics and where they point")
struct LexerDiagnosticTests {
    @Test("an unterminated string points at its opening quote")
    func unterminatedString() {
        expectDiagnostics("print ⓪\"⓵abc\nprint 2", [.error(.unterminatedString, at: 0, to: 1)],
                          lexerOnly: true)
        expectDiagnostics("print \"ok\", ⓪\"⓵abc", [.error(.unterminatedString, at: 0, to: 1)],
                          lexerOnly: true)
    }

    @Test("an unterminated block string points at its opening quotes")
    func unterminatedBlockString() {
        expectDiagnostics("let body = ⓪\"⓵\"\"\nline\n\"\"", [.error(.unterminatedBlockString, to: 1)],
                          lexerOnly: true)
    }

    @Test("an invalid escape covers the backslash and the character after it")
    func invalidEscape() {
        expectDiagnostics(#"print "a⓪\q⓵b""#, [.error(.invalidEscape("q"), to: 1)], lexerOnly: true)
        expectDiagnostics(#"print "⓪\é⓵""#, [.error(.invalidEscape("é"), to: 1)], lexerOnly: true)
    }

    @Test("a bad unicode escape covers what was read of it")
    func invalidUnicodeEscape() {
        expectDiagnostics(#"print "⓪\u⓵41""#, [.error(.invalidEscape("u"), to: 1)], lexerOnly: true)
        expectDiagnostics(#"print "⓪\u{}⓵""#, [.error(.invalidEscape("u{}"), to: 1)], lexerOnly: true)
        expectDiagnostics(#"print "⓪\u{110000}⓵""#, [.error(.invalidEscape("u{110000}"), to: 1)],
                          lexerOnly: true)
        expectDiagnostics(#"print "⓪\u{D800}⓵""#, [.error(.invalidEscape("u{D800}"), to: 1)],
                          lexerOnly: true)
        expectDiagnostics(#"print "⓪\u{zz}⓵""#, [.error(.invalidEscape("u{zz}"), to: 1)],
                          lexerOnly: true)
    }

    @Test("an unclosed unicode escape stops at the line end and the next line still parses")
    func unclosedUnicodeEscape() {
        let result = expectDiagnostics("print ⓪\"⓵\\u{12⓶\nprint 2", [
            .error(.unterminatedString, at: 0), .error(.invalidEscape("u{12"), at: 1, to: 2),
        ])
        #expect(ASTDump.script(result.script) == "(print 2)")
    }

    @Test("a backslash at the end of a string line is an invalid escape, then unterminated")
    func backslashAtLineEnd() {
        expectDiagnostics("print ⓪\"a⓵\\⓶\nx", [
            .error(.unterminatedString, at: 0), .error(.invalidEscape(""), at: 1, to: 2),
        ], lexerOnly: true)
    }

    @Test("an unexpected ASCII character is reported and lexing goes on")
    func unexpectedASCII() {
        expectDiagnostics("let x = 1 ⓪@⓵ 2 ⓶$⓷", [
            .error(.unexpectedCharacter("@"), at: 0, to: 1),
            .error(.unexpectedCharacter("$"), at: 2, to: 3),
        ], lexerOnly: true)
    }

    @Test("an unexpected non-ASCII character is reported whole, with a column in characters")
    func unexpectedNonASCII() {
        expectDiagnostics("let caf⓪é⓵ = 1", [.error(.unexpectedCharacter("é"), to: 1)],
                          lexerOnly: true)
        expectDiagnostics("print \"☕\" ⓪€⓵ ⓶😀⓷", [
            .error(.unexpectedCharacter("€"), at: 0, to: 1),
            .error(.unexpectedCharacter("😀"), at: 2, to: 3),
        ], lexerOnly: true)
    }

    @Test("a backslash that does not end its line is an unexpected character")
    func strayBackslash() {
        expectDiagnostics("print 1 ⓪\\⓵ 2", [.error(.unexpectedCharacter("\\"), to: 1)],
                          lexerOnly: true)
    }

    @Test("an invalid date such as '2026-02-30' covers the whole date")
    func invalidDate() {
        expectDiagnostics("let d = ⓪2026-02-30⓵", [.error(.invalidDate("2026-02-30"), to: 1)],
                          lexerOnly: true)
        expectDiagnostics("let d = ⓪2026-13-01⓵", [.error(.invalidDate("2026-13-01"), to: 1)],
                          lexerOnly: true)
        expectDiagnostics("let d = ⓪2025-02-29⓵", [.error(.invalidDate("2025-02-29"), to: 1)],
                          lexerOnly: true)
    }

    @Test("an invalid time such as '25:00' covers the whole time")
    func invalidTime() {
        expectDiagnostics("at ⓪25:00⓵", [.error(.invalidTime("25:00"), to: 1)], lexerOnly: true)
        expectDiagnostics("at ⓪12:60⓵", [.error(.invalidTime("12:60"), to: 1)], lexerOnly: true)
        expectDiagnostics("at ⓪2026-01-01T24:00⓵Z",
                          [.error(.invalidTime("2026-01-01T24:00"), to: 1)], lexerOnly: true)
        expectDiagnostics("at ⓪2026-01-01T10:00+15:00⓵",
                          [.error(.invalidTime("2026-01-01T10:00+15:00"), to: 1)], lexerOnly: true)
    }

    @Test("a date-time cut off after the hour's colon is an invalid time, not a crash")
    func cutOffDateTime() {
        expectDiagnostics("at ⓪2026-01-01T10:⓵", [.error(.invalidTime("2026-01-01T10:"), to: 1)],
                          lexerOnly: true)
        expectDiagnostics("at ⓪2026-01-01T10:⓵5 x", [.error(.invalidTime("2026-01-01T10:"), to: 1)],
                          lexerOnly: true)
    }

    @Test("an integer beyond Int64 is too large; a decimal beyond 38 digits too")
    func integerTooLarge() {
        expectDiagnostics("let n = ⓪9223372036854775808⓵",
                          [.error(.integerTooLarge("9223372036854775808"), to: 1)], lexerOnly: true)
        let digits = String(repeating: "9", count: 38) + ".9"
        expectDiagnostics("let n = ⓪\(digits)⓵", [.error(.integerTooLarge(digits), to: 1)],
                          lexerOnly: true)
    }

    @Test("a duration too long for Int64 milliseconds is too large")
    func durationTooLarge() {
        expectDiagnostics("wait ⓪9223372036854775w⓵",
                          [.error(.integerTooLarge("9223372036854775w"), to: 1)], lexerOnly: true)
    }

    @Test("an unknown duration unit such as '5y' points at the unit")
    func unknownDurationUnit() {
        expectDiagnostics("every 5⓪y⓵", [.error(.unknownDurationUnit("y"), to: 1)], lexerOnly: true)
        expectDiagnostics("every 1h30⓪min⓵", [.error(.unknownDurationUnit("min"), to: 1)],
                          lexerOnly: true)
    }

    @Test("a number run into letters after a decimal or time is one unexpected word")
    func invalidSuffix() {
        expectDiagnostics("x ⓪1.5kg⓵", [.error(.unexpectedCharacter("1.5kg"), to: 1)],
                          lexerOnly: true)
        expectDiagnostics("x ⓪1h30⓵", [.error(.unexpectedCharacter("1h30"), to: 1)],
                          lexerOnly: true)
    }

    @Test("one run reports every lexer error, in order")
    func severalErrors() {
        let result = expectDiagnostics("let a = ⓪@\nlet b = ⓵2026-02-30\nlet c = 5⓶y\n", [
            .error(.unexpectedCharacter("@"), at: 0), .error(.invalidDate("2026-02-30"), at: 1),
            .error(.unknownDurationUnit("y"), at: 2),
        ], lexerOnly: true)
        #expect(result.script.statements.count == 0)
    }
}
