import GraphQL
import HTTPServer

/// A response the endpoint decided on, before a transport (HTTP or in-process) carries it.
struct EndpointResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]
    /// Set for a JSONL download: the lines, streamed over HTTP one by one.
    var lines: BulkLines?

    init(status: Int, headers: HTTPHeaders = [:], body: [UInt8], lines: BulkLines? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.lines = lines
    }

    /// A JSON body with the given status.
    static func json(_ value: JSON, status: Int = 200) -> EndpointResponse {
        EndpointResponse(status: status,
                         headers: ["Content-Type": "application/json; charset=utf-8"],
                         body: Array(value.serialized().utf8))
    }

    /// The bytes of the body whichever way it is carried: JSONL lines end with a newline.
    var bodyBytes: [UInt8] {
        guard let lines else { return body }
        var bytes: [UInt8] = []
        // In-process the whole body is one reply; a store that cannot be read ends it early.
        try? lines.forEach { line in
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        return bytes
    }

    var httpResponse: HTTPResponse {
        guard let lines else { return HTTPResponse(status: status, headers: headers, body: body) }
        return HTTPResponse(status: status, headers: headers, body: .stream { writer in
            try lines.forEach { line in
                try writer.write(line)
                try writer.write("\n")
            }
        })
    }
}

/// What happens to the connection a request came on.
enum EndpointOutcome: Sendable {
    case respond(EndpointResponse)
    /// The connection is lost before anything ran.
    case dropBeforeApply
    /// The request ran, and then its reply is lost.
    case lostAfterApply(EndpointResponse)
    /// The reply comes after a delay.
    case delayed(seconds: Double, EndpointResponse)

    /// The outcome over HTTP.
    ///
    /// A lost connection is staged with `.truncateBody` keeping no body bytes, in both drop
    /// cases: the client fails at once with a lost connection. `.dropConnection` would make
    /// libcurl resend the request silently on a reused keep-alive connection, or leave a POST
    /// hanging until its timeout (see `HTTPReply.dropConnection`); what the client can tell
    /// apart is only whether the write landed, which the sandbox's state shows.
    var httpReply: HTTPReply {
        switch self {
        case .respond(let response):
            .response(response.httpResponse)
        case .dropBeforeApply:
            .truncateBody(EndpointResponse.json(.object([:])).httpResponse, keepingBodyBytes: 0)
        case .lostAfterApply(let response):
            .truncateBody(response.httpResponse, keepingBodyBytes: 0)
        case .delayed(let seconds, let response):
            .respondAfter(seconds: seconds, response.httpResponse)
        }
    }

    /// The same outcome with `name: value` added to the response headers.
    func adding(_ name: String, _ value: String) -> EndpointOutcome {
        func add(_ response: EndpointResponse) -> EndpointResponse {
            var copy = response
            copy.headers[name] = value
            return copy
        }
        switch self {
        case .respond(let response): return .respond(add(response))
        case .dropBeforeApply: return self
        case .lostAfterApply(let response): return .lostAfterApply(add(response))
        case .delayed(let seconds, let response): return .delayed(seconds: seconds, add(response))
        }
    }
}
