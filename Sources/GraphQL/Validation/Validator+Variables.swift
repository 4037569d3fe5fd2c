/// Variable definitions and their use (spec §5.8).
extension Validator {
    mutating func checkVariableDefinitions(_ operation: OperationDefinition) {
        var seen: Set<String> = []
        for definition in operation.variables {
            if !seen.insert(definition.name).inserted {
                report("There can only be one variable named \"\(definition.name)\"",
                       code: "variableNotUnique", at: definition.location,
                       extensions: ["variableName": .string(definition.name)])
            }
            checkDirectives(definition.directives, location: "VARIABLE_DEFINITION")
            checkVariableType(definition)
        }
    }

    /// The type must be an input type, and a default value must fit it.
    mutating func checkVariableType(_ definition: VariableDefinition) {
        let typeName = definition.type.namedType
        guard let type = schema.type(named: typeName), type.kind.isInput else {
            let reason = schema.type(named: typeName) == nil ? "defined" : "valid"
            report("\(typeName) isn't a \(reason) input type (on $\(definition.name))",
                   code: "variableRequiresValidType", at: definition.location,
                   extensions: ["typeName": .string(typeName),
                                "variableName": .string(definition.name)])
            return
        }
        guard let value = definition.defaultValue,
              literalProblem(value, type: definition.type) != nil else { return }
        report("Default value for $\(definition.name) doesn't match type \(definition.type)",
               code: "defaultValueInvalidType", at: definition.location,
               extensions: ["variableName": .string(definition.name),
                            "typeName": .string(definition.type.description)])
    }

    /// Every used variable is declared, every declared one used, and types fit.
    mutating func checkVariableUsages(_ operation: OperationDefinition) {
        let all = usages + transitiveFragmentUsages(from: spreads)
        let declared = Dictionary(operation.variables.map { ($0.name, $0) },
                                  uniquingKeysWith: { first, _ in first })
        let owner = operation.name ?? "anonymous \(operation.kind.rawValue)"
        var reported: Set<String> = []
        for usage in all {
            guard let definition = declared[usage.name] else {
                guard reported.insert(usage.name).inserted else { continue }
                errors.append(GraphQLError(
                    message: "Variable $\(usage.name) is used by \(owner) but not declared",
                    locations: [usage.location], path: usage.path, code: "variableNotDefined",
                    extensions: ["variableName": .string(usage.name)]))
                continue
            }
            checkUsageType(usage, definition: definition)
        }
        let used = Set(all.map(\.name))
        for definition in operation.variables where !used.contains(definition.name) {
            report("Variable $\(definition.name) is declared by \(owner) but not used",
                   code: "variableNotUsed", at: definition.location,
                   extensions: ["variableName": .string(definition.name)])
        }
    }

    func transitiveFragmentUsages(from roots: [String]) -> [VariableUsage] {
        var result: [VariableUsage] = []
        var visited: Set<String> = []
        var stack = roots
        while let name = stack.popLast() {
            guard visited.insert(name).inserted else { continue }
            result += usagesByFragment[name] ?? []
            stack += spreadsByFragment[name] ?? []
        }
        return result
    }

    /// A variable fits a position when its type, made non-null by a default value, is a
    /// subtype of the position's type (spec §5.8.5, IsVariableUsageAllowed).
    mutating func checkUsageType(_ usage: VariableUsage, definition: VariableDefinition) {
        var variableType = definition.type
        let hasDefault = definition.defaultValue.map { $0 != .null } ?? false
        if !variableType.isNonNull, usage.expectedType.isNonNull,
           hasDefault || usage.positionHasDefault {
            variableType = .nonNull(variableType)
        }
        guard let mismatch = Self.mismatch(variableType, usage.expectedType) else { return }
        let types = "(\(definition.type) / \(usage.expectedType))"
        let message = "\(mismatch) mismatch on variable $\(usage.name) and argument "
            + "\(usage.position) \(types)"
        errors.append(GraphQLError(
            message: message, locations: [usage.location], path: usage.path,
            code: "variableMismatch",
            extensions: ["variableName": .string(usage.name),
                         "typeName": .string(definition.type.description),
                         "argumentName": .string(usage.position),
                         "errorMessage": .string("\(mismatch) mismatch")]))
    }

    /// Nil when `variable` may be used where `expected` is wanted, else the kind of mismatch.
    static func mismatch(_ variable: TypeRef, _ expected: TypeRef) -> String? {
        switch (variable, expected) {
        case (.nonNull(let inner), .nonNull(let wanted)): return mismatch(inner, wanted)
        case (.nonNull(let inner), _): return mismatch(inner, expected)
        case (_, .nonNull): return "Nullability"
        case (.list(let inner), .list(let wanted)): return mismatch(inner, wanted)
        case (.list, _), (_, .list): return "List dimension"
        case (.named(let name), .named(let wanted)): return name == wanted ? nil : "Type"
        }
    }
}
