import HTTPServer
import ShopSyncCore

/// A reply delivered in-process: what an HTTP client would have read.
public struct InProcessReply: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    /// The body bytes; a JSONL download arrives whole, each line ending with a newline.
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// A failure of the in-process transport, as a network client would meet it.
public enum InProcessTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connection was lost before a reply arrived. Whether the request was applied cannot
    /// be told from here: the sandbox's faults stage both cases.
    case connectionLost(method: String, path: String)

    public var description: String {
        switch self {
        case .connectionLost(let method, let path):
            "the connection was lost before the reply to \(method) \(path) arrived"
        }
    }
}

extension SandboxEndpoint {
    /// Sends a request without a socket: the request is built as the HTTP server would build
    /// it and takes the same path through `handle`'s logic, so the status, headers (except
    /// `X-Request-Id`) and body bytes are those an HTTP client gets.
    ///
    /// A slow response waits on the endpoint's clock (a manual clock just moves on); a lost
    /// connection is thrown.
    public func perform(method: String, path: String, headers: HTTPHeaders = [:],
                        body: [UInt8] = []) throws(InProcessTransportError) -> InProcessReply {
        let request = HTTPRequest(method: method, target: path, headers: headers, body: body)
        switch outcome(of: request, baseURL: "") {
        case .respond(let response):
            return Self.reply(response)
        case .dropBeforeApply, .lostAfterApply:
            throw .connectionLost(method: method, path: path)
        case .delayed(let seconds, let response):
            clock.sleep(for: TimeSpan(milliseconds: Int64((seconds * 1000).rounded())),
                        cancellation: nil)
            return Self.reply(response)
        }
    }

    /// Sends a GraphQL request in-process, as a client of `POST /admin/api/{version}/graphql.json`.
    public func performGraphQL(version: String, accessToken: String,
                               body: [UInt8]) throws(InProcessTransportError) -> InProcessReply {
        try perform(method: "POST", path: "/admin/api/\(version)/graphql.json",
                    headers: ["Content-Type": "application/json",
                              "X-Shopify-Access-Token": accessToken],
                    body: body)
    }

    private static func reply(_ response: EndpointResponse) -> InProcessReply {
        InProcessReply(status: response.status, headers: response.headers, body: response.bodyBytes)
    }
}
