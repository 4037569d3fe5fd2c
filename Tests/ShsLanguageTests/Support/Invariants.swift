import Foundation
@testable import ShsLanguage

/// What must hold for any input at all: the parser returns, every diagnostic lies within the
/// text and renders, and a clean parse is stable.
enum Invariants {
    /// A description of the first broken invariant, or nil.
    static func violation(in text: String) -> String? {
        let file = SourceFile(name: "fuzz.shs", text: text)
        let result = Parser.parse(file)
        if let problem = diagnosticsProblem(result.diagnostics, byteCount: file.bytes.count) {
            return problem
        }
        return result.diagnostics.isEmpty ? reparseProblem(text, result) : nil
    }

    static func diagnosticsProblem(_ diagnostics: [Diagnostic], byteCount: Int) -> String? {
        var previousStart = 0
        for diagnostic in diagnostics {
            let ranges = [diagnostic.range] + diagnostic.notes.map(\.range)
            if let bad = ranges.first(where: { !within($0, byteCount) }) {
                return "range \(bad) outside 0...\(byteCount) for '\(diagnostic.message.text)'"
            }
            if diagnostic.range.start < previousStart { return "diagnostics not sorted" }
            previousStart = diagnostic.range.start
            let rendered = DiagnosticRenderer.render(diagnostic)
            let heading = diagnostic.location + ": error: " + diagnostic.message.text
            if !rendered.hasPrefix(heading) {
                return "rendering does not start with location and message: \(rendered)"
            }
        }
        return nil
    }

    static func within(_ range: SourceRange, _ count: Int) -> Bool {
        0 <= range.start && range.start <= range.end && range.end <= count
    }

    /// A clean parse gives the same tree and ranges again, and each top-level statement's own
    /// text parses to that statement alone.
    static func reparseProblem(_ text: String, _ first: ParseResult) -> String? {
        let shape = ASTDump.script(first.script)
        let again = Parser.parse(SourceFile(name: "fuzz.shs", text: text))
        if !again.diagnostics.isEmpty || ASTDump.script(again.script) != shape
            || again.script.statements.map(\.range) != first.script.statements.map(\.range) {
            return "a second parse differs"
        }
        for statement in first.script.statements {
            guard within(statement.range, first.script.file.bytes.count) else {
                return "statement range \(statement.range) outside the text"
            }
            let own = first.script.file.text(of: statement.range)
            let alone = Parser.parse(SourceFile(name: "fuzz.shs", text: own))
            let expected = ASTDump.statement(statement)
            if !alone.diagnostics.isEmpty || ASTDump.script(alone.script) != expected {
                return "statement text \(String(reflecting: own)) does not parse to itself"
            }
        }
        return nil
    }
}

/// Runs inputs through the invariants and records the first few failures with their seeds.
struct FuzzRun {
    var checked = 0
    var failures: [String] = []
    /// Set SHS_FUZZ_TRACE=1 to print each seed before parsing, to find the input of a crash.
    let trace = ProcessInfo.processInfo.environment["SHS_FUZZ_TRACE"] != nil

    mutating func check(_ text: String, seed: UInt64, label: String) {
        if trace { FileHandle.standardError.write(Data("\(label) seed \(seed)\n".utf8)) }
        checked += 1
        guard failures.count < 5, let problem = Invariants.violation(in: text) else { return }
        failures.append("\(label) seed \(seed): \(problem)\ninput: \(String(reflecting: text))")
    }
}
