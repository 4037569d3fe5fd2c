/// A problem found in a script, with where it is. Lexer, parser and binder never throw: they
/// collect these and the caller decides; `DiagnosticRenderer` prints them, in one format.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public let severity: Severity
    public let message: DiagnosticMessage
    public let range: SourceRange
    /// The file the range points into (an included file, for its own errors).
    public let file: SourceFile
    /// Further places worth showing, e.g. where an unclosed block was opened.
    public let notes: [Note]

    public struct Note: Hashable, Sendable {
        public let text: String
        public let range: SourceRange
        public init(_ text: String, _ range: SourceRange) {
            self.text = text
            self.range = range
        }
    }

    public init(_ message: DiagnosticMessage, at range: SourceRange, in file: SourceFile,
                severity: Severity = .error, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.file = file
        self.notes = notes
    }

    /// `file:line:col`, 1-based.
    public var location: String {
        let (line, column) = file.location(of: range.start)
        return "\(file.name):\(line):\(column)"
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.message == b.message && a.range == b.range
            && a.file === b.file && a.notes == b.notes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(range)
    }
}

/// The one place diagnostics become text:
///
///     nightly.shs:12:7: error: expected 'end' to close 'schedule' opened at line 9
///        12 | sync orders where
///           |       ^~~~~~
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic) -> String {
        var out = "\(diagnostic.location): \(diagnostic.severity.rawValue): "
            + diagnostic.message.text + "\n"
        out += excerpt(diagnostic.file, diagnostic.range)
        for note in diagnostic.notes {
            let (line, column) = diagnostic.file.location(of: note.range.start)
            out += "\(diagnostic.file.name):\(line):\(column): note: \(note.text)\n"
            out += excerpt(diagnostic.file, note.range)
        }
        return out
    }

    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// The source line with a gutter, and a caret under the range (`~` for the rest of it).
    static func excerpt(_ file: SourceFile, _ range: SourceRange) -> String {
        let (line, column) = file.location(of: range.start)
        let text = file.line(line).replacingTabs()
        let gutter = String(line)
        let blank = String(repeating: " ", count: gutter.count)
        let (endLine, endColumn) = file.location(of: range.end)
        let width = endLine == line ? max(1, endColumn - column) : max(1, text.count - column + 1)
        let marker = "^" + String(repeating: "~", count: width - 1)
        let pad = String(repeating: " ", count: max(0, column - 1))
        return " \(gutter) | \(text)\n \(blank) | \(pad)\(marker)\n"
    }
}

extension String {
    /// Tabs become single spaces so a caret lines up with the character above it.
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
