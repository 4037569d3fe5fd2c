import HTTPServer
import Sandbox
import ShopifyClient

/// The client's in-process way to the sandbox: each request goes through
/// `SandboxEndpoint.perform`, which takes the same path as a request over HTTP, so the client
/// meets the same bytes, throttling and faults without a socket.
public struct SandboxTransport: ShopifyTransport {
    public let endpoint: SandboxEndpoint

    public init(endpoint: SandboxEndpoint) {
        self.endpoint = endpoint
    }

    public func send(_ request: TransportRequest) -> Result<TransportResponse, TransportFailure> {
        let headers = HTTPHeaders(request.headers.map { ($0.name, $0.value) })
        do {
            let reply = try endpoint.perform(method: request.method, path: request.path,
                                             headers: headers, body: request.body)
            return .success(Self.response(reply))
        } catch {
            // The sandbox stages both kinds of loss; neither tells the client whether it landed.
            return .failure(.connectionLost(error.description))
        }
    }

    /// Bulk results in-process: `url` is the path the sandbox gave (`/bulk/{id}.jsonl`).
    public func streamLines(from url: String, timeoutSeconds: Int,
                            _ line: (String) throws -> Bool) throws {
        let reply: InProcessReply
        do {
            reply = try endpoint.perform(method: "GET", path: Self.path(of: url))
        } catch {
            throw TransportFailure.connectionLost(error.description)
        }
        guard reply.status == 200 else {
            throw TransportFailure.other("HTTP \(reply.status) for bulk result")
        }
        var start = reply.body.startIndex
        while start < reply.body.endIndex {
            let end = reply.body[start...].firstIndex(of: 0x0A) ?? reply.body.endIndex
            let text = String(decoding: reply.body[start..<end], as: UTF8.self)
            start = end == reply.body.endIndex ? end : end + 1
            guard try line(text) else { return }
        }
    }

    static func response(_ reply: InProcessReply) -> TransportResponse {
        var headers: [String: String] = [:]
        for field in reply.headers { headers[field.name] = field.value }
        return TransportResponse(status: reply.status, headers: headers, body: reply.body)
    }

    /// The path of a URL, so a link built for HTTP also works in-process.
    static func path(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
    }
}
