import GraphQL

/// Shopify's restrictions on a bulk query (shopify-api.md §4.2), checked before it is accepted.
/// Each broken rule is one message for a `userErrors` entry with code `INVALID`.
enum BulkQueryRules {
    static let maximumConnections = 5
    static let maximumDepth = 2

    static func problems(of text: String, schema: Schema) -> (Document?, [String]) {
        let document: Document
        switch Parser.parseDocument(text) {
        case .success(let parsed): document = parsed
        case .failure(let error): return (nil, ["Invalid bulk query: \(error.message)"])
        }
        guard document.operations.count == 1, let operation = document.operations.first,
              operation.kind == .query else {
            return (nil, ["Bulk queries must contain exactly one query operation."])
        }
        let invalid = validate(document, against: schema)
        if let first = invalid.first { return (nil, ["Invalid bulk query: \(first.message)"]) }
        var checker = Checker(document: document, schema: schema)
        checker.check(operation.selectionSet, on: schema.queryType, depth: 0, isRoot: true)
        if checker.connections == 0 { checker.problems.append("Bulk queries must contain at least one connection.") }
        if checker.connections > maximumConnections {
            checker.problems.append("Bulk queries cannot contain more than \(maximumConnections) connections.")
        }
        return (document, checker.problems)
    }

    struct Checker {
        let document: Document
        let schema: Schema
        var connections = 0
        var problems: [String] = []

        /// Walks selections, counting connections and checking how they are selected.
        mutating func check(_ selections: [Selection], on typeName: String, depth: Int, isRoot: Bool) {
            for field in fields(selections, typeName) {
                guard let definition = schema.field(field.name, on: typeName) else { continue }
                let type = definition.type.namedType
                if isRoot && (field.name == "node" || field.name == "nodes") {
                    problems.append("Bulk queries cannot contain a top level `\(field.name)` field.")
                }
                guard type.hasSuffix("Connection") else {
                    if definition.type.isList, containsConnection(field, type) {
                        problems.append("Queries that contain a connection field within a list field are not "
                        + "currently supported.")
                    } else {
                        check(field.selectionSet ?? [], on: type, depth: depth, isRoot: false)
                    }
                    continue
                }
                connection(field, type: type, depth: depth + 1, parent: selections, parentType: typeName)
            }
        }

        private mutating func connection(_ field: Field, type: String, depth: Int, parent: [Selection],
                                         parentType: String) {
            connections += 1
            if depth > BulkQueryRules.maximumDepth {
                problems.append("Bulk queries cannot contain connections with a nesting depth greater "
                    + "than \(BulkQueryRules.maximumDepth).")
            }
            if depth > 1, !fields(parent, parentType).contains(where: { $0.name == "id" && $0.alias == nil }) {
                problems.append("The parent 'node' field for a nested connection must select the 'id' "
                    + "field without an alias. Connection: \(field.name)")
            }
            let inner = fields(field.selectionSet ?? [], type)
            if inner.contains(where: { $0.name == "nodes" }) {
                problems.append("Bulk queries must select connections through `edges { node }`, not "
                    + "`nodes`. Connection: \(field.name)")
            }
            let nodeType = String(type.dropLast("Connection".count))
            for edges in inner where edges.name == "edges" {
                for node in fields(edges.selectionSet ?? [], nodeType + "Edge") where node.name == "node" {
                    let concrete = schema.field("node", on: nodeType + "Edge")?.type.namedType ?? nodeType
                    check(node.selectionSet ?? [], on: concrete, depth: depth, isRoot: false)
                }
            }
        }

        private func containsConnection(_ field: Field, _ type: String) -> Bool {
            fields(field.selectionSet ?? [], type).contains {
                schema.field($0.name, on: type)?.type.namedType.hasSuffix("Connection") == true
            }
        }

        func fields(_ selections: [Selection], _ typeName: String) -> [Field] {
            selections.flatMap { selection -> [Field] in
                switch selection {
                case .field(let field): return [field]
                case .inlineFragment(let fragment): return fields(fragment.selectionSet, typeName)
                case .fragmentSpread(let spread):
                    return document.fragment(named: spread.name).map { fields($0.selectionSet, typeName) } ?? []
                }
            }
        }
    }
}
