/// One reason a variable value was rejected: where inside the value, and why.
public struct VariableProblem: Sendable, Equatable {
    /// Input field names and list indexes leading to the bad part; empty for the whole value.
    public var path: [String]
    public var explanation: String

    var json: JSON {
        .object(["path": .array(path.map { Int($0).map(JSON.int) ?? .string($0) }),
                 "explanation": .string(explanation)])
    }
}

/// Coerces request variables to an operation's declared types (spec §6.1.2), filling in
/// default values. Each rejected variable gives one `INVALID_VARIABLE` error shaped like
/// Shopify's: the message, the variable definition's location, the given `value` and the
/// `problems`.
public func coerceVariables(of operation: OperationDefinition, schema: Schema,
                            values: [String: JSON]) -> Result<[String: JSON], GraphQLErrorList> {
    var coerced: [String: JSON] = [:]
    var errors: [GraphQLError] = []
    for definition in operation.variables {
        let given = values[definition.name]
        if given == nil, let fallback = definition.defaultValue?.constantJSON {
            coerced[definition.name] = fallback
            continue
        }
        let coercer = VariableCoercer(schema: schema)
        let problems = coercer.problems(given ?? .null, type: definition.type, path: [])
        if problems.isEmpty {
            if let given { coerced[definition.name] = given }
            continue
        }
        errors.append(invalidVariable(definition, value: given ?? .null, problems: problems))
    }
    return errors.isEmpty ? .success(coerced) : .failure(GraphQLErrorList(errors))
}

func invalidVariable(_ definition: VariableDefinition, value: JSON,
                     problems: [VariableProblem]) -> GraphQLError {
    var message = "Variable $\(definition.name) of type \(definition.type) was provided "
        + "invalid value"
    let placed = problems.filter { !$0.path.isEmpty }
    if !placed.isEmpty {
        let parts = placed.map { "\($0.path.joined(separator: ".")) (\($0.explanation))" }
        message += " for " + parts.joined(separator: ", ")
    }
    return GraphQLError(message: message, locations: [definition.location],
                        code: "INVALID_VARIABLE",
                        extensions: ["value": value, "problems": .array(problems.map(\.json))])
}

/// Checks a JSON value against an input type, collecting every problem.
struct VariableCoercer {
    let schema: Schema

    func problems(_ value: JSON, type: TypeRef, path: [String]) -> [VariableProblem] {
        switch (type, value) {
        case (.nonNull, .null):
            return [VariableProblem(path: path, explanation: "Expected value to not be null")]
        case (.nonNull(let inner), _): return problems(value, type: inner, path: path)
        case (_, .null): return []
        case (.list(let item), .array(let items)):
            return items.enumerated().flatMap { index, element in
                problems(element, type: item, path: path + [String(index)])
            }
        case (.list(let item), _): return problems(value, type: item, path: path)
        case (.named(let name), _): return namedProblems(value, typeName: name, path: path)
        }
    }

    func namedProblems(_ value: JSON, typeName: String, path: [String]) -> [VariableProblem] {
        guard let type = schema.type(named: typeName) else {
            return [VariableProblem(path: path, explanation: "Unknown type \(typeName)")]
        }
        switch type.kind {
        case .scalar:
            if Self.scalarAccepts(typeName, value) { return [] }
            return [VariableProblem(path: path, explanation:
                "Could not coerce value \(value.serialized()) to \(typeName)")]
        case .enumType:
            if let name = value.stringValue, type.hasEnumValue(name) { return [] }
            let names = type.enumValues.map(\.name).joined(separator: ", ")
            return [VariableProblem(path: path, explanation:
                "Expected \(value.serialized()) to be one of: \(names)")]
        case .inputObject: return inputObjectProblems(value, type: type, path: path)
        default:
            return [VariableProblem(path: path, explanation: "\(typeName) is not an input type")]
        }
    }

    func inputObjectProblems(_ value: JSON, type: TypeDefinition,
                             path: [String]) -> [VariableProblem] {
        guard let object = value.objectValue else {
            return [VariableProblem(path: path, explanation:
                "Expected \(value.serialized()) to be a key-value object.")]
        }
        var found: [VariableProblem] = []
        for member in object where type.inputField(member.key) == nil {
            found.append(VariableProblem(path: path + [member.key],
                                         explanation: "Field is not defined on \(type.name)"))
        }
        for field in type.inputFields {
            guard let given = object[field.name] else {
                if field.isRequired {
                    found.append(VariableProblem(path: path + [field.name],
                                                 explanation: "Expected value to not be null"))
                }
                continue
            }
            found += problems(given, type: field.type, path: path + [field.name])
        }
        return found
    }

    /// Built-in scalars by the spec's input coercion rules; custom scalars are checked by
    /// whoever resolves them, so any JSON value passes here.
    static func scalarAccepts(_ scalar: String, _ value: JSON) -> Bool {
        switch scalar {
        case "Int": value.intValue.map { Int32(exactly: $0) != nil } ?? false
        case "Float": value.doubleValue != nil
        case "String": value.stringValue != nil
        case "Boolean": value.boolValue != nil
        case "ID": value.stringValue != nil || value.intValue != nil
        default: true
        }
    }
}
