import GraphQL

/// Bulk query operations: accepted by `bulkOperationRunQuery`, advanced by polling, exported as
/// JSONL into the store.
///
/// Lifecycle: an accepted query is `CREATED`; the first poll (`bulkOperation(id:)` or
/// `node(id:)`) moves it to `RUNNING`; the next poll runs the export and completes it. Tests
/// and clients thus see every state in order without waiting on real time.
enum BulkExport {
    static let maximumRunning = 5

    /// Creates the operation, or explains why not (`INVALID`, `OPERATION_IN_PROGRESS`).
    static func start(query: String, context: ResolveContext) throws
        -> Result<BulkOperationRecord, UserErrorValue>
    {
        let (_, problems) = BulkQueryRules.problems(of: query, schema: SandboxSchema.schema)
        if let problem = problems.first {
            return .failure(UserErrorValue(field: ["query"], message: problem, code: "INVALID"))
        }
        let running = try context.session.all(BulkOperationRecord.self)
            .filter { $0.status == "CREATED" || $0.status == "RUNNING" }
        if running.count >= maximumRunning {
            let ids = running.map(\.gid).joined(separator: ", ")
            return .failure(UserErrorValue(field: nil, message:
                "A bulk query operation for this app and shop is already in progress: \(ids)",
                code: "OPERATION_IN_PROGRESS"))
        }
        let record = BulkOperationRecord(
            id: context.ids.id("BulkOperation"), status: "CREATED", query: query, objectCount: 0,
            rootObjectCount: 0, fileSize: 0, completedAt: nil, createdAt: context.now,
            updatedAt: context.now)
        try context.session.save(record)
        return .success(record)
    }

    /// The operation after one more step of its lifecycle.
    static func poll(_ id: Int64, _ context: ResolveContext) throws -> BulkOperationRecord? {
        guard var record = try context.session.load(BulkOperationRecord.self, id: id) else { return nil }
        switch record.status {
        case "CREATED":
            record.status = "RUNNING"
        case "RUNNING":
            var writer = BulkWriter(operationId: id, session: context.session)
            try writer.export(record.query, context: context)
            record.status = "COMPLETED"
            record.objectCount = writer.objectCount
            record.rootObjectCount = writer.rootObjectCount
            record.fileSize = writer.fileSize
            record.completedAt = context.now
        default:
            return record
        }
        record.updatedAt = context.now
        try context.session.save(record)
        return record
    }
}

/// Writes a bulk query's result a line at a time: each connection node on its own line, nested
/// ones after their parent with `__parentId`. Top-level lists are read 250 records at a time, so
/// the export never holds a whole table.
struct BulkWriter {
    let operationId: Int64
    let session: StoreSession
    var objectCount: Int64 = 0
    var rootObjectCount: Int64 = 0
    var fileSize: Int64 = 0

    init(operationId: Int64, session: StoreSession) {
        self.operationId = operationId
        self.session = session
    }

    mutating func export(_ query: String, context: ResolveContext) throws {
        guard case .success(let document) = Parser.parseDocument(query),
              let operation = document.operations.first else { return }
        var executor = SelectionExecutor(document: document, schema: SandboxSchema.schema,
                                         variables: [:], context: context)
        executor.unboundedPages = true
        let root = QueryRootObject()
        for (_, fields) in executor.collectFields(operation.selectionSet, typeName: root.typeName) {
            try exportRoot(fields[0], root: root, executor: &executor, context: context)
        }
    }

    private mutating func exportRoot(_ field: Field, root: QueryRootObject,
                                     executor: inout SelectionExecutor, context: ResolveContext) throws {
        var arguments = executor.arguments(of: field, parentType: root.typeName)
        arguments.unbounded = false
        arguments.values["first"] = .int(250)
        arguments.values["last"] = nil
        let nodeSelection = Self.nodeSelection(of: field)
        while true {
            guard case .object(let object) = try root.resolve(field.name, arguments, context),
                  let connection = object as? ConnectionObject else { return }
            for edge in connection.edges {
                try exportNode(edge.node, selection: nodeSelection, parentId: nil, executor: &executor,
                               context: context)
            }
            guard connection.hasNextPage, let last = connection.edges.last else { return }
            arguments.values["after"] = .string(last.cursor)
        }
    }

    private mutating func exportNode(_ node: any GraphObject, selection: [Selection], parentId: String?,
                                     executor: inout SelectionExecutor, context: ResolveContext) throws {
        let schema = SandboxSchema.schema
        var plain: [Selection] = []
        var nested: [Field] = []
        for (_, fields) in executor.collectFields(selection, typeName: node.typeName) {
            let isConnection = schema.field(fields[0].name, on: node.typeName)?.type.namedType
                .hasSuffix("Connection") == true
            if isConnection { nested.append(fields[0]) } else { plain += fields.map { .field($0) } }
        }
        var line = executor.select(plain, on: node, path: [])
        if let parentId, case .object(var members) = line {
            members["__parentId"] = .string(parentId)
            line = .object(members)
        }
        try write(line, isRoot: parentId == nil)
        let id = line["id"]?.stringValue
        for field in nested {
            let arguments = executor.arguments(of: field, parentType: node.typeName)
            guard case .object(let object) = try node.resolve(field.name, arguments, context),
                  let connection = object as? ConnectionObject else { continue }
            let childSelection = Self.nodeSelection(of: field)
            for edge in connection.edges {
                try exportNode(edge.node, selection: childSelection, parentId: id, executor: &executor,
                               context: context)
            }
        }
    }

    /// The selection under `edges { node { … } }` of a connection field.
    static func nodeSelection(of field: Field) -> [Selection] {
        var result: [Selection] = []
        for case .field(let edges) in field.selectionSet ?? [] where edges.name == "edges" {
            for case .field(let node) in edges.selectionSet ?? [] where node.name == "node" {
                result += node.selectionSet ?? []
            }
        }
        return result
    }

    private mutating func write(_ line: JSON, isRoot: Bool) throws {
        let text = line.serialized()
        _ = try session.database.run(
            "INSERT INTO bulk_lines (operation_id, line_no, line) VALUES (?, ?, ?)",
            [.integer(operationId), .integer(objectCount), .text(text)])
        objectCount += 1
        if isRoot { rootObjectCount += 1 }
        fileSize += Int64(text.utf8.count + 1)
    }
}
