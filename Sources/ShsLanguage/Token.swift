import ShopSyncCore

/// Words the grammar reserves. Outside their place most of them may still be command words
/// (`between 06:00 and 22:00`); `where`, `limit`, `do`, `then`, `else` and `end` never are.
public enum Keyword: String, CaseIterable, Sendable {
    case `let`, `if`, then, `else`, end, `for`, `in`, `do`, include, print, assert, exit
    case `where`, limit, and, or, not, `is`, empty, between, like, `true`, `false`

    /// Keywords that end a command's words: a clause or a block starts or ends here.
    public var endsTerms: Bool {
        switch self {
        case .where, .limit, .do, .then, .else, .end: return true
        default: return false
        }
    }
}

/// Punctuation and operators.
public enum Punctuation: String, CaseIterable, Sendable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}", comma = ",", semicolon = ";", colon = ":"
    case dot = ".", range = "..", equal = "=", doubleEqual = "==", notEqual = "!="
    case angleNotEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">"
    case greaterOrEqual = ">=", plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
}

public enum TokenKind: Equatable, Sendable {
    case identifier(String)
    case keyword(Keyword)
    /// A literal: string, integer, decimal, date, date-time, time or duration.
    case literal(Value)
    /// `--name` or `--name=value`: a command option.
    case option(name: String, value: String?)
    case punctuation(Punctuation)
    case newline
    case endOfInput
    /// Bytes the lexer could not read; it has reported a diagnostic already.
    case invalid
}

public struct Token: Equatable, Sendable {
    public let kind: TokenKind
    public let range: SourceRange

    public init(_ kind: TokenKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// How a diagnostic names this token: `'end'`, `string "abc"`, `end of line`.
    public var spelling: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .keyword(let keyword): return "'\(keyword.rawValue)'"
        case .literal(let value): return "\(value.type) \(value.literalText)"
        case .option(let name, _): return "option '--\(name)'"
        case .punctuation(let p): return "'\(p.rawValue)'"
        case .newline: return "end of line"
        case .endOfInput: return "end of input"
        case .invalid: return "invalid input"
        }
    }

    func isPunctuation(_ p: Punctuation) -> Bool { kind == .punctuation(p) }
    func isKeyword(_ k: Keyword) -> Bool { kind == .keyword(k) }
}
