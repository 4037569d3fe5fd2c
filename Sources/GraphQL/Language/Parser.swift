/// Parses GraphQL source. `parseDocument` reads executable documents, `parseSchema` reads
/// SDL; both share the value, type and directive productions below.
///
/// The first syntax error ends parsing, as it does at Shopify, and comes back as a
/// `GraphQLError` with code `PARSE_ERROR`. Every loop consumes a token or fails, and
/// nesting is bounded, so no input hangs or overflows the stack.
public struct Parser {
    var lexer: Lexer
    var token: Token
    /// Where the last consumed token started: Shopify reports end of file there.
    var previousLocation = SourcePosition(line: 1, column: 1)
    var depth = 0
    static let maximumDepth = 128

    init(source: String) throws(SyntaxError) {
        lexer = Lexer(source: source)
        token = Token(kind: .endOfFile, text: "", location: previousLocation, offset: 0)
        token = try lexer.next()
    }

    /// Parses an executable document (operations and fragments).
    public static func parseDocument(_ source: String) -> Result<Document, GraphQLError> {
        do throws(SyntaxError) {
            var parser = try Parser(source: source)
            return .success(try parser.parseExecutableDocument())
        } catch {
            return .failure(error.graphQLError)
        }
    }

    /// Parses a type system (SDL) document.
    public static func parseSchema(_ source: String) -> Result<TypeSystemDocument, GraphQLError> {
        do throws(SyntaxError) {
            var parser = try Parser(source: source)
            return .success(try parser.parseTypeSystemDocument())
        } catch {
            return .failure(error.graphQLError)
        }
    }

    // MARK: Token handling

    mutating func advance() throws(SyntaxError) -> Token {
        let current = token
        previousLocation = current.location
        token = try lexer.next()
        return current
    }

    func unexpected() -> SyntaxError {
        if token.kind == .endOfFile {
            return SyntaxError(message: "unexpected end of file", location: previousLocation)
        }
        let text = token.kind == .name || token.kind == .int || token.kind == .float
            ? token.text : tokenText
        let quoted = JSON.string(text).serialized()
        return SyntaxError(message: "unexpected \(token.kind.errorName) (\(quoted))",
                           location: token.location)
    }

    private var tokenText: String {
        switch token.kind {
        case .string, .blockString: token.text
        case .spread: "..."
        default: String(decoding: [lexer.bytes[token.offset]], as: UTF8.self)
        }
    }

    /// Consumes a token of `kind` or fails.
    @discardableResult
    mutating func expect(_ kind: TokenKind) throws(SyntaxError) -> Token {
        guard token.kind == kind else { throw unexpected() }
        return try advance()
    }

    /// Consumes a token of `kind` when it is next.
    mutating func skip(_ kind: TokenKind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        _ = try advance()
        return true
    }

    func isKeyword(_ word: String) -> Bool {
        token.kind == .name && token.text == word
    }

    mutating func expectKeyword(_ word: String) throws(SyntaxError) {
        guard isKeyword(word) else { throw unexpected() }
        _ = try advance()
    }

    mutating func parseName() throws(SyntaxError) -> String {
        try expect(.name).text
    }

    /// Guards recursive productions; `leave()` must follow every successful `enter()`.
    mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw SyntaxError(message: "document nested too deeply", location: token.location)
        }
    }

    mutating func leave() { depth -= 1 }
}
