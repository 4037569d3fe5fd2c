/// Why a literal does not fit an input type.
enum LiteralProblem {
    case invalid
    case missingInputField(inputType: String, field: InputValueDefinition)
    case unknownInputField(inputType: String, field: String)
}

/// Argument literals and the variables they contain.
extension Validator {
    mutating func checkArgumentValue(_ argument: Argument, definition: InputValueDefinition,
                                     owner: String, ownerKind: String) {
        path.append(argument.name)
        defer { path.removeLast() }
        collectUsages(in: argument.value, type: definition.type, position: argument.name,
                      hasDefault: definition.defaultValue != nil, at: argument.location)
        guard let problem = literalProblem(argument.value, type: definition.type) else { return }
        report(problem, argument: argument, definition: definition, owner: owner,
               ownerKind: ownerKind)
    }

    mutating func report(_ problem: LiteralProblem, argument: Argument,
                         definition: InputValueDefinition, owner: String, ownerKind: String) {
        switch problem {
        case .invalid:
            report("Argument '\(argument.name)' on \(ownerKind) '\(owner)' has an invalid value "
                   + "(\(argument.value.graphQLText)). Expected type '\(definition.type)'.",
                   code: "argumentLiteralsIncompatible", at: argument.location,
                   extensions: ["typeName": .string(ownerKind),
                                "argumentName": .string(argument.name)])
        case .missingInputField(let inputType, let field):
            report("Argument '\(field.name)' on InputObject '\(inputType)' is required. "
                   + "Expected type \(field.type)",
                   code: "missingRequiredInputObjectAttribute", at: argument.location,
                   extensions: ["argumentName": .string(field.name),
                                "argumentType": .string(field.type.description),
                                "inputObjectType": .string(inputType)])
        case .unknownInputField(let inputType, let field):
            report("InputObject '\(inputType)' doesn't accept argument '\(field)'",
                   code: "argumentNotAccepted", at: argument.location,
                   extensions: ["name": .string(inputType), "typeName": .string("InputObject"),
                                "argumentName": .string(field)])
        }
    }

    /// Records every `$variable` inside a value with the type its position expects.
    mutating func collectUsages(in value: Value, type: TypeRef, position: String,
                                hasDefault: Bool, at location: SourcePosition) {
        switch value {
        case .variable(let name):
            usages.append(VariableUsage(name: name, expectedType: type, position: position,
                                        positionHasDefault: hasDefault, location: location,
                                        path: path))
        case .list(let items):
            guard case .list(let itemType) = type.nullable else { return }
            for item in items {
                collectUsages(in: item, type: itemType, position: position, hasDefault: false,
                              at: location)
            }
        case .object(let fields):
            guard let input = schema.type(named: type.namedType), input.kind == .inputObject,
                  !type.isList else { return }
            for field in fields {
                guard let definition = input.inputField(field.name) else { continue }
                collectUsages(in: field.value, type: definition.type, position: field.name,
                              hasDefault: definition.defaultValue != nil, at: field.location)
            }
        default:
            break
        }
    }

    /// Nil when `value` fits `type`; variables fit here and are checked by usage.
    func literalProblem(_ value: Value, type: TypeRef) -> LiteralProblem? {
        if case .variable = value { return nil }
        switch (type, value) {
        case (.nonNull, .null): return .invalid
        case (.nonNull(let inner), _): return literalProblem(value, type: inner)
        case (_, .null): return nil
        case (.list(let item), .list(let items)):
            return items.lazy.compactMap { literalProblem($0, type: item) }.first
        case (.list(let item), _): return literalProblem(value, type: item)
        case (.named(let name), _): return namedLiteralProblem(value, typeName: name)
        }
    }

    func namedLiteralProblem(_ value: Value, typeName: String) -> LiteralProblem? {
        guard let type = schema.type(named: typeName) else { return .invalid }
        switch type.kind {
        case .scalar: return Self.scalarAccepts(typeName, value) ? nil : .invalid
        case .enumType:
            guard case .enumValue(let name) = value, type.hasEnumValue(name) else {
                return .invalid
            }
            return nil
        case .inputObject: return inputObjectProblem(value, type: type)
        default: return .invalid
        }
    }

    func inputObjectProblem(_ value: Value, type: TypeDefinition) -> LiteralProblem? {
        guard case .object(let fields) = value else { return .invalid }
        for field in fields {
            guard let definition = type.inputField(field.name) else {
                return .unknownInputField(inputType: type.name, field: field.name)
            }
            if let problem = literalProblem(field.value, type: definition.type) { return problem }
        }
        let given = Set(fields.map(\.name))
        let missing = type.inputFields.first { $0.isRequired && !given.contains($0.name) }
        if let missing {
            return .missingInputField(inputType: type.name, field: missing)
        }
        return nil
    }

    /// Built-in scalars are strict (spec §3.5); Shopify's custom scalars (DateTime, Money,
    /// URL, JSON, ...) are checked when resolved, so any literal passes validation here.
    static func scalarAccepts(_ scalar: String, _ value: Value) -> Bool {
        switch (scalar, value) {
        case ("Int", .int(let text)): Int32(text) != nil
        case ("Float", .int), ("Float", .float): true
        case ("String", .string), ("Boolean", .boolean): true
        case ("ID", .string), ("ID", .int): true
        case ("Int", _), ("Float", _), ("String", _), ("Boolean", _), ("ID", _): false
        default: true
        }
    }
}
