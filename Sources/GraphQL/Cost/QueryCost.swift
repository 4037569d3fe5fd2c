import Foundation

/// The requested cost of an operation as Shopify computes it before running it (see
/// shopify-api.md §2.4): objects 1, scalars and enums 0, connections `2 + m(n) × node cost`,
/// abstract types the most expensive possible type, mutations 10 plus what lies below their
/// payload's direct children, fields removed by `@skip`/`@include` free, and at least 1.
/// Shopify's manual costs seen in recorded calls are applied on top: value types such as
/// `MoneyBag` are free, `Count` fields on the query root cost 10, order addresses cost 1.
///
/// The document must have passed validation; unknown fields cost nothing.
public func requestedCost(of operation: OperationDefinition, in document: Document,
                          schema: Schema, variables: [String: JSON] = [:]) -> Int {
    var calculator = CostCalculator(schema: schema, document: document,
                                    variables: effectiveVariables(operation, variables))
    // Even `{ __typename }` is charged one point.
    return max(1, calculator.operationCost(operation))
}

/// Variables as given, completed with the operation's default values.
func effectiveVariables(_ operation: OperationDefinition,
                        _ variables: [String: JSON]) -> [String: JSON] {
    var result = variables
    for definition in operation.variables where result[definition.name] == nil {
        if let value = definition.defaultValue, let json = value.constantJSON {
            result[definition.name] = json
        }
    }
    return result
}

/// How many items a connection of page size `n` is charged for: `max(1, ⌊2 ln n⌋)`.
/// Shopify scales page size logarithmically, so 250 items cost 11, not 250.
public func connectionMultiplier(pageSize n: Int) -> Int {
    guard n > 1 else { return 1 }
    return max(1, Int((2 * log(Double(n))).rounded(.down)))
}

struct CostCalculator {
    let schema: Schema
    let document: Document
    let variables: [String: JSON]
    /// Guards against fragment cycles in documents that skipped validation.
    var fragmentsInUse: Set<String> = []
    var typeCosts = CostCalculator.defaultTypeCosts
    /// When set, collects one line per composite field with its cost, for diagnosis.
    var trace: [String]?
    var depth = 0

    mutating func operationCost(_ operation: OperationDefinition) -> Int {
        guard let root = schema.rootType(for: operation.kind) else { return 0 }
        if operation.kind != .mutation {
            return selectionCost(operation.selectionSet, on: root.name)
        }
        let fields = collectFields(operation.selectionSet, on: root.name)
        return fields.reduce(0) { total, field in total + mutationFieldCost(field, on: root.name) }
    }

    /// A mutation field costs 10; its payload and the payload's direct children are free,
    /// what they select below is charged as usual.
    mutating func mutationFieldCost(_ field: Field, on parent: String) -> Int {
        guard let definition = schema.field(field.name, on: parent) else { return 0 }
        if field.name == "__typename" { return 0 }
        let payload = definition.type.namedType
        var below = 0
        for child in collectFields(field.selectionSet ?? [], on: payload) {
            guard let childDefinition = schema.field(child.name, on: payload) else { continue }
            let cost = fieldCost(child, definition: childDefinition, parent: payload)
            below += isObjectCharged(childDefinition) ? max(0, cost - 1) : cost
        }
        return 10 + below
    }

    /// True when the field is charged the one point of a plain object.
    func isObjectCharged(_ definition: FieldDefinition) -> Bool {
        guard let type = schema.type(named: definition.type.namedType) else { return false }
        return type.kind.isComposite && !isConnection(type)
    }
}

/// One line per composite field with its cost (innermost first), to explain a cost.
func costTrace(of operation: OperationDefinition, in document: Document, schema: Schema,
               variables: [String: JSON]) -> [String] {
    var calculator = CostCalculator(schema: schema, document: document,
                                    variables: effectiveVariables(operation, variables))
    calculator.trace = []
    _ = calculator.operationCost(operation)
    return calculator.trace ?? []
}
