import Testing
@testable import ShsLanguage

private let depth = 10_000
private let tooDeep = DiagnosticMessage.expected("at most \(Parser.maximumNesting) levels of nesting",
                                                 found: "deeper nesting")

private func parse(_ text: String) -> ParseResult {
    Parser.parse(SourceFile(name: "deep.shs", text: text))
}

@Suite("Parser: deep nesting gives a diagnostic, not a stack overflow")
struct NestingTests {
    @Test("nested brackets of every kind, 10,000 deep", arguments: [
        ("(", ")"), ("[", "]"), ("{a: ", "}"), ("f(", ")"), ("m[", "]"), ("-", ""), ("not ", ""),
    ])
    func deepBrackets(open: String, close: String) {
        let text = "print " + String(repeating: open, count: depth) + "1"
            + String(repeating: close, count: depth) + "\nprint 2"
        let result = parse(text)
        #expect(result.diagnostics.first?.message == tooDeep)
        #expect(result.diagnostics.count == 1)
        #expect(ASTDump.script(result.script) == "(print 2)")
    }

    @Test("'not not not ...' 10,000 deep is reported once")
    func deepNot() {
        let text = "assert " + String(repeating: "not ", count: depth) + "x"
        #expect(parse(text).diagnostics.map(\.message) == [tooDeep])
    }

    @Test("a command term nested 10,000 deep is reported once")
    func deepCommandTerm() {
        let text = "sync " + String(repeating: "(", count: depth) + "1"
        #expect(parse(text).diagnostics.map(\.message) == [tooDeep])
    }

    @Test("'if ... then' nested 10,000 deep is reported and parsing still returns")
    func deepIf() {
        let text = String(repeating: "if x then\n", count: depth)
            + String(repeating: "end\n", count: depth) + "print 2"
        let result = parse(text)
        #expect(result.diagnostics.first?.message == tooDeep)
        let line = result.diagnostics.first.map { $0.file.location(of: $0.range.start).line }
        #expect(line == Parser.maximumNesting)
        #expect(ASTDump.script(result.script).hasSuffix("(print 2)"))
    }

    @Test("nesting just under the limit parses cleanly")
    func underTheLimit() {
        let levels = Parser.maximumNesting / 3
        let text = "print " + String(repeating: "(", count: levels) + "1"
            + String(repeating: ")", count: levels)
        #expect(parse(text).diagnostics.isEmpty)
    }
}

@Suite("Parser: long lines of junk")
struct JunkLineTests {
    /// Each diagnostic renders the whole source line, so one error per character made
    /// rendering quadratic (8,000 '@' took 23 s); a run of them is now one error.
    @Test("a line of 20,000 unexpected characters gives one diagnostic for the run")
    func junkLine() {
        let text = "print " + String(repeating: "@", count: 20_000)
        let result = Parser.parse(SourceFile(name: "junk.shs", text: text))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.range == SourceRange(6, 20_006))
        #expect(DiagnosticRenderer.render(result.diagnostics).hasPrefix("junk.shs:1:7: error:"))
    }
}
