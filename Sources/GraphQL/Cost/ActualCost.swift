/// The actual cost of an executed operation: the requested-cost model with each
/// connection's page size replaced by the number of items returned (an empty page is
/// charged like a page of one) and each object walked in the response `data`; an object
/// field that came back null still costs its own point.
///
/// The difference from the requested cost is what Shopify refunds to the bucket.
public func actualCost(of operation: OperationDefinition, in document: Document,
                       schema: Schema, variables: [String: JSON] = [:], data: JSON) -> Int {
    var walker = ActualCostWalker(calculator: CostCalculator(
        schema: schema, document: document, variables: effectiveVariables(operation, variables)))
    return max(1, walker.operationCost(operation, data: data))
}

/// Walks the selection set and the response together.
struct ActualCostWalker {
    var calculator: CostCalculator
    var schema: Schema { calculator.schema }

    mutating func operationCost(_ operation: OperationDefinition, data: JSON) -> Int {
        guard let root = schema.rootType(for: operation.kind) else { return 0 }
        guard operation.kind == .mutation else {
            return selectionCost(operation.selectionSet, on: root.name, data: data)
        }
        var total = 0
        for field in calculator.collectFields(operation.selectionSet, on: root.name)
        where field.name != "__typename" {
            guard let definition = schema.field(field.name, on: root.name) else { continue }
            let payload = definition.type.namedType
            let value = data[field.responseKey] ?? .null
            total += 10 + childrenBelowPayload(field, payload: payload, data: value)
        }
        return total
    }

    mutating func childrenBelowPayload(_ field: Field, payload: String, data: JSON) -> Int {
        var below = 0
        for child in calculator.collectFields(field.selectionSet ?? [], on: payload) {
            guard let definition = schema.field(child.name, on: payload) else { continue }
            let cost = fieldCost(child, definition: definition, parent: payload,
                                 data: data[child.responseKey] ?? .null)
            below += calculator.isObjectCharged(definition) ? max(0, cost - 1) : cost
        }
        return below
    }

    /// For an abstract type the response's `__typename` picks the object type when present.
    mutating func selectionCost(_ selections: [Selection], on typeName: String,
                                data: JSON) -> Int {
        let runtime = data["__typename"]?.stringValue ?? typeName
        let candidates = schema.type(named: runtime)?.kind == .object
            ? [runtime] : schema.possibleTypes(of: runtime)
        var most = 0
        for candidate in candidates.isEmpty ? [runtime] : candidates {
            var total = 0
            for field in calculator.collectFields(selections, on: candidate) {
                guard let definition = schema.field(field.name, on: candidate) else { continue }
                total += fieldCost(field, definition: definition, parent: candidate,
                                   data: data[field.responseKey] ?? .null)
            }
            most = max(most, total)
        }
        return most
    }

    mutating func fieldCost(_ field: Field, definition: FieldDefinition, parent: String,
                            data: JSON) -> Int {
        guard let type = schema.type(named: definition.type.namedType),
              type.kind.isComposite else { return 0 }
        if calculator.isConnection(type) { return connectionCost(field, type, data: data) }
        let own = calculator.ownCost(of: field, type: type, parent: parent)
        // A null object was still looked up, but nothing below it was.
        if data.isNull { return own }
        let items = data.arrayValue ?? [data]
        var children = 0
        for item in items where !item.isNull {
            children = max(children, selectionCost(field.selectionSet ?? [], on: type.name,
                                                   data: item))
        }
        return own + children
    }

    mutating func connectionCost(_ field: Field, _ connection: TypeDefinition,
                                 data: JSON) -> Int {
        var perItem = 0
        var count = 0
        for child in calculator.collectFields(field.selectionSet ?? [], on: connection.name) {
            let items = data[child.responseKey]?.arrayValue ?? []
            switch child.name {
            case "nodes":
                count = max(count, items.count)
                let nodeType = connection.field("nodes")?.type.namedType ?? ""
                perItem += 1 + mostExpensive(child.selectionSet ?? [], nodeType, items)
            case "edges":
                count = max(count, items.count)
                perItem += edgesCost(child, connection, items)
            default: break
            }
        }
        return 2 + connectionMultiplier(pageSize: count) * perItem
    }

    mutating func edgesCost(_ edges: Field, _ connection: TypeDefinition, _ items: [JSON]) -> Int {
        let edgeType = connection.field("edges")?.type.namedType ?? ""
        let nodeType = schema.field("node", on: edgeType)?.type.namedType ?? ""
        var cost = 0
        for child in calculator.collectFields(edges.selectionSet ?? [], on: edgeType)
        where child.name == "node" {
            let nodes = items.map { $0[child.responseKey] ?? .null }
            cost += 1 + mostExpensive(child.selectionSet ?? [], nodeType, nodes)
        }
        return cost
    }

    mutating func mostExpensive(_ selections: [Selection], _ typeName: String,
                                _ items: [JSON]) -> Int {
        items.reduce(0) { most, item in
            max(most, selectionCost(selections, on: typeName, data: item))
        }
    }
}
