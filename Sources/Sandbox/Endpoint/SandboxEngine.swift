import GraphQL

/// The boundary between the sandbox's HTTP-level endpoint (routing, tokens, versions, cost,
/// throttling, faults) and its GraphQL execution over the store. The endpoint parses and
/// validates a request against `schema`, charges its requested cost, and only then calls
/// `execute`; the engine resolves fields against the store and applies mutations.
public protocol SandboxEngine: Sendable {
    /// The part of Shopify's Admin schema the sandbox serves: a true subset of the real one.
    var schema: Schema { get }

    /// Runs a parsed, validated operation with coerced variables.
    func execute(_ document: Document, operationName: String?, variables: [String: JSON],
                 request: SandboxRequestContext) -> SandboxExecution

    /// A finished bulk operation's JSONL result, by the id in its URL, as lines to stream.
    func bulkResult(id: String) -> [String]?

    /// The same result read as it is streamed, so a large file never sits in memory. By
    /// default, the lines of `bulkResult`.
    func bulkLines(id: String) -> BulkLines?
}

extension SandboxEngine {
    public func bulkLines(id: String) -> BulkLines? {
        bulkResult(id: id).map { lines in BulkLines { body in for line in lines { try body(line) } } }
    }
}

/// The lines of a bulk result, handed one at a time to whoever writes them out.
public struct BulkLines: Sendable {
    /// Calls its argument with each line in order; a throw stops the reading.
    public let forEach: @Sendable ((String) throws -> Void) throws -> Void

    public init(_ forEach: @escaping @Sendable ((String) throws -> Void) throws -> Void) {
        self.forEach = forEach
    }
}

/// What the engine knows of the request it runs for.
public struct SandboxRequestContext: Sendable {
    /// The API version the request asked for (after falling forward).
    public let apiVersion: String
    /// The base URL bulk result links should use, e.g. `http://127.0.0.1:8080` (empty in-process).
    public let baseURL: String

    public init(apiVersion: String, baseURL: String) {
        self.apiVersion = apiVersion
        self.baseURL = baseURL
    }
}

/// The outcome of executing an operation.
public struct SandboxExecution: Sendable {
    /// `data`, or nil when a top-level error left none.
    public let data: JSON?
    /// Field errors with paths and codes (`RESOURCE_NOT_FOUND`, `BAD_REQUEST`, ...).
    public let errors: [GraphQLError]
    /// The actual cost: the requested-cost formula with the number of nodes really returned.
    public let actualCost: Int

    public init(data: JSON?, errors: [GraphQLError], actualCost: Int) {
        self.data = data
        self.errors = errors
        self.actualCost = actualCost
    }
}
