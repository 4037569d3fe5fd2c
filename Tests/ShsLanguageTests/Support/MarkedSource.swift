import Testing
@testable import ShsLanguage

/// Script text written with markers where diagnostics must point: `"print (1 + ⓪"`, or
/// `"let x = ⓪==⓵ 2"` for a range. The markers are stripped; their byte offsets are kept.
struct MarkedSource {
    static let markers: [Character] = ["⓪", "⓵", "⓶", "⓷", "⓸", "⓹"]

    /// The text without markers: what the parser sees.
    let text: String
    private let offsets: [Int: Int]

    init(_ marked: String) {
        var text = ""
        var offsets: [Int: Int] = [:]
        for character in marked {
            if let marker = MarkedSource.markers.firstIndex(of: character) {
                offsets[marker] = text.utf8.count
            } else {
                text.append(character)
            }
        }
        self.text = text
        self.offsets = offsets
    }

    /// The UTF-8 byte offset of a marker in the stripped text.
    func offset(_ marker: Int) -> Int? {
        offsets[marker]
    }

    /// Line and column of a byte offset, counted here independently of `SourceFile`.
    func lineColumn(ofByte offset: Int) -> (line: Int, column: Int) {
        let prefix = String(decoding: Array(text.utf8)[..<offset], as: UTF8.self)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }
}

/// What one diagnostic must say and where, by marker number.
struct ExpectedDiagnostic: CustomStringConvertible {
    let message: DiagnosticMessage
    let start: Int
    let end: Int?
    let notes: [String]?

    static func error(_ message: DiagnosticMessage, at start: Int = 0, to end: Int? = nil,
                      notes: [String]? = nil) -> ExpectedDiagnostic {
        ExpectedDiagnostic(message: message, start: start, end: end, notes: notes)
    }

    var description: String { "\(message.text) at marker \(start)" }
}

/// Parses marked source and checks its diagnostics: messages, byte ranges, and the line and
/// column `Diagnostic.location` reports, against positions counted from the markers.
@discardableResult
func expectDiagnostics(
    _ marked: String, _ expected: [ExpectedDiagnostic],
    lexerOnly: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) -> ParseResult {
    let source = MarkedSource(marked)
    let file = SourceFile(name: "test.shs", text: source.text)
    let result = Parser.parse(file)
    let actual = lexerOnly
        ? Lexer.tokenize(file).lexer.diagnostics.sorted { $0.range.start < $1.range.start }
        : result.diagnostics
    guard actual.count == expected.count else {
        let listing = DiagnosticRenderer.render(actual)
        Issue.record("expected \(expected.count) diagnostics, got \(actual.count):\n\(listing)",
                     sourceLocation: sourceLocation)
        return result
    }
    for (diagnostic, wanted) in zip(actual, expected) {
        check(diagnostic, wanted, source, sourceLocation)
    }
    return result
}

private func check(_ diagnostic: Diagnostic, _ wanted: ExpectedDiagnostic, _ source: MarkedSource,
                   _ sourceLocation: SourceLocation) {
    #expect(diagnostic.message == wanted.message, sourceLocation: sourceLocation)
    guard let start = source.offset(wanted.start) else {
        Issue.record("marker \(wanted.start) is missing", sourceLocation: sourceLocation)
        return
    }
    #expect(diagnostic.range.start == start, "start of \(wanted)", sourceLocation: sourceLocation)
    if let endMarker = wanted.end {
        #expect(diagnostic.range.end == source.offset(endMarker), "end of \(wanted)",
                sourceLocation: sourceLocation)
    }
    let (line, column) = source.lineColumn(ofByte: start)
    #expect(diagnostic.location == "test.shs:\(line):\(column)", sourceLocation: sourceLocation)
    if let notes = wanted.notes {
        #expect(diagnostic.notes.map(\.text) == notes, sourceLocation: sourceLocation)
    }
}

/// Parses text that must be free of diagnostics and returns the shape of its syntax tree.
func shape(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let result = Parser.parse(SourceFile(name: "test.shs", text: text))
    #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer.render(result.diagnostics))",
            sourceLocation: sourceLocation)
    return ASTDump.script(result.script)
}

/// The single statement of a script that must parse cleanly.
func onlyStatement(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Statement? {
    let result = Parser.parse(SourceFile(name: "test.shs", text: text))
    #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer.render(result.diagnostics))",
            sourceLocation: sourceLocation)
    #expect(result.script.statements.count == 1, sourceLocation: sourceLocation)
    return result.script.statements.first
}

/// The rendered text of every diagnostic of a script, for comparison with a literal.
func rendered(_ text: String, name: String = "test.shs") -> String {
    let result = Parser.parse(SourceFile(name: name, text: text))
    return DiagnosticRenderer.render(result.diagnostics)
}

/// Asserts the full rendering: `file:line:col: error: message`, the source line, the caret.
func expectRendered(_ text: String, _ expected: String, name: String = "test.shs",
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = rendered(text, name: name)
    #expect(actual == expected, "rendered:\n\(actual)\nexpected:\n\(expected)",
            sourceLocation: sourceLocation)
}
