/// Shopify refuses any input list longer than 250 items before running anything, with
/// `MAX_INPUT_SIZE_EXCEEDED`, the field's location and a path of field, argument and input
/// field names: `["productUpdate", "product", "tags"]`.
public func inputSizeErrors(of operation: OperationDefinition, in document: Document,
                            variables: [String: JSON], limit: Int = 250) -> [GraphQLError] {
    var checker = InputSizeChecker(document: document, variables: variables, limit: limit)
    checker.check(operation.selectionSet, path: [])
    return checker.errors
}

struct InputSizeChecker {
    let document: Document
    let variables: [String: JSON]
    let limit: Int
    var errors: [GraphQLError] = []
    var fragmentsInUse: Set<String> = []

    mutating func check(_ selections: [Selection], path: [String]) {
        for selection in selections {
            switch selection {
            case .field(let field):
                let fieldPath = path + [field.responseKey]
                for argument in field.arguments {
                    check(resolve(argument.value), path: fieldPath + [argument.name],
                          at: field.location)
                }
                check(field.selectionSet ?? [], path: fieldPath)
            case .inlineFragment(let fragment):
                check(fragment.selectionSet, path: path)
            case .fragmentSpread(let spread):
                guard let fragment = document.fragment(named: spread.name),
                      fragmentsInUse.insert(spread.name).inserted else { continue }
                check(fragment.selectionSet, path: path)
                fragmentsInUse.remove(spread.name)
            }
        }
    }

    mutating func check(_ value: JSON, path: [String], at location: SourcePosition) {
        switch value {
        case .array(let items):
            if items.count > limit {
                errors.append(GraphQLError(
                    message: "The input array size of \(items.count) is greater than the "
                        + "maximum allowed of \(limit).",
                    locations: [location], path: path, code: "MAX_INPUT_SIZE_EXCEEDED"))
                return
            }
            for item in items { check(item, path: path, at: location) }
        case .object(let object):
            for member in object { check(member.value, path: path + [member.key], at: location) }
        default:
            break
        }
    }

    /// The argument's value with variables replaced by the request's values.
    func resolve(_ value: Value) -> JSON {
        switch value {
        case .variable(let name): return variables[name] ?? .null
        case .list(let items): return .array(items.map(resolve))
        case .object(let fields):
            return .object(JSONObject(fields.map { ($0.name, resolve($0.value)) }))
        default: return value.constantJSON ?? .null
        }
    }
}
