import ShopSyncCore

extension Parser {
    /// primary = literal | "empty" | call | query | identifier | "(" expression ")" | list | record
    mutating func parsePrimary() throws(ParseFailure) -> Expression {
        let token = current
        switch token.kind {
        case .literal(let value):
            advance()
            return Expression(.literal(value), token.range)
        case .keyword(.empty):
            advance()
            return Expression(.literal(.null), token.range)
        case .identifier(let name):
            advance()
            if current.isPunctuation(.leftParen) { return try parseCall(Name(name, token.range)) }
            if !inFilter && (current.isKeyword(.where) || current.isKeyword(.limit) || atOrderBy) {
                return try parseQuery(Name(name, token.range))
            }
            return Expression(.name(name), token.range)
        case .punctuation(.leftParen):
            try enterNesting()
            defer { nesting -= 1 }
            bracketDepth += 1
            advance()
            let inner = try parseExpression()
            let close = try expectClose(.rightParen, open: "(", at: token.range)
            return Expression(inner.kind, token.range.union(close))
        case .punctuation(.leftBracket):
            let items = try parseDelimited(open: .leftBracket, close: .rightBracket)
            return Expression(.list(items), token.range.union(previousRange))
        case .punctuation(.leftBrace):
            return try parseRecord()
        default:
            throw fail(.expected("an expression", found: token.spelling), token.range)
        }
    }

    /// call = identifier "(" [ expression { "," expression } ] ")"
    mutating func parseCall(_ name: Name) throws(ParseFailure) -> Expression {
        let saved = inFilter
        inFilter = false
        defer { inFilter = saved }
        let arguments = try parseDelimited(open: .leftParen, close: .rightParen)
        return Expression(.call(name, arguments), name.range.union(previousRange))
    }

    /// query = identifier [ "where" expression ] [ ordering ] [ "limit" expression ]
    mutating func parseQuery(_ entity: Name) throws(ParseFailure) -> Expression {
        var filter: Expression?
        if accept(.where) {
            skipNewlines()
            inFilter = true
            defer { inFilter = false }
            filter = try parseExpression()
        }
        let ordering = atOrderBy ? try parseOrdering() : []
        let limit = accept(.limit) ? try parseExpression() : nil
        let query = Query(entity: entity, filter: filter, ordering: ordering, limit: limit)
        return Expression(.query(query), entity.range.union(previousRange))
    }

    /// record = "{" [ record-field { "," record-field } ] "}"
    /// record-field = ( identifier | string ) ":" expression
    mutating func parseRecord() throws(ParseFailure) -> Expression {
        let open = current.range
        try enterNesting()
        defer { nesting -= 1 }
        bracketDepth += 1
        advance()
        var fields: [(key: Name, value: Expression)] = []
        while !current.isPunctuation(.rightBrace) {
            let key: Name
            switch current.kind {
            case .identifier(let text), .literal(.string(let text)): key = Name(text, current.range)
            case .keyword(let keyword): key = Name(keyword.rawValue, current.range)
            default: throw fail(.expected("a field name", found: current.spelling), current.range)
            }
            advance()
            guard accept(.colon) else {
                throw fail(.expected("':' after the field name", found: current.spelling), current.range)
            }
            fields.append((key, try parseExpression()))
            guard accept(.comma) else { break }
        }
        let close = try expectClose(.rightBrace, open: "{", at: open)
        return Expression(.record(fields), open.union(close))
    }

    /// A comma-separated list between brackets; a trailing comma is allowed.
    mutating func parseDelimited(open: Punctuation, close: Punctuation)
        throws(ParseFailure) -> [Expression]
    {
        let openRange = current.range
        try enterNesting()
        defer { nesting -= 1 }
        bracketDepth += 1
        advance()
        var items: [Expression] = []
        while !current.isPunctuation(close) {
            items.append(try parseExpression())
            guard accept(.comma) else { break }
        }
        _ = try expectClose(close, open: open.rawValue, at: openRange)
        return items
    }

    /// Expects a closing bracket; a missing one points back at the opening one.
    mutating func expectClose(_ close: Punctuation, open: String, at openRange: SourceRange)
        throws(ParseFailure) -> SourceRange
    {
        let token = current
        guard token.isPunctuation(close) else {
            let line = file.location(of: openRange.start).line
            throw fail(.unclosedDelimiter(open: open, close: close.rawValue, line: line), token.range)
        }
        bracketDepth -= 1
        advance()
        return token.range
    }
}
