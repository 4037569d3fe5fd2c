import Foundation
import HTTPServer
import ShopifyClient

/// The fake served over HTTP on loopback, so the URLSession transport meets real sockets: a
/// lost reply is a connection closed before the body, as the sandbox stages it.
extension FakeShopify {
    func serve() throws -> (server: HTTPServer, baseURL: String) {
        let server = HTTPServer { request, _ in
            if request.method == "GET", request.path == "/bulk/1.jsonl" {
                let lines = self.state.withLock { $0.bulkLines }
                return .response(HTTPResponse(status: 200, headers: ["Content-Type": "application/jsonl"],
                                              body: Array(lines.map { $0 + "\n" }.joined().utf8)))
            }
            let headers = request.headers.map { (name: $0.name, value: $0.value) }
            let transportRequest = TransportRequest(method: request.method, path: request.path,
                                                    headers: headers, body: request.body)
            guard let response = self.handle(transportRequest) else {
                return .truncateBody(HTTPResponse(status: 200, body: Array("{}".utf8)), keepingBodyBytes: 0)
            }
            return .response(HTTPResponse(status: response.status,
                                          headers: HTTPHeaders(response.headers.map { ($0.key, $0.value) }),
                                          body: response.body))
        }
        let port = try server.start()
        let baseURL = "http://127.0.0.1:\(port)"
        state.withLock { $0.bulkURL = baseURL + "/bulk/1.jsonl" }
        return (server, baseURL)
    }
}
