import GraphQL
import ShopSyncCore

/// A bulk operation's state as `BulkOperationPoll` reads it.
public struct BulkOperation: ShopifyDecodable {
    public enum Status: String, Sendable, Hashable {
        case created = "CREATED", running = "RUNNING", completed = "COMPLETED", failed = "FAILED"
        case canceling = "CANCELING", canceled = "CANCELED", expired = "EXPIRED"
    }

    public let id: GlobalID<BulkOperationResource>
    public let status: OpenEnum<Status>
    public let errorCode: String?
    public let objectCount: Int?
    public let url: String?
    public let partialDataURL: String?

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: BulkOperationResource.self)
        status = try node.enumValue("status", as: Status.self)
        errorCode = try node.optionalString("errorCode")
        objectCount = try node.optionalInt("objectCount")
        url = try node.optionalString("url")
        partialDataURL = try node.optionalString("partialDataUrl")
    }

    /// Whether polling can stop.
    public var isFinished: Bool {
        guard let known = status.known else { return false }
        return [.completed, .failed, .canceled, .expired].contains(known)
    }
}

/// Why a bulk export did not deliver.
public enum BulkOperationError: Error, Equatable, Sendable, CustomStringConvertible {
    case client(ShopifyError)
    /// `bulkOperationRunQuery` answered with user errors (OPERATION_IN_PROGRESS, INVALID, …).
    case refused([String])
    case ended(id: String, status: String, errorCode: String?)
    case stillRunning(id: String, polls: Int)
    case unreadable(DecodeProblem)

    public var description: String {
        switch self {
        case .client(let error): return error.description
        case .refused(let messages): return "Shopify refused the bulk query: " + messages.joined(separator: "; ")
        case .ended(let id, let status, let code):
            return "bulk operation \(id) ended \(status)" + (code.map { " (\($0))" } ?? "")
        case .stillRunning(let id, let polls): return "bulk operation \(id) still running after \(polls) polls"
        case .unreadable(let problem): return "bulk operation reply unreadable: \(problem)"
        }
    }
}

/// Runs bulk exports: start, poll until finished, then stream the JSONL result.
public struct BulkExporter: Sendable {
    public let client: ShopifyClient
    public var pollInterval = TimeSpan.seconds(2)
    public var maxPolls = 10_000

    public init(client: ShopifyClient) {
        self.client = client
    }

    /// Starts `query` (a bulk query: connections through `edges { node }`).
    public func start(_ query: String) throws(BulkOperationError) -> GlobalID<BulkOperationResource> {
        let response: GraphQLResponse
        do {
            response = try client.execute(ShopifyDocuments.bulkOperationRunQuery, variables: ["query": .string(query)])
        } catch { throw .client(error) }
        let payload = NodeReader(response.data ?? .null, path: "$").json["bulkOperationRunQuery"] ?? .null
        let messages = payload["userErrors"]?.arrayValue?.compactMap { $0["message"]?.stringValue } ?? []
        guard messages.isEmpty else { throw .refused(messages) }
        do {
            return try NodeReader(payload, path: "$.bulkOperationRunQuery").object("bulkOperation")
                .id(of: BulkOperationResource.self)
        } catch { throw .unreadable(error) }
    }

    /// Polls every `pollInterval` (through the client's clock) until the operation finished.
    public func wait(for id: GlobalID<BulkOperationResource>) throws(BulkOperationError) -> BulkOperation {
        for _ in 0..<maxPolls {
            let operation = try poll(id)
            if operation.isFinished {
                guard operation.status == .known(.completed) else {
                    throw .ended(id: id.rawValue, status: operation.status.rawValue, errorCode: operation.errorCode)
                }
                return operation
            }
            client.clock.sleep(for: pollInterval, cancellation: client.configuration.cancellation)
        }
        throw .stillRunning(id: id.rawValue, polls: maxPolls)
    }

    func poll(_ id: GlobalID<BulkOperationResource>) throws(BulkOperationError) -> BulkOperation {
        let response: GraphQLResponse
        do {
            response = try client.execute(ShopifyDocuments.bulkOperationPoll, variables: ["id": .string(id.rawValue)])
        } catch { throw .client(error) }
        do {
            return try NodeReader(response.data ?? .null).decode("bulkOperation", as: BulkOperation.self)
        } catch { throw .unreadable(error) }
    }

    /// Streams a finished operation's result as rebuilt objects, one root at a time. An empty
    /// result (no `url`) delivers nothing.
    public func download(_ operation: BulkOperation, timeoutSeconds: Int = 300,
                         _ body: (BulkObject) throws -> Void) throws -> BulkAssembler.Summary {
        var assembler = BulkAssembler()
        guard let url = operation.url else { return try assembler.finishing(body) }
        try client.transport.streamLines(from: url, timeoutSeconds: timeoutSeconds) { line in
            try assembler.add(line: line, body)
            return true
        }
        return try assembler.finishing(body)
    }
}
