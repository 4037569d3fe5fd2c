import ShopSyncCore

extension Parser {
    /// statement = let-statement | if-statement | for-statement | include-statement
    ///           | print-statement | assert-statement | exit-statement | command
    mutating func parseStatement() throws(ParseFailure) -> Statement {
        try enterNesting()
        defer { nesting -= 1 }
        switch current.kind {
        case .keyword(.let): return try parseLetStatement()
        case .keyword(.if): return try parseIfStatement()
        case .keyword(.for): return try parseForStatement()
        case .keyword(.include): return try parseIncludeStatement()
        case .keyword(.print): return try parsePrintStatement()
        case .keyword(.assert): return try parseAssertStatement()
        case .keyword(.exit): return try parseExitStatement()
        default: return try parseCommand()
        }
    }

    /// let-statement = "let" identifier "=" ( expression | command )
    mutating func parseLetStatement() throws(ParseFailure) -> Statement {
        let start = current.range
        advance()
        let name = try expectIdentifier("a variable name")
        guard accept(.equal) else {
            throw fail(.expected("'='", found: current.spelling), current.range)
        }
        skipNewlines()
        if startsCommand {
            let command = try parseCommand()
            guard case .command(let bound) = command.kind else { return command }
            return Statement(.letCommand(name: name, command: bound), start.union(command.range))
        }
        let value = try parseExpression()
        return Statement(.let(name: name, value: value), start.union(value.range))
    }

    /// A word followed by another word or a value is a command (`let no = sales order add ...`);
    /// a word alone, or followed by an operator, a call, a member or a query clause
    /// (`items order by no`), is an expression.
    var startsCommand: Bool {
        guard case .identifier = current.kind else { return false }
        switch peek().kind {
        case .identifier("order") where peek(2).kind == .identifier("by"): return false
        case .identifier, .literal, .option: return true
        case .keyword(let keyword):
            return !keyword.endsTerms && ![.and, .or, .not, .in, .is, .between, .like].contains(keyword)
        default: return false
        }
    }

    /// if-statement = "if" expression "then" block [ "else" block ] "end"
    mutating func parseIfStatement() throws(ParseFailure) -> Statement {
        let start = current.range
        advance()
        var condition = Expression(.literal(.bool(false)), start)
        do {
            condition = try parseExpression()
            _ = try expect(.then)
        } catch {
            guard recoverToBlockOpener(.then) else { throw error }
        }
        let thenBlock = parseBlock()
        var elseBlock: [Statement]?
        if accept(.else) { elseBlock = parseBlock() }
        let end = try expectEnd(closing: "if", openedAt: start)
        return Statement(.if(condition: condition, then: thenBlock, else: elseBlock), start.union(end))
    }

    /// for-statement = "for" identifier "in" expression "do" block "end"
    mutating func parseForStatement() throws(ParseFailure) -> Statement {
        let start = current.range
        advance()
        var variable = Name("_", start)
        var sequence = Expression(.list([]), start)
        do {
            variable = try expectIdentifier("a loop variable name")
            _ = try expect(.in)
            sequence = try parseExpression()
            _ = try expect(.do)
        } catch {
            guard recoverToBlockOpener(.do) else { throw error }
        }
        let body = parseBlock()
        let end = try expectEnd(closing: "for", openedAt: start)
        return Statement(.for(variable: variable, sequence: sequence, body: body), start.union(end))
    }

    /// include-statement = "include" string
    mutating func parseIncludeStatement() throws(ParseFailure) -> Statement {
        let start = current.range
        advance()
        guard case .literal(.string(let path)) = current.kind else {
            throw fail(.expected("a file name in quotes", found: current.spelling), current.range)
        }
        let pathRange = current.range
        advance()
        return Statement(.include(path: path, pathRange: pathRange), start.union(pathRange))
    }

    /// print-statement = "print" [ expression { "," expression } ]
    mutating func parsePrintStatement() throws(ParseFailure) -> Statement {
        var range = current.range
        advance()
        var values: [Expression] = []
        if !atStatementEnd {
            repeat {
                skipNewlines()
                let value = try parseExpression()
                values.append(value)
                range = range.union(value.range)
            } while accept(.comma)
        }
        return Statement(.print(values), range)
    }

    /// assert-statement = "assert" expression [ [ "," ] string ]
    mutating func parseAssertStatement() throws(ParseFailure) -> Statement {
        let start = current.range
        advance()
        let condition = try parseExpression()
        var message: Expression?
        if accept(.comma) || isStringLiteral(current) {
            message = try parseExpression()
        }
        return Statement(.assert(condition, message: message),
                         start.union(message?.range ?? condition.range))
    }

    /// exit-statement = "exit" [ expression ]
    mutating func parseExitStatement() throws(ParseFailure) -> Statement {
        let start = current.range
        advance()
        guard !atStatementEnd else { return Statement(.exit(nil), start) }
        let code = try parseExpression()
        return Statement(.exit(code), start.union(code.range))
    }

    /// Expects the `end` of a block; a missing one points back at where the block opened.
    mutating func expectEnd(closing construct: String, openedAt open: SourceRange)
        throws(ParseFailure) -> SourceRange
    {
        let token = current
        guard accept(.end) else {
            let line = file.location(of: open.start).line
            throw fail(.unclosedBlock(construct: construct, line: line), token.range,
                       notes: [Diagnostic.Note("'\(construct)' opened here", open)])
        }
        return token.range
    }

    var atStatementEnd: Bool {
        switch current.kind {
        case .newline, .endOfInput, .punctuation(.semicolon), .keyword(.end), .keyword(.else):
            return true
        default: return false
        }
    }

    func isStringLiteral(_ token: Token) -> Bool {
        if case .literal(.string) = token.kind { return true }
        return false
    }
}
