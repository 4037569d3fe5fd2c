/// Reads the search grammar:
///
///     query   = or
///     or      = and { "OR" and }
///     and     = unary { ["AND"] unary }
///     unary   = ("NOT" | "-") unary | "(" or ")" | term
///     term    = [field ":" [ "<" | ">" | "<=" | ">=" ]] value ["*"]
public enum SearchParser {
    /// Parses `text`; blank text matches everything.
    public static func parse(_ text: String) throws(SearchSyntaxError) -> SearchQuery {
        var lexer = SearchLexer(text)
        var reader = Reader(tokens: try lexer.tokens())
        guard !reader.atEnd else { return .all }
        let query = try reader.parseOr()
        if !reader.atEnd { throw .unbalancedParenthesis(offset: reader.position) }
        return query
    }

    struct Reader {
        let tokens: [SearchToken]
        var position = 0

        var atEnd: Bool { position >= tokens.count }
        var peek: SearchToken? { atEnd ? nil : tokens[position] }

        // or = and { "OR" and }
        mutating func parseOr() throws(SearchSyntaxError) -> SearchQuery {
            var parts = [try parseAnd()]
            while peek == .or {
                position += 1
                parts.append(try parseAnd())
            }
            return parts.count == 1 ? parts[0] : .or(parts)
        }

        // and = unary { ["AND"] unary }
        mutating func parseAnd() throws(SearchSyntaxError) -> SearchQuery {
            var parts = [try parseUnary()]
            while let next = peek, next != .or, next != .close {
                if next == .and { position += 1 }
                guard !atEnd else { break }
                parts.append(try parseUnary())
            }
            return parts.count == 1 ? parts[0] : .and(parts)
        }

        // unary = ("NOT" | "-") unary | "(" or ")" | term
        mutating func parseUnary() throws(SearchSyntaxError) -> SearchQuery {
            guard let token = peek else { return .all }
            position += 1
            switch token {
            case .not:
                return .not(try parseUnary())
            case .open:
                let inner = try parseOr()
                guard peek == .close else { throw .unbalancedParenthesis(offset: position) }
                position += 1
                return inner
            case .close, .and, .or:
                throw .unbalancedParenthesis(offset: position - 1)
            case .word(let text, let quoted):
                if !quoted, text.hasPrefix("-"), text.count > 1 {
                    return .not(try Self.term(String(text.dropFirst()), quoted: false))
                }
                return try Self.term(text, quoted: quoted)
            }
        }

        // term = [field ":" [comparator]] value ["*"]
        static func term(_ text: String, quoted: Bool) throws(SearchSyntaxError) -> SearchQuery {
            guard !quoted, let colon = text.firstIndex(of: ":") else {
                return .term(valueTerm(field: nil, comparison: .equal, raw: text, split: false))
            }
            let field = String(text[..<colon]).lowercased()
            var rest = Substring(text[text.index(after: colon)...])
            var comparison = SearchTerm.Comparison.equal
            for candidate in [SearchTerm.Comparison.lessOrEqual, .greaterOrEqual, .less, .greater] {
                let symbol = candidate.rawValue.dropFirst()
                if rest.hasPrefix(symbol) {
                    comparison = candidate
                    rest = rest.dropFirst(symbol.count)
                    break
                }
            }
            guard !rest.isEmpty else { throw .missingValue(field: field) }
            return .term(valueTerm(field: field, comparison: comparison, raw: String(rest),
                                   split: true))
        }

        static func valueTerm(field: String?, comparison: SearchTerm.Comparison, raw: String,
                              split: Bool) -> SearchTerm {
            var value = raw
            let isPrefix = value.hasSuffix("*") && value.count > 1
            if isPrefix { value.removeLast() }
            let values = split && comparison == .equal
                ? value.split(separator: ",").map(String.init) : [value]
            return SearchTerm(field: field, comparison: comparison, values: values,
                              isPrefix: isPrefix)
        }
    }
}
