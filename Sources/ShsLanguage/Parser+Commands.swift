import ShopSyncCore

extension Parser {
    /// command = term { term | option } [ "where" expression ] [ ordering ] [ "limit" expression ]
    ///           { option } [ "do" block "end" ]
    mutating func parseCommand() throws(ParseFailure) -> Statement {
        let start = current.range
        var terms: [Term] = []
        var options: [Option] = []
        while !atTermsEnd {
            if let option = takeOption() { options.append(option) } else { terms.append(try parseTerm()) }
        }
        guard !terms.isEmpty else {
            throw fail(.expected("a statement", found: current.spelling), current.range)
        }
        var filter: Expression?
        var ordering: [OrderKey] = []
        var limit: Expression?
        do {
            if accept(.where) {
                skipNewlines()
                inFilter = true
                defer { inFilter = false }
                filter = try parseExpression()
            }
            if atOrderBy { ordering = try parseOrdering() }
            if accept(.limit) { limit = try parseExpression() }
            while let option = takeOption() { options.append(option) }
        } catch {
            // A broken clause before a block still lets the block and its 'end' pair up.
            guard recoverToBlockOpener(.do) else { throw error }
            index -= 1
        }
        var block: Command.Block?
        if current.isKeyword(.do) { block = try parseCommandBlock(owner: terms[0]) }
        let range = start.union(block?.range ?? previousRange)
        let command = Command(terms: terms, filter: filter, ordering: ordering, limit: limit,
                              options: options, block: block, range: range)
        return Statement(.command(command), range)
    }

    /// "do" block "end", remembering the body's text range for jobs that store it.
    mutating func parseCommandBlock(owner: Term) throws(ParseFailure) -> Command.Block {
        let open = current.range
        advance()
        let bodyStart = open.end
        let statements = parseBlock()
        let bodyEnd = current.range.start
        let construct: String
        if case .word(let word) = owner.kind { construct = word } else { construct = "do" }
        let end = try expectEnd(closing: construct, openedAt: open)
        return Command.Block(statements: statements, range: open.union(end),
                             bodyRange: SourceRange(bodyStart, bodyEnd))
    }

    /// term = word | literal | "-" number | "(" expression ")" | list | record | "=" expression
    ///      | ".." | "," | ":"
    mutating func parseTerm() throws(ParseFailure) -> Term {
        let token = current
        switch token.kind {
        case .identifier(let word):
            advance()
            return Term(.word(word), token.range)
        case .keyword(let keyword) where !keyword.endsTerms:
            advance()
            return Term(.word(keyword.rawValue), token.range)
        case .literal:
            advance()
            return Term(.value(Expression(.literal(literalValue(token)), token.range)), token.range)
        case .punctuation(.minus) where isNumberLiteral(peek()):
            let value = try parseUnary()
            return Term(.value(value), value.range)
        case .punctuation(.leftParen), .punctuation(.leftBracket), .punctuation(.leftBrace):
            let value = try parsePrimary()
            return Term(.value(value), value.range)
        case .punctuation(.equal):
            advance()
            skipNewlines()
            let value = try parseExpression()
            return Term(.assign(value), token.range.union(value.range))
        case .punctuation(let p) where p == .range || p == .comma || p == .colon:
            advance()
            return Term(.symbol(p), token.range)
        default:
            throw fail(.expected("a command word or value", found: token.spelling), token.range)
        }
    }

    /// ordering = "order" "by" order-key { "," order-key }
    /// order-key = identifier [ "asc" | "desc" ]
    mutating func parseOrdering() throws(ParseFailure) -> [OrderKey] {
        advance()
        advance()
        var keys: [OrderKey] = []
        repeat {
            skipNewlines()
            let field = try expectIdentifier("a field name")
            var descending = false
            if case .identifier(let word) = current.kind, word == "asc" || word == "desc" {
                descending = word == "desc"
                advance()
            }
            keys.append(OrderKey(field: field, descending: descending))
        } while accept(.comma)
        return keys
    }

    /// Where a command's words stop: a clause, a block, the end of the statement.
    var atTermsEnd: Bool {
        if atStatementEnd || atOrderBy { return true }
        if case .keyword(let keyword) = current.kind { return keyword.endsTerms }
        return false
    }

    /// `order` starts an ordering only when `by` follows, so `order "#1001" resolve` stays a command.
    var atOrderBy: Bool {
        guard case .identifier("order") = current.kind, case .identifier("by") = peek().kind else {
            return false
        }
        return true
    }

    mutating func takeOption() -> Option? {
        guard case .option(let name, let value) = current.kind else { return nil }
        let option = Option(name: name, value: value, range: current.range)
        advance()
        return option
    }

    var previousRange: SourceRange {
        var cursor = index - 1
        while cursor > 0 && tokens[cursor].kind == .newline { cursor -= 1 }
        return tokens[max(0, cursor)].range
    }

    func isNumberLiteral(_ token: Token) -> Bool {
        switch token.kind {
        case .literal(.int), .literal(.decimal), .literal(.duration): return true
        default: return false
        }
    }

    func literalValue(_ token: Token) -> Value {
        if case .literal(let value) = token.kind { return value }
        return .null
    }
}
