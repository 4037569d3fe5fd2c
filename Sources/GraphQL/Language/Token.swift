/// The kinds of lexical token of the GraphQL grammar (spec §2.1.6 onwards).
enum TokenKind: Sendable, Equatable {
    case endOfFile
    case bang, dollar, ampersand, leftParen, rightParen, spread, colon, equals, at
    case leftBracket, rightBracket, leftBrace, rightBrace, pipe
    case name, int, float, string, blockString

    /// The token's name in parse error messages, after the Ruby lexer Shopify runs.
    var errorName: String {
        switch self {
        case .endOfFile: "end of file"
        case .bang: "BANG"
        case .dollar: "VAR_SIGN"
        case .ampersand: "AMP"
        case .leftParen: "LPAREN"
        case .rightParen: "RPAREN"
        case .spread: "ELLIPSIS"
        case .colon: "COLON"
        case .equals: "EQUALS"
        case .at: "DIR_SIGN"
        case .leftBracket: "LBRACKET"
        case .rightBracket: "RBRACKET"
        case .leftBrace: "LCURLY"
        case .rightBrace: "RCURLY"
        case .pipe: "PIPE"
        case .name: "IDENTIFIER"
        case .int: "INT"
        case .float: "FLOAT"
        case .string, .blockString: "STRING"
        }
    }
}

/// A token with its text (names, numbers, decoded strings) and where it starts.
struct Token: Sendable {
    var kind: TokenKind
    var text: String
    var location: SourcePosition
    /// The byte offset of the token's first character.
    var offset = 0
}

/// A lexical or syntax error: a message and where it happened.
struct SyntaxError: Error {
    var message: String
    var location: SourcePosition

    var graphQLError: GraphQLError {
        GraphQLError(message: "syntax error, \(message) at \(location)",
                     locations: [location], code: "PARSE_ERROR")
    }
}
