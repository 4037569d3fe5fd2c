/// Productions shared by executable and type system documents.
extension Parser {
    /// Value[Const] : Variable | IntValue | FloatValue | StringValue | BooleanValue
    ///              | NullValue | EnumValue | ListValue | ObjectValue
    mutating func parseValue(isConst: Bool) throws(SyntaxError) -> Value {
        switch token.kind {
        case .dollar where !isConst:
            _ = try advance()
            return .variable(try parseName())
        case .int: return .int(try advance().text)
        case .float: return .float(try advance().text)
        case .string, .blockString: return .string(try advance().text)
        case .leftBracket: return try parseListValue(isConst: isConst)
        case .leftBrace: return try parseObjectValue(isConst: isConst)
        case .name: return try parseNameValue()
        default: throw unexpected()
        }
    }

    /// BooleanValue, NullValue or EnumValue.
    mutating func parseNameValue() throws(SyntaxError) -> Value {
        let name = try advance().text
        switch name {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "null": return .null
        default: return .enumValue(name)
        }
    }

    /// ListValue : [ ] | [ Value+ ]
    mutating func parseListValue(isConst: Bool) throws(SyntaxError) -> Value {
        try enter()
        defer { leave() }
        try expect(.leftBracket)
        var items: [Value] = []
        while try !skip(.rightBracket) {
            items.append(try parseValue(isConst: isConst))
        }
        return .list(items)
    }

    /// ObjectValue : { } | { ObjectField+ }
    mutating func parseObjectValue(isConst: Bool) throws(SyntaxError) -> Value {
        try enter()
        defer { leave() }
        try expect(.leftBrace)
        var fields: [Value.ObjectField] = []
        while try !skip(.rightBrace) {
            let location = token.location
            let name = try parseName()
            try expect(.colon)
            let value = try parseValue(isConst: isConst)
            fields.append(Value.ObjectField(name: name, value: value, location: location))
        }
        return .object(fields)
    }

    /// Type : NamedType | ListType | NonNullType
    mutating func parseTypeRef() throws(SyntaxError) -> TypeRef {
        try enter()
        defer { leave() }
        var type: TypeRef
        if try skip(.leftBracket) {
            type = .list(try parseTypeRef())
            try expect(.rightBracket)
        } else {
            type = .named(try parseName())
        }
        if try skip(.bang) { type = .nonNull(type) }
        return type
    }

    /// Arguments[Const] : ( Argument+ )
    mutating func parseArguments(isConst: Bool) throws(SyntaxError) -> [Argument] {
        guard try skip(.leftParen) else { return [] }
        var arguments: [Argument] = []
        repeat {
            let location = token.location
            let name = try parseName()
            try expect(.colon)
            let value = try parseValue(isConst: isConst)
            arguments.append(Argument(name: name, value: value, location: location))
        } while try !skip(.rightParen)
        return arguments
    }

    /// Directives[Const] : Directive+ ; Directive : @ Name Arguments?
    mutating func parseDirectives(isConst: Bool) throws(SyntaxError) -> [Directive] {
        var directives: [Directive] = []
        while token.kind == .at {
            let location = try advance().location
            let name = try parseName()
            let arguments = try parseArguments(isConst: isConst)
            directives.append(Directive(name: name, arguments: arguments, location: location))
        }
        return directives
    }
}
