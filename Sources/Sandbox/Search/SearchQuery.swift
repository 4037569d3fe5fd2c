/// A parsed `query:` argument in Shopify's search syntax.
///
/// Terms are `field:value` with the comparators `:` `:<` `:>` `:<=` `:>=`; whitespace or `AND`
/// joins terms, `OR` offers alternatives (binding looser than AND), `NOT` or a leading `-`
/// negates, parentheses group, values may be single- or double-quoted and may end in a `*`
/// prefix wildcard, and `field:a,b` means either value. A term without a field is free text.
public indirect enum SearchQuery: Sendable, Equatable {
    case all
    case term(SearchTerm)
    case not(SearchQuery)
    case and([SearchQuery])
    case or([SearchQuery])
}

public struct SearchTerm: Sendable, Equatable {
    public enum Comparison: String, Sendable {
        case equal = ":", less = ":<", greater = ":>", lessOrEqual = ":<=", greaterOrEqual = ":>="
    }

    /// Lower-cased field name; nil for free text.
    public var field: String?
    public var comparison: Comparison
    /// One or more alternatives (`status:open,closed`).
    public var values: [String]
    /// The value ended in `*`: match by prefix.
    public var isPrefix: Bool
}

/// Why a search query could not be read.
public enum SearchSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    case unterminatedQuote(offset: Int)
    case unbalancedParenthesis(offset: Int)
    case missingValue(field: String)

    public var description: String {
        switch self {
        case .unterminatedQuote(let offset): "unterminated quote at character \(offset)"
        case .unbalancedParenthesis(let offset): "unbalanced parenthesis at character \(offset)"
        case .missingValue(let field): "no value after '\(field):'"
        }
    }
}

/// The lexical pieces of a search query.
enum SearchToken: Equatable {
    case open, close, and, or, not
    /// A bare or quoted word; `quoted` words are never keywords.
    case word(String, quoted: Bool)
}

/// Splits a query into words, quotes and parentheses. `field:'a b'` stays one word: a quote
/// opening inside a word runs to its closing quote.
struct SearchLexer {
    let characters: [Character]
    var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func tokens() throws(SearchSyntaxError) -> [SearchToken] {
        var result: [SearchToken] = []
        while position < characters.count {
            let c = characters[position]
            if c == " " || c == "\t" || c == "\n" {
                position += 1
            } else if c == "(" {
                position += 1
                result.append(.open)
            } else if c == ")" {
                position += 1
                result.append(.close)
            } else {
                result.append(try word())
            }
        }
        return result
    }

    private mutating func word() throws(SearchSyntaxError) -> SearchToken {
        var text = ""
        var quotedWhole = false
        let start = position
        while position < characters.count {
            let c = characters[position]
            if c == " " || c == "\t" || c == "\n" || c == ")" || (c == "(" && !text.isEmpty) { break }
            if c == "\"" || c == "'" {
                quotedWhole = text.isEmpty
                text += try quoted(c)
                continue
            }
            text.append(c)
            position += 1
        }
        if quotedWhole && position - start > 0 { return .word(text, quoted: true) }
        switch text {
        case "AND": return .and
        case "OR": return .or
        case "NOT": return .not
        default: return .word(text, quoted: false)
        }
    }

    private mutating func quoted(_ quote: Character) throws(SearchSyntaxError) -> String {
        let start = position
        position += 1
        var text = ""
        while position < characters.count, characters[position] != quote {
            if characters[position] == "\\", position + 1 < characters.count { position += 1 }
            text.append(characters[position])
            position += 1
        }
        guard position < characters.count else { throw .unterminatedQuote(offset: start) }
        position += 1
        return text
    }
}
