import ShopSyncCore

extension Parser {
    /// expression = or-expression
    /// or-expression = and-expression { "or" and-expression }
    mutating func parseExpression() throws(ParseFailure) -> Expression {
        try enterNesting()
        defer { nesting -= 1 }
        var left = try parseAndExpression()
        while accept(.or) {
            skipNewlines()
            let right = try parseAndExpression()
            left = Expression(.or(left, right), left.range.union(right.range))
        }
        return left
    }

    /// and-expression = not-expression { "and" not-expression }
    mutating func parseAndExpression() throws(ParseFailure) -> Expression {
        var left = try parseNotExpression()
        while accept(.and) {
            skipNewlines()
            let right = try parseNotExpression()
            left = Expression(.and(left, right), left.range.union(right.range))
        }
        return left
    }

    /// not-expression = "not" not-expression | predicate
    mutating func parseNotExpression() throws(ParseFailure) -> Expression {
        let start = current.range
        guard accept(.not) else { return try parsePredicate() }
        try enterNesting()
        defer { nesting -= 1 }
        let operand = try parseNotExpression()
        return Expression(.not(operand), start.union(operand.range))
    }

    /// predicate = sum [ comparison sum | [ "not" ] "in" in-list
    ///                 | [ "not" ] "between" sum "and" sum | [ "not" ] "like" sum
    ///                 | "is" [ "not" ] "empty" ]
    mutating func parsePredicate() throws(ParseFailure) -> Expression {
        let left = try parseSum()
        if current.isPunctuation(.doubleEqual) { throw fail(.doubleEqual, current.range) }
        if let op = comparisonOperator {
            advance()
            skipNewlines()
            let right = try parseSum()
            return Expression(.compare(op, left, right), left.range.union(right.range))
        }
        let negated = current.isKeyword(.not)
            && [.keyword(.in), .keyword(.between), .keyword(.like)].contains(peek().kind)
        if negated { advance() }
        if accept(.in) { return try parseInList(left, negated: negated) }
        if accept(.between) {
            skipNewlines()
            let low = try parseSum()
            _ = try expect(.and, "'and' in 'between ... and ...'")
            skipNewlines()
            let high = try parseSum()
            return Expression(.between(left, low: low, high: high, negated: negated),
                              left.range.union(high.range))
        }
        if accept(.like) {
            skipNewlines()
            let pattern = try parseSum()
            return Expression(.like(left, pattern: pattern, negated: negated),
                              left.range.union(pattern.range))
        }
        guard current.isKeyword(.is) else { return left }
        advance()
        let isNot = accept(.not)
        let end = try expect(.empty, "'empty' after 'is'")
        return Expression(.isEmpty(left, negated: isNot), left.range.union(end.range))
    }

    /// in-list = "(" expression { "," expression } ")" | postfix
    mutating func parseInList(_ left: Expression, negated: Bool) throws(ParseFailure) -> Expression {
        skipNewlines()
        let items: Expression
        if current.isPunctuation(.leftParen) {
            let open = current.range
            let elements = try parseDelimited(open: .leftParen, close: .rightParen)
            items = Expression(.list(elements), open.union(previousRange))
        } else {
            items = try parsePostfix()
        }
        return Expression(.isIn(left, items, negated: negated), left.range.union(items.range))
    }

    var comparisonOperator: ComparisonOperator? {
        guard case .punctuation(let p) = current.kind else { return nil }
        switch p {
        case .equal: return .equal
        case .notEqual, .angleNotEqual: return .notEqual
        case .less: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        default: return nil
        }
    }

    /// sum = product { ( "+" | "-" ) product }
    mutating func parseSum() throws(ParseFailure) -> Expression {
        var left = try parseProduct()
        while let op = binaryOperator([.plus, .minus]) {
            advance()
            skipNewlines()
            let right = try parseProduct()
            left = Expression(.arithmetic(op, left, right), left.range.union(right.range))
        }
        return left
    }

    /// product = unary { ( "*" | "/" | "%" ) unary }
    mutating func parseProduct() throws(ParseFailure) -> Expression {
        var left = try parseUnary()
        while let op = binaryOperator([.star, .slash, .percent]) {
            advance()
            skipNewlines()
            let right = try parseUnary()
            left = Expression(.arithmetic(op, left, right), left.range.union(right.range))
        }
        return left
    }

    func binaryOperator(_ allowed: [Punctuation]) -> ArithmeticOperator? {
        guard case .punctuation(let p) = current.kind, allowed.contains(p) else { return nil }
        return ArithmeticOperator(rawValue: p.rawValue)
    }

    /// unary = "-" unary | postfix
    mutating func parseUnary() throws(ParseFailure) -> Expression {
        let start = current.range
        guard accept(.minus) else { return try parsePostfix() }
        try enterNesting()
        defer { nesting -= 1 }
        let operand = try parseUnary()
        return Expression(.negate(operand), start.union(operand.range))
    }

    /// postfix = primary { "." identifier | "[" expression "]" }
    mutating func parsePostfix() throws(ParseFailure) -> Expression {
        var base = try parsePrimary()
        while true {
            if current.isPunctuation(.dot) {
                advance()
                let member = try expectIdentifier("a field name after '.'")
                base = Expression(.member(base, member), base.range.union(member.range))
            } else if current.isPunctuation(.leftBracket) {
                bracketDepth += 1
                advance()
                let key = try parseExpression()
                let close = try expectClose(.rightBracket, open: "[", at: base.range)
                base = Expression(.index(base, key), base.range.union(close))
            } else {
                return base
            }
        }
    }
}
