import Testing
@testable import GraphQL

@Suite("parse errors are values with Shopify's wording and a location")
struct ParserErrorTests {
    @Test("an unclosed selection set reports end of file at the last token, as Shopify does")
    func endOfFile() throws {
        let source = "query GraphqlBaseValidationInvalidSyntax {\n  shop {\n    id\n"
        let error = try #require(parseError(source))
        #expect(error.message == "syntax error, unexpected end of file at [3, 5]")
        #expect(error.locations == [SourcePosition(line: 3, column: 5)])
        #expect(error.code == "PARSE_ERROR")
        #expect(error.json["extensions"]?["code"] == .string("PARSE_ERROR"))
    }

    @Test("an unexpected token is named and quoted", arguments: [
        ("{ a(b: ) }", "syntax error, unexpected RPAREN (\")\") at [1, 8]"),
        ("query Q { }", "syntax error, unexpected RCURLY (\"}\") at [1, 11]"),
        ("{ a }}", "syntax error, unexpected RCURLY (\"}\") at [1, 6]"),
        ("subscriptio { a }", "syntax error, unexpected IDENTIFIER (\"subscriptio\") at [1, 1]"),
        ("fragment on on T { a }", "syntax error, unexpected IDENTIFIER (\"on\") at [1, 10]"),
        ("{ a(x: 1 }", "syntax error, unexpected RCURLY (\"}\") at [1, 10]"),
        ("query ($a Int) { a }", "syntax error, unexpected IDENTIFIER (\"Int\") at [1, 11]"),
    ])
    func unexpectedToken(source: String, message: String) {
        #expect(parseError(source)?.message == message)
    }

    @Test("lexical errors point at the offending character", arguments: [
        ("{ a(b: \"open) }", "syntax error, unterminated string at [1, 8]"),
        ("{ a(b: 01) }", "syntax error, invalid number \"01\" at [1, 8]"),
        ("{ a(b: 1.) }", "syntax error, invalid number \"1.\" at [1, 8]"),
        ("{ a(b: 12abc) }", "syntax error, invalid number \"12a\" at [1, 8]"),
        ("{\n  a %\n}", "syntax error, unexpected character \"%\" at [2, 5]"),
        ("{ a(b: \"\\q\") }", "syntax error, invalid escape sequence in string at [1, 8]"),
        ("{ a .. }", "syntax error, unexpected character \".\" at [1, 5]"),
        ("{ a(b: \"\"\"never closed) }", "syntax error, unterminated string at [1, 8]"),
    ])
    func lexicalErrors(source: String, message: String) {
        #expect(parseError(source)?.message == message)
    }

    @Test("columns count characters, not bytes")
    func unicodeColumns() {
        let error = parseError("{ a(b: \"é\") % }")
        #expect(error?.locations == [SourcePosition(line: 1, column: 13)])
    }

    @Test("an empty document is an error, not a crash")
    func emptyDocument() {
        #expect(parseError("")?.message == "syntax error, unexpected end of file at [1, 1]")
        #expect(parseError("   # only a comment")?.code == "PARSE_ERROR")
    }

    @Test("deep nesting is refused instead of overflowing the stack")
    func deepNesting() {
        let source = "{ a(b: " + String(repeating: "[", count: 10_000) + " }"
        #expect(parseError(source)?.message.contains("nested too deeply") == true)
        let selections = String(repeating: "{ a ", count: 5_000)
        #expect(parseError(selections)?.code == "PARSE_ERROR")
    }
}
