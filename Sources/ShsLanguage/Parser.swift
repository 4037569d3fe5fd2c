import ShopSyncCore

/// The outcome of parsing: always a script, plus any diagnostics.
public struct ParseResult: Sendable {
    public let script: Script
    public let diagnostics: [Diagnostic]
    /// True when the text stops before a statement could end (an open block, bracket, block
    /// string, trailing operator or `\`): the shell then reads another line instead of failing.
    public let isIncomplete: Bool

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Thrown inside the parser to unwind to the nearest statement after a diagnostic is recorded.
struct ParseFailure: Error {}

/// A recursive-descent parser for the productions in grammar.md. Each `parseX` function is named
/// after the production it parses and quotes it. It never throws to its caller: errors become
/// diagnostics and parsing resumes at the next statement, so one run reports them all.
public struct Parser {
    let file: SourceFile
    let tokens: [Token]
    var index = 0
    /// Open `(`, `[` and `{`: inside them line breaks do not end a statement.
    var bracketDepth = 0
    /// Recursion depth, bounded so no input can exhaust the stack.
    var nesting = 0
    var diagnostics: [Diagnostic] = []
    /// Whether the first error was found at the end of the input (the REPL then reads on).
    var firstErrorKind = FirstError.none
    /// Set while parsing a command's filter, where a nested query makes no sense.
    var inFilter = false

    static let maximumNesting = 200

    public static func parse(_ file: SourceFile) -> ParseResult {
        let (tokens, lexer) = Lexer.tokenize(file)
        var parser = Parser(file: file, tokens: tokens)
        let statements = parser.parseScript()
        let diagnostics = (lexer.diagnostics + parser.diagnostics)
            .sorted { $0.range.start < $1.range.start }
        let incomplete = lexer.endedEarly || (lexer.diagnostics.isEmpty && parser.firstErrorAtEnd)
        return ParseResult(script: Script(file: file, statements: statements),
                           diagnostics: diagnostics, isIncomplete: incomplete)
    }

    init(file: SourceFile, tokens: [Token]) {
        self.file = file
        self.tokens = tokens
    }

    /// True when the first parser error was found at the end of the input.
    var firstErrorAtEnd: Bool { firstErrorKind == .atEnd }

    enum FirstError { case none, atEnd, elsewhere }

    // MARK: - script and blocks

    /// script = { statement ( newline | ";" ) } end-of-input
    mutating func parseScript() -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .endOfInput { return statements }
            if current.isKeyword(.end) || current.isKeyword(.else) {
                report(.endWithoutBlock(current.isKeyword(.end) ? "end" : "else"), current.range)
                advance()
                continue
            }
            if let statement = parseStatementRecovering() { statements.append(statement) }
        }
    }

    /// block = { statement ( newline | ";" ) } — up to 'end' or 'else', which the caller takes.
    mutating func parseBlock() -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .endOfInput || current.isKeyword(.end) || current.isKeyword(.else) {
                return statements
            }
            if let statement = parseStatementRecovering() { statements.append(statement) }
        }
    }

    /// Parses one statement; on failure skips to the next statement boundary.
    mutating func parseStatementRecovering() -> Statement? {
        let start = index
        do {
            let statement = try parseStatement()
            try expectStatementEnd()
            return statement
        } catch {
            recoverToStatementEnd()
            if index == start { advance() }
            return nil
        }
    }

    /// Expects what may follow a statement: a line break, ';', the end, or a closing keyword.
    mutating func expectStatementEnd() throws(ParseFailure) {
        switch current.kind {
        case .newline, .endOfInput, .punctuation(.semicolon), .keyword(.end), .keyword(.else): return
        default: throw fail(.expected("end of statement", found: current.spelling), current.range)
        }
    }

    mutating func skipSeparators() {
        while current.kind == .newline || current.isPunctuation(.semicolon) { advance() }
    }

    // MARK: - tokens

    var current: Token { tokens[index] }

    func peek(_ offset: Int = 1) -> Token {
        tokens[min(index + offset, tokens.count - 1)]
    }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
        if bracketDepth > 0 { skipNewlines() }
    }

    mutating func skipNewlines() {
        while current.kind == .newline { index += 1 }
    }

    /// Consumes the keyword if it is next.
    mutating func accept(_ keyword: Keyword) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func accept(_ punctuation: Punctuation) -> Bool {
        guard current.isPunctuation(punctuation) else { return false }
        advance()
        return true
    }

    mutating func expect(_ keyword: Keyword, _ what: String? = nil) throws(ParseFailure) -> Token {
        let token = current
        guard accept(keyword) else {
            throw fail(.expected(what ?? "'\(keyword.rawValue)'", found: token.spelling), token.range)
        }
        return token
    }

    mutating func expectIdentifier(_ what: String) throws(ParseFailure) -> Name {
        guard case .identifier(let text) = current.kind else {
            throw fail(.expected(what, found: current.spelling), current.range)
        }
        let name = Name(text, current.range)
        advance()
        return name
    }

    // MARK: - errors

    /// Records a diagnostic and returns the failure to throw.
    mutating func fail(_ message: DiagnosticMessage, _ range: SourceRange,
                       notes: [Diagnostic.Note] = []) -> ParseFailure {
        report(message, range, notes: notes)
        return ParseFailure()
    }

    mutating func report(_ message: DiagnosticMessage, _ range: SourceRange,
                         notes: [Diagnostic.Note] = []) {
        // The lexer has reported an invalid token's bytes already; "found invalid input" on
        // top of that would only repeat it.
        if current.kind == .invalid && range == current.range { return }
        if firstErrorKind == .none {
            firstErrorKind = current.kind == .endOfInput && range == current.range ? .atEnd : .elsewhere
        }
        diagnostics.append(Diagnostic(message, at: range, in: file, notes: notes))
    }

    /// Skips to the end of the current statement: a line break or ';' outside brackets, or a
    /// keyword that closes a block. Never consumes the end of input.
    mutating func recoverToStatementEnd() {
        bracketDepth = 0
        while true {
            switch current.kind {
            case .newline, .punctuation(.semicolon), .endOfInput, .keyword(.end), .keyword(.else):
                return
            default: index += 1
            }
        }
    }

    /// After a broken block header, skips to its opening keyword on the same line, if any, so the
    /// block's body and 'end' still pair up instead of cascading errors.
    mutating func recoverToBlockOpener(_ opener: Keyword) -> Bool {
        bracketDepth = 0
        while true {
            switch current.kind {
            case .keyword(opener):
                advance()
                return true
            case .newline, .punctuation(.semicolon), .endOfInput, .keyword(.end): return false
            default: index += 1
            }
        }
    }

    /// Guards recursion: deeply nested input gets an error instead of a stack overflow.
    /// Callers pair it with `defer { nesting -= 1 }` after it succeeded, so a refusal must not
    /// count: a leaked level would make every later statement of the script "too deep".
    mutating func enterNesting() throws(ParseFailure) {
        guard nesting < Parser.maximumNesting else {
            throw fail(.expected("at most \(Parser.maximumNesting) levels of nesting",
                                 found: "deeper nesting"), current.range)
        }
        nesting += 1
    }
}
