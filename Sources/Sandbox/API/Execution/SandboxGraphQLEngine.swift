import GraphQL
import ShopSyncCore

/// Runs validated GraphQL operations against a sandbox store: the execution half of the
/// sandbox endpoint.
///
/// Each operation runs inside one store transaction, so a request sees a consistent store and a
/// mutation's changes land together. Field errors leave the field null and are reported with
/// their path and code; the actual cost follows Shopify's formula with the real node counts.
public final class SandboxGraphQLEngine: SandboxEngine {
    public let store: SandboxStore

    public init(store: SandboxStore) {
        self.store = store
    }

    /// An engine over the store at `path` (`:memory:` for a fresh one), its time on `clock`.
    public convenience init(path: String, clock: any ShopSyncCore.Clock = SystemClock()) throws {
        self.init(store: try SandboxStore(path: path, clock: clock))
    }

    public var schema: Schema { SandboxSchema.schema }

    public func execute(_ document: Document, operationName: String?, variables: [String: JSON],
                        request: SandboxRequestContext) -> SandboxExecution {
        guard let operation = document.operation(named: operationName) else {
            let error = GraphQLError(message: "No operation named \(operationName ?? "(none)")",
                                     code: "BAD_REQUEST")
            return SandboxExecution(data: nil, errors: [error], actualCost: 0)
        }
        do {
            return try store.transaction { session in
                let context = ResolveContext(session: session, store: store, now: store.now(in: session),
                                             request: request)
                var executor = SelectionExecutor(document: document, schema: schema,
                                                 variables: variables, context: context)
                let root: any GraphObject = operation.kind == .mutation ? MutationRootObject()
                    : QueryRootObject()
                let data = executor.select(operation.selectionSet, on: root, path: [])
                try context.finish()
                let cost = actualCost(of: operation, in: document, schema: schema,
                                      variables: variables, data: data)
                return SandboxExecution(data: data, errors: executor.errors, actualCost: cost)
            }
        } catch {
            let failure = GraphQLError(message: "Internal error. Looks like something went wrong on our end.",
                                       code: "INTERNAL_SERVER_ERROR")
            return SandboxExecution(data: nil, errors: [failure], actualCost: 0)
        }
    }

    public func bulkResult(id: String) -> [String]? {
        guard let source = bulkLines(id: id) else { return nil }
        var lines: [String] = []
        do { try source.forEach { lines.append($0) } } catch { return nil }
        return lines
    }

    /// Lines read from the store a chunk at a time, so serving a large result holds one chunk.
    public func bulkLines(id: String) -> BulkLines? {
        guard let number = Int64(id) ?? GlobalID.id(id, kind: "BulkOperation"),
              let completed = try? store.read({ session in
                  try session.load(BulkOperationRecord.self, id: number)?.status == "COMPLETED"
              }), completed else { return nil }
        let store = store
        return BulkLines { body in
            var next: Int64 = 0
            while true {
                let chunk = try store.read { session in
                    try session.database.query("""
                        SELECT line FROM bulk_lines WHERE operation_id = ? AND line_no >= ?
                        ORDER BY line_no LIMIT ?
                        """, [.integer(number), .integer(next), .integer(Self.chunkSize)])
                        .map { try $0.string("line") }
                }
                for line in chunk { try body(line) }
                guard chunk.count == Self.chunkSize else { return }
                next += Self.chunkSize
            }
        }
    }

    static let chunkSize: Int64 = 1000
}

extension SandboxGraphQLEngine {
    /// Parses, validates and runs `query` in-process: for tests and the shell, which have no
    /// endpoint in front. Parse and validation errors come back as errors with no data.
    public func run(_ query: String, variables: [String: JSON] = [:], operationName: String? = nil,
                    baseURL: String = "") -> SandboxExecution {
        let document: Document
        switch Parser.parseDocument(query) {
        case .success(let parsed): document = parsed
        case .failure(let error): return SandboxExecution(data: nil, errors: [error], actualCost: 0)
        }
        let problems = validate(document, against: schema, operationName: operationName,
                                variables: variables)
        guard problems.isEmpty else { return SandboxExecution(data: nil, errors: problems, actualCost: 0) }
        var coerced = variables
        if let operation = document.operation(named: operationName),
           case .success(let values) = coerceVariables(of: operation, schema: schema, values: variables) {
            coerced = values
        }
        return execute(document, operationName: operationName, variables: coerced,
                       request: SandboxRequestContext(apiVersion: "2026-07", baseURL: baseURL))
    }
}
