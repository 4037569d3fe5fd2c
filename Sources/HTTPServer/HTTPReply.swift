/// What a handler wants done with the connection after it has looked at a request.
///
/// Besides an ordinary response, the two other cases inject faults at the connection level,
/// the way a real network or a struggling server would show them to a client.
public enum HTTPReply: Sendable {
    /// Send the response now.
    case response(HTTPResponse)
    /// Close the connection without answering. Whether the request's work was applied first is
    /// the handler's choice, which is how "the write landed but the reply was lost" is staged.
    ///
    /// Measured with URLSession on Linux (libcurl 7.88): on a fresh connection the client gets
    /// a URLError at once. On a reused keep-alive connection libcurl resends the request on a
    /// new connection: a GET reaches the handler twice before failing, and a POST hangs until
    /// the request's timeout (`URLError.timedOut`) because its body cannot be rewound.
    case dropConnection
    /// Send the complete head but at most `keepingBodyBytes` of the body (always at least one
    /// byte short of a byte body), then close: a reply lost midway. A client cannot resend
    /// such a request silently, as libcurl does after `.dropConnection` on a reused connection.
    ///
    /// No case cuts a response inside its head: FoundationNetworking on Linux stops the client
    /// process with "Transfer completed, but there's no response" when that happens.
    case truncateBody(HTTPResponse, keepingBodyBytes: Int)
    /// Wait `seconds`, then send the response. A server shutdown that runs out of grace time
    /// cuts the wait short and closes the connection without answering.
    case respondAfter(seconds: Double, HTTPResponse)
}

/// Facts about the connection a request arrived on, for handlers that inject faults per
/// connection or per request.
public struct ConnectionContext: Sendable, Equatable {
    /// A number unique within one server, counting accepted connections from 1.
    public var connectionID: Int
    /// Which request this is on its connection, counting from 1.
    public var requestNumber: Int
    /// The client's address and port, e.g. `127.0.0.1:53122`.
    public var remoteAddress: String

    public init(connectionID: Int, requestNumber: Int, remoteAddress: String) {
        self.connectionID = connectionID
        self.requestNumber = requestNumber
        self.remoteAddress = remoteAddress
    }
}

/// Answers requests. It is called on the connection's own thread, so it may block (on a
/// database, on a lock) without stalling other connections or Swift's cooperative pool.
public protocol HTTPHandler: Sendable {
    /// Decides the reply to one request.
    func reply(to request: HTTPRequest, context: ConnectionContext) -> HTTPReply
}

/// An `HTTPHandler` made from a closure.
public struct ClosureHTTPHandler: HTTPHandler {
    private let body: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply

    /// Wraps `body`, which will be called once per request.
    public init(_ body: @escaping @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply) {
        self.body = body
    }

    public func reply(to request: HTTPRequest, context: ConnectionContext) -> HTTPReply {
        body(request, context)
    }
}
