/// Productions of type system documents (spec §3), without `extend`.
extension Parser {
    /// TypeSystemDocument : TypeSystemDefinition+
    mutating func parseTypeSystemDocument() throws(SyntaxError) -> TypeSystemDocument {
        var document = TypeSystemDocument(rootTypes: nil, types: [], directives: [])
        repeat {
            let description = try parseDescription()
            guard token.kind == .name else { throw unexpected() }
            switch token.text {
            case "schema": document.rootTypes = try parseSchemaDefinition()
            case "directive":
                document.directives.append(try parseDirectiveDefinition(description))
            default: document.types.append(try parseTypeDefinition(description))
            }
        } while token.kind != .endOfFile
        return document
    }

    /// Description : StringValue
    mutating func parseDescription() throws(SyntaxError) -> String? {
        guard token.kind == .string || token.kind == .blockString else { return nil }
        return try advance().text
    }

    /// SchemaDefinition : schema Directives? { RootOperationTypeDefinition+ }
    mutating func parseSchemaDefinition() throws(SyntaxError) -> [OperationKind: String] {
        try expectKeyword("schema")
        _ = try parseDirectives(isConst: true)
        try expect(.leftBrace)
        var roots: [OperationKind: String] = [:]
        repeat {
            guard token.kind == .name, let kind = OperationKind(rawValue: token.text) else {
                throw unexpected()
            }
            _ = try advance()
            try expect(.colon)
            roots[kind] = try parseName()
        } while try !skip(.rightBrace)
        return roots
    }

    /// TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition
    ///                | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition
    mutating func parseTypeDefinition(_ description: String?) throws(SyntaxError)
        -> TypeDefinition {
        let kinds: [String: TypeKind] = [
            "scalar": .scalar, "type": .object, "interface": .interface, "union": .union,
            "enum": .enumType, "input": .inputObject,
        ]
        guard let kind = kinds[token.text] else { throw unexpected() }
        let location = try advance().location
        var type = TypeDefinition(kind: kind, name: try parseName(), description: description,
                                  location: location)
        try parseTypeBody(&type)
        return type
    }

    /// What follows a type's name: interfaces, directives, then fields, members or values.
    mutating func parseTypeBody(_ type: inout TypeDefinition) throws(SyntaxError) {
        switch type.kind {
        case .object, .interface:
            type.interfaces = try parseImplementsInterfaces()
            type.directives = try parseDirectives(isConst: true)
            type.fields = try parseFieldsDefinition()
        case .union:
            type.directives = try parseDirectives(isConst: true)
            type.unionMembers = try parseUnionMembers()
        case .enumType:
            type.directives = try parseDirectives(isConst: true)
            type.enumValues = try parseEnumValuesDefinition()
        case .inputObject:
            type.directives = try parseDirectives(isConst: true)
            type.inputFields = try parseInputFieldsDefinition()
        case .scalar:
            type.directives = try parseDirectives(isConst: true)
        }
    }

    /// ImplementsInterfaces : implements &? NamedType ( & NamedType )*
    mutating func parseImplementsInterfaces() throws(SyntaxError) -> [String] {
        guard isKeyword("implements") else { return [] }
        _ = try advance()
        _ = try skip(.ampersand)
        var names = [try parseName()]
        while try skip(.ampersand) { names.append(try parseName()) }
        return names
    }

    /// FieldsDefinition : { FieldDefinition+ }
    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    mutating func parseFieldsDefinition() throws(SyntaxError) -> [FieldDefinition] {
        guard try skip(.leftBrace) else { return [] }
        var fields: [FieldDefinition] = []
        repeat {
            let description = try parseDescription()
            let location = token.location
            let name = try parseName()
            let arguments = try parseArgumentsDefinition()
            try expect(.colon)
            let type = try parseTypeRef()
            fields.append(FieldDefinition(name: name, description: description,
                                          arguments: arguments, type: type,
                                          directives: try parseDirectives(isConst: true),
                                          location: location))
        } while try !skip(.rightBrace)
        return fields
    }

    /// ArgumentsDefinition : ( InputValueDefinition+ )
    mutating func parseArgumentsDefinition() throws(SyntaxError) -> [InputValueDefinition] {
        guard try skip(.leftParen) else { return [] }
        var arguments: [InputValueDefinition] = []
        repeat {
            arguments.append(try parseInputValueDefinition())
        } while try !skip(.rightParen)
        return arguments
    }

    /// InputFieldsDefinition : { InputValueDefinition+ }
    mutating func parseInputFieldsDefinition() throws(SyntaxError) -> [InputValueDefinition] {
        guard try skip(.leftBrace) else { return [] }
        var fields: [InputValueDefinition] = []
        repeat {
            fields.append(try parseInputValueDefinition())
        } while try !skip(.rightBrace)
        return fields
    }

    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    mutating func parseInputValueDefinition() throws(SyntaxError) -> InputValueDefinition {
        let description = try parseDescription()
        let location = token.location
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeRef()
        let defaultValue = try skip(.equals) ? try parseValue(isConst: true) : nil
        return InputValueDefinition(name: name, description: description, type: type,
                                    defaultValue: defaultValue,
                                    directives: try parseDirectives(isConst: true),
                                    location: location)
    }

    /// UnionMemberTypes : = |? NamedType ( | NamedType )*
    mutating func parseUnionMembers() throws(SyntaxError) -> [String] {
        guard try skip(.equals) else { return [] }
        _ = try skip(.pipe)
        var names = [try parseName()]
        while try skip(.pipe) { names.append(try parseName()) }
        return names
    }

    /// EnumValuesDefinition : { EnumValueDefinition+ }
    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    mutating func parseEnumValuesDefinition() throws(SyntaxError) -> [EnumValueDefinition] {
        guard try skip(.leftBrace) else { return [] }
        var values: [EnumValueDefinition] = []
        repeat {
            let description = try parseDescription()
            let name = try parseName()
            values.append(EnumValueDefinition(name: name, description: description,
                                              directives: try parseDirectives(isConst: true)))
        } while try !skip(.rightBrace)
        return values
    }

    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable?
    ///                       on DirectiveLocations
    mutating func parseDirectiveDefinition(_ description: String?) throws(SyntaxError)
        -> DirectiveDefinition {
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentsDefinition()
        let isRepeatable = isKeyword("repeatable")
        if isRepeatable { _ = try advance() }
        try expectKeyword("on")
        _ = try skip(.pipe)
        var locations = [try parseName()]
        while try skip(.pipe) { locations.append(try parseName()) }
        return DirectiveDefinition(name: name, description: description, arguments: arguments,
                                   isRepeatable: isRepeatable, locations: locations)
    }
}
