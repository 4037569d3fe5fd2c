/// One HTTP exchange as every transport carries it: the same GraphQL text and JSON bytes go
/// over a socket to a real store or the sandbox server, or in-process to the sandbox.
public struct TransportRequest: Sendable {
    public var method: String
    /// The path below the shop's base URL, e.g. `/admin/api/2026-07/graphql.json`.
    public var path: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Whole seconds: URLSession on Linux truncates fractions (0.5 s fails at once).
    public var timeoutSeconds: Int

    public init(method: String = "POST", path: String, headers: [(name: String, value: String)],
                body: [UInt8], timeoutSeconds: Int = 30) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.timeoutSeconds = max(1, timeoutSeconds)
    }
}

/// A complete HTTP reply.
public struct TransportResponse: Sendable {
    public var status: Int
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) },
                                  uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A request that got no complete reply. For a write, every case but `unreachable` leaves it
/// unknown whether the server applied it.
public enum TransportFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing was sent: refused, unknown host, no route.
    case unreachable(String)
    /// The connection closed before or during the reply.
    case connectionLost(String)
    case timedOut(seconds: Int)
    case other(String)

    public var description: String {
        switch self {
        case .unreachable(let detail): return "cannot connect: \(detail)"
        case .connectionLost(let detail): return "connection lost before the reply was complete: \(detail)"
        case .timedOut(let seconds): return "no reply within \(seconds) s"
        case .other(let detail): return detail
        }
    }

    /// Whether the request surely never reached the server.
    public var neverSent: Bool {
        if case .unreachable = self { return true }
        return false
    }
}

/// Carries requests to a shop. Calls block the calling thread: call them from a thread of
/// your own (a sync's worker), never from a Task on the cooperative pool.
public protocol ShopifyTransport: Sendable {
    func send(_ request: TransportRequest) -> Result<TransportResponse, TransportFailure>

    /// Streams the text lines of a bulk operation's result at `url` into `line`, one at a time,
    /// without holding the whole file. `line` returns false to stop early.
    func streamLines(from url: String, timeoutSeconds: Int,
                     _ line: (String) throws -> Bool) throws -> Void
}
