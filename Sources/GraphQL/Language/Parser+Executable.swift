/// Productions of executable documents (spec §2.2-2.8).
extension Parser {
    /// ExecutableDocument : ExecutableDefinition+
    mutating func parseExecutableDocument() throws(SyntaxError) -> Document {
        var document = Document(operations: [], fragments: [])
        repeat {
            if isKeyword("fragment") {
                document.fragments.append(try parseFragmentDefinition())
            } else {
                document.operations.append(try parseOperationDefinition())
            }
        } while token.kind != .endOfFile
        return document
    }

    /// OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet
    ///                     | SelectionSet
    mutating func parseOperationDefinition() throws(SyntaxError) -> OperationDefinition {
        let location = token.location
        if token.kind == .leftBrace {
            return OperationDefinition(kind: .query, name: nil, variables: [], directives: [],
                                       selectionSet: try parseSelectionSet(), location: location)
        }
        guard token.kind == .name, let kind = OperationKind(rawValue: token.text) else {
            throw unexpected()
        }
        _ = try advance()
        let name = token.kind == .name ? try parseName() : nil
        let variables = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        return OperationDefinition(kind: kind, name: name, variables: variables,
                                   directives: directives, selectionSet: try parseSelectionSet(),
                                   location: location)
    }

    /// VariableDefinitions : ( VariableDefinition+ )
    /// VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
    mutating func parseVariableDefinitions() throws(SyntaxError) -> [VariableDefinition] {
        guard try skip(.leftParen) else { return [] }
        var definitions: [VariableDefinition] = []
        repeat {
            let location = try expect(.dollar).location
            let name = try parseName()
            try expect(.colon)
            let type = try parseTypeRef()
            let defaultValue = try skip(.equals) ? try parseValue(isConst: true) : nil
            let directives = try parseDirectives(isConst: true)
            definitions.append(VariableDefinition(name: name, type: type,
                                                  defaultValue: defaultValue,
                                                  directives: directives, location: location))
        } while try !skip(.rightParen)
        return definitions
    }

    /// SelectionSet : { Selection+ }
    mutating func parseSelectionSet() throws(SyntaxError) -> [Selection] {
        try enter()
        defer { leave() }
        try expect(.leftBrace)
        var selections: [Selection] = []
        repeat {
            selections.append(try parseSelection())
        } while try !skip(.rightBrace)
        return selections
    }

    /// Selection : Field | FragmentSpread | InlineFragment
    mutating func parseSelection() throws(SyntaxError) -> Selection {
        guard token.kind == .spread else { return .field(try parseField()) }
        let location = try advance().location
        if token.kind == .name, token.text != "on" {
            let name = try parseName()
            return .fragmentSpread(FragmentSpread(name: name,
                                                  directives: try parseDirectives(isConst: false),
                                                  location: location))
        }
        var typeCondition: String?
        if isKeyword("on") {
            _ = try advance()
            typeCondition = try parseName()
        }
        let directives = try parseDirectives(isConst: false)
        return .inlineFragment(InlineFragment(typeCondition: typeCondition, directives: directives,
                                              selectionSet: try parseSelectionSet(),
                                              location: location))
    }

    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    mutating func parseField() throws(SyntaxError) -> Field {
        let location = token.location
        var name = try parseName()
        var alias: String?
        if try skip(.colon) {
            alias = name
            name = try parseName()
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = token.kind == .leftBrace ? try parseSelectionSet() : nil
        return Field(alias: alias, name: name, arguments: arguments, directives: directives,
                     selectionSet: selectionSet, location: location)
    }

    /// FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet
    mutating func parseFragmentDefinition() throws(SyntaxError) -> FragmentDefinition {
        let location = token.location
        try expectKeyword("fragment")
        guard token.kind == .name, token.text != "on" else { throw unexpected() }
        let name = try parseName()
        try expectKeyword("on")
        let typeCondition = try parseName()
        let directives = try parseDirectives(isConst: false)
        return FragmentDefinition(name: name, typeCondition: typeCondition,
                                  directives: directives, selectionSet: try parseSelectionSet(),
                                  location: location)
    }
}
