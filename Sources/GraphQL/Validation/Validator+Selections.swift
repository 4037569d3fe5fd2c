/// Selection sets, fields, arguments and directives.
extension Validator {
    mutating func checkSelectionSet(_ selections: [Selection], on parent: TypeDefinition) {
        for selection in selections {
            switch selection {
            case .field(let field): checkField(field, on: parent)
            case .fragmentSpread(let spread): checkFragmentSpread(spread, parent: parent)
            case .inlineFragment(let fragment): checkInlineFragment(fragment, parent: parent)
            }
        }
    }

    mutating func checkField(_ field: Field, on parent: TypeDefinition) {
        path.append(field.responseKey)
        defer { path.removeLast() }
        guard let definition = schema.field(field.name, on: parent.name) else {
            report("Field '\(field.name)' doesn't exist on type '\(parent.name)'",
                   code: "undefinedField", at: field.location,
                   extensions: ["typeName": .string(parent.name),
                                "fieldName": .string(field.name)])
            return
        }
        checkDirectives(field.directives, location: "FIELD")
        checkArguments(field.arguments, against: definition.arguments, owner: field.name,
                       ownerKind: "Field", at: field.location)
        guard let type = schema.type(named: definition.type.namedType) else { return }
        checkSubselection(field, type: type)
    }

    /// Leaves take no selection set; objects, interfaces and unions require one.
    mutating func checkSubselection(_ field: Field, type: TypeDefinition) {
        let nodeName = "field '\(field.name)'"
        let extensions: JSONObject = ["nodeName": .string(nodeName),
                                      "typeName": .string(type.name)]
        switch (type.kind.isLeaf, field.selectionSet) {
        case (true, let selections?):
            let kindName = type.kind == .enumType ? "enums" : "scalars"
            let names = selections.compactMap { selection -> String? in
                if case .field(let inner) = selection { return inner.name }
                return nil
            }
            report("Selections can't be made on \(kindName) (\(nodeName) returns \(type.name) "
                   + "but has selections [\(names.joined(separator: ", "))])",
                   code: "selectionMismatch", at: field.location, extensions: extensions)
        case (false, nil):
            report("Field must have selections (\(nodeName) returns \(type.name) but has no "
                   + "selections. Did you mean '\(field.name) { ... }'?)",
                   code: "selectionMismatch", at: field.location, extensions: extensions)
        case (false, let selections?):
            checkSelectionSet(selections, on: type)
            checkFieldConflicts(selections, on: type)
        case (true, nil):
            break
        }
    }

    /// Arguments must be declared, unique, present when required and fit their type.
    mutating func checkArguments(_ arguments: [Argument],
                                 against definitions: [InputValueDefinition],
                                 owner: String, ownerKind: String, at location: SourcePosition) {
        var seen: Set<String> = []
        for argument in arguments {
            if !seen.insert(argument.name).inserted {
                report("There can be only one argument named \"\(argument.name)\"",
                       code: "argumentNotUnique", at: argument.location)
            }
            guard let definition = definitions.first(where: { $0.name == argument.name }) else {
                report("\(ownerKind) '\(owner)' doesn't accept argument '\(argument.name)'",
                       code: "argumentNotAccepted", at: argument.location,
                       extensions: ["name": .string(owner), "typeName": .string(ownerKind),
                                    "argumentName": .string(argument.name)])
                continue
            }
            checkArgumentValue(argument, definition: definition, owner: owner,
                               ownerKind: ownerKind)
        }
        let missing = definitions.filter { $0.isRequired && !seen.contains($0.name) }
        guard !missing.isEmpty else { return }
        let names = missing.map(\.name).joined(separator: ", ")
        report("\(ownerKind) '\(owner)' is missing required arguments: \(names)",
               code: "missingRequiredArguments", at: location,
               extensions: ["className": .string(ownerKind), "name": .string(owner),
                            "arguments": .string(names)])
    }

    /// Directives must be known, allowed where they stand and not repeated.
    mutating func checkDirectives(_ directives: [Directive], location: String) {
        var seen: Set<String> = []
        for directive in directives {
            guard let definition = schema.directives[directive.name] else {
                report("Directive @\(directive.name) is not defined", code: "undefinedDirective",
                       at: directive.location,
                       extensions: ["directiveName": .string(directive.name)])
                continue
            }
            checkDirectivePlacement(directive, definition: definition, location: location)
            if !seen.insert(directive.name).inserted, !definition.isRepeatable {
                report("The directive \"\(directive.name)\" can only be used once at this "
                       + "location.", code: "directiveNotUniqueForLocation",
                       at: directive.location,
                       extensions: ["directiveName": .string(directive.name)])
            }
            checkArguments(directive.arguments, against: definition.arguments,
                           owner: directive.name, ownerKind: "Directive", at: directive.location)
        }
    }

    mutating func checkDirectivePlacement(_ directive: Directive,
                                          definition: DirectiveDefinition, location: String) {
        guard !definition.locations.contains(location) else { return }
        let allowed = definition.locations.map(Self.plural).joined(separator: ", ")
        report("'@\(directive.name)' can't be applied to \(Self.plural(location)) "
               + "(allowed: \(allowed))",
               code: "directiveCannotBeApplied", at: directive.location,
               extensions: ["targetName": .string(Self.plural(location)),
                            "name": .string(directive.name)])
    }

    /// `FRAGMENT_SPREAD` → `fragment spreads`, as graphql-ruby words directive targets.
    static func plural(_ location: String) -> String {
        let words = String(location.lowercased().map { $0 == "_" ? " " : $0 })
        if words == "query" { return "queries" }
        return words.hasSuffix("s") ? words : words + "s"
    }
}
