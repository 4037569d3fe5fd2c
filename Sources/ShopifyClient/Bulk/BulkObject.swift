import GraphQL

/// One object of a bulk result with the objects whose `__parentId` is its id, rebuilt.
public struct BulkObject: Sendable {
    public var json: JSON
    public var children: [BulkObject] = []

    public init(json: JSON, children: [BulkObject] = []) {
        self.json = json
        self.children = children
    }

    public var id: String? { json["id"]?.stringValue }

    /// The object as a paged query would have returned it: each child put back under the
    /// connection field its `__typename` names (`["LineItem": "lineItems"]`), as
    /// `{ "nodes": [...] }`, so one decoder reads both. A bulk result carries children as
    /// separate lines, and tells their kind only by `__typename`, which the query must select
    /// in each nested connection; it is dropped here. Each named connection the root has no
    /// child in is an empty one; a child whose type is not named is left out.
    public func regrouped(connections: [String: String]) -> JSON {
        regrouped(connections, emptyFields: Set(connections.values))
    }

    private func regrouped(_ connections: [String: String], emptyFields: Set<String>) -> JSON {
        guard case .object(var members) = json else { return json }
        var lists: [String: [JSON]] = [:]
        for field in emptyFields { lists[field] = [] }
        for child in children {
            guard let type = child.json["__typename"]?.stringValue, let field = connections[type] else {
                continue
            }
            var node = child.regrouped(connections, emptyFields: [])
            if case .object(var childMembers) = node {
                childMembers["__typename"] = nil
                node = .object(childMembers)
            }
            lists[field, default: []].append(node)
        }
        for (field, nodes) in lists.sorted(by: { $0.key < $1.key }) {
            members[field] = .object(["nodes": .array(nodes)])
        }
        return .object(members)
    }
}
