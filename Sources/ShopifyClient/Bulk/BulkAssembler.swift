import GraphQL

/// Rebuilds parents and children from JSONL lines without holding the whole file: a root
/// (a line without `__parentId`) is delivered with its descendants when the next root starts.
/// Shopify writes a root's descendants after it and before the next root, though not
/// necessarily right after it; a line whose parent is not in the current root's tree is
/// recorded as a problem, as is a line that is not JSON.
public struct BulkAssembler {
    public struct Summary: Sendable, Equatable {
        public var roots = 0
        public var lines = 0
        public var problems: [String] = []
    }

    private var current: BulkObject?
    /// Where each id of the current tree sits: the index path from the root.
    private var positions: [String: [Int]] = [:]
    private var summary = Summary()

    public init() {}

    public mutating func add(line: String, _ deliver: (BulkObject) throws -> Void) throws {
        guard !line.isEmpty else { return }
        summary.lines += 1
        guard case .object(var members) = (try? JSON.parse(line)) ?? .null else {
            summary.problems.append("line \(summary.lines): not a JSON object")
            return
        }
        guard let parent = members["__parentId"]?.stringValue else {
            if let root = current { try deliver(root) }
            startRoot(BulkObject(json: .object(members)))
            return
        }
        members["__parentId"] = nil
        attach(BulkObject(json: .object(members)), to: parent)
    }

    mutating func startRoot(_ root: BulkObject) {
        current = root
        positions = [:]
        if let id = root.id { positions[id] = [] }
        summary.roots += 1
    }

    mutating func attach(_ child: BulkObject, to parent: String) {
        guard var root = current, let path = positions[parent] else {
            summary.problems.append("line \(summary.lines): parent \(parent) is not the current root's tree")
            return
        }
        let index = BulkAssembler.append(child, at: path[...], in: &root)
        if let id = child.id { positions[id] = path + [index] }
        current = root
    }

    static func append(_ child: BulkObject, at path: ArraySlice<Int>, in node: inout BulkObject) -> Int {
        guard let first = path.first else {
            node.children.append(child)
            return node.children.count - 1
        }
        return append(child, at: path.dropFirst(), in: &node.children[first])
    }

    /// Delivers the last root and returns what was read.
    public mutating func finishing(_ deliver: (BulkObject) throws -> Void) throws -> Summary {
        if let root = current { try deliver(root) }
        current = nil
        return summary
    }
}
