import GraphQL

/// Applies an operation's selection sets to resolved objects, producing the response `data`
/// and the field errors, each with its path and code.
struct SelectionExecutor {
    let document: Document
    let schema: Schema
    let variables: [String: JSON]
    let context: ResolveContext
    var errors: [GraphQLError] = []
    /// Set by bulk exports, whose nested connections have no page size.
    var unboundedPages = false

    init(document: Document, schema: Schema, variables: [String: JSON], context: ResolveContext) {
        self.document = document
        self.schema = schema
        self.variables = variables
        self.context = context
    }

    /// The selected fields of `object`, in request order.
    mutating func select(_ selections: [Selection], on object: any GraphObject, path: [String])
        -> JSON
    {
        var result = JSONObject()
        for (key, fields) in collectFields(selections, typeName: object.typeName) {
            let field = fields[0]
            let merged = fields.flatMap { $0.selectionSet ?? [] }
            result[key] = value(of: field, subselection: merged, on: object, path: path + [key])
        }
        return .object(result)
    }

    private mutating func value(of field: Field, subselection: [Selection],
                                on object: any GraphObject, path: [String]) -> JSON {
        if field.name == "__typename" { return .string(object.typeName) }
        let arguments = self.arguments(of: field, parentType: object.typeName)
        do {
            let resolved = try object.resolve(field.name, arguments, context)
            return complete(resolved, subselection: subselection, path: path)
        } catch let error as FieldError {
            errors.append(GraphQLError(message: error.message, locations: [field.location],
                                       path: path, code: error.code))
        } catch {
            errors.append(GraphQLError(message: "Internal error: \(error)",
                                       locations: [field.location], path: path,
                                       code: "INTERNAL_SERVER_ERROR"))
        }
        return .null
    }

    mutating func complete(_ resolved: Resolved, subselection: [Selection], path: [String]) -> JSON {
        switch resolved {
        case .null: return .null
        case .value(let json): return json
        case .object(let object): return select(subselection, on: object, path: path)
        case .list(let items):
            return .array(items.enumerated().map {
                complete($0.element, subselection: subselection, path: path + [String($0.offset)])
            })
        }
    }

    /// Fields by response key, merging repeats, following fragments whose type condition
    /// applies to `typeName`, and dropping what `@skip`/`@include` exclude.
    func collectFields(_ selections: [Selection], typeName: String) -> [(String, [Field])] {
        var order: [String] = []
        var byKey: [String: [Field]] = [:]
        collect(selections, typeName: typeName, order: &order, byKey: &byKey, visited: [])
        return order.map { ($0, byKey[$0] ?? []) }
    }

    private func collect(_ selections: [Selection], typeName: String, order: inout [String],
                         byKey: inout [String: [Field]], visited: Set<String>) {
        for selection in selections {
            switch selection {
            case .field(let field):
                guard isIncluded(field.directives) else { continue }
                if byKey[field.responseKey] == nil { order.append(field.responseKey) }
                byKey[field.responseKey, default: []].append(field)
            case .inlineFragment(let fragment):
                guard isIncluded(fragment.directives), applies(fragment.typeCondition, to: typeName)
                else { continue }
                collect(fragment.selectionSet, typeName: typeName, order: &order, byKey: &byKey,
                        visited: visited)
            case .fragmentSpread(let spread):
                guard isIncluded(spread.directives), !visited.contains(spread.name),
                      let fragment = document.fragment(named: spread.name),
                      applies(fragment.typeCondition, to: typeName) else { continue }
                collect(fragment.selectionSet, typeName: typeName, order: &order, byKey: &byKey,
                        visited: visited.union([spread.name]))
            }
        }
    }

    private func applies(_ condition: String?, to typeName: String) -> Bool {
        guard let condition else { return true }
        return condition == typeName || schema.possibleTypes(of: condition).contains(typeName)
    }

    private func isIncluded(_ directives: [Directive]) -> Bool {
        for directive in directives {
            let flag = directive.argument("if").map { json(from: $0) }?.boolValue
            if directive.name == "skip", flag == true { return false }
            if directive.name == "include", flag == false { return false }
        }
        return true
    }

    /// Argument values with variables substituted and the schema's defaults filled in.
    func arguments(of field: Field, parentType: String) -> FieldArguments {
        var values: [String: JSON] = [:]
        if let definition = schema.field(field.name, on: parentType) {
            for argument in definition.arguments {
                if let fallback = argument.defaultValue?.constantJSON { values[argument.name] = fallback }
            }
        }
        for argument in field.arguments { values[argument.name] = json(from: argument.value) }
        var directives: [String: [String: JSON]] = [:]
        for directive in field.directives {
            directives[directive.name] = Dictionary(
                directive.arguments.map { ($0.name, json(from: $0.value)) }, uniquingKeysWith: { a, _ in a })
        }
        return FieldArguments(values: values, directives: directives, unbounded: unboundedPages)
    }

    func json(from value: Value) -> JSON {
        switch value {
        case .variable(let name): variables[name] ?? .null
        case .int(let text), .float(let text): .number(text)
        case .string(let text), .enumValue(let text): .string(text)
        case .boolean(let flag): .bool(flag)
        case .null: .null
        case .list(let items): .array(items.map { json(from: $0) })
        case .object(let fields):
            .object(JSONObject(fields.map { ($0.name, json(from: $0.value)) }))
        }
    }
}
