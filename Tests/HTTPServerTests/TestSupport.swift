import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer
import Synchronization
import Testing

/// A handler for most tests: echoes the body and reports what it saw in headers.
let echoHandler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { request, context in
    let headers: HTTPHeaders = [
        "X-Method": request.method,
        "X-Path": request.path,
        "X-Query": request.query ?? "",
        "X-Connection-ID": String(context.connectionID),
        "X-Request-Number": String(context.requestNumber),
        "X-Body-Count": String(request.body.count),
    ]
    return .response(HTTPResponse(status: 200, headers: headers, body: request.body))
}

/// Starts a server, runs `body` with it, and always stops it afterwards.
func withServer<T>(
    configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
    handler: @escaping @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = echoHandler,
    _ body: (HTTPServer, UInt16) async throws -> T
) async throws -> T {
    let server = HTTPServer(configuration: configuration, handler: handler)
    let port = try server.start()
    do {
        let result = try await body(server, port)
        await stopOffThePool(server)
        return result
    } catch {
        await stopOffThePool(server)
        throw error
    }
}

/// Calls the blocking `stop()` on a thread of its own, keeping the cooperative pool free.
@discardableResult
func stopOffThePool(_ server: HTTPServer) async -> Bool {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: server.stop()) }.start()
    }
}

/// An ephemeral URLSession, so connection reuse is never shared between tests.
func makeSession() -> URLSession {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 10
    return URLSession(configuration: configuration)
}

func makeRequest(
    _ port: UInt16, _ path: String, method: String = "GET", body: [UInt8]? = nil
) -> URLRequest {
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
    request.httpMethod = method
    request.httpBody = body.map { Data($0) }
    return request
}

/// Sends a request and returns the status, the response headers and the body.
func fetch(_ session: URLSession, _ request: URLRequest) async throws
    -> (status: Int, headers: [AnyHashable: Any], body: [UInt8]) {
    let (data, response) = try await session.data(for: request)
    let http = try #require(response as? HTTPURLResponse)
    return (http.statusCode, http.allHeaderFields, Array(data))
}

/// A response header by name, ignoring case.
func header(_ name: String, in headers: [AnyHashable: Any]) -> String? {
    headers.first { ($0.key as? String)?.lowercased() == name.lowercased() }?.value as? String
}

/// A deterministic byte pattern of any length, so corrupted transfers are detected.
func patternBytes(count: Int, seed: Int = 7) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: ($0 &* 31) ^ ($0 >> 9) &+ seed) }
}

/// Waits until `condition` holds, giving up after 5 seconds; returns whether it held. For
/// counters the server updates just after the client has already seen the outcome.
func eventually(_ condition: () -> Bool) async -> Bool {
    for _ in 0..<500 {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

/// A counter handlers can bump and tests can wait on.
final class Probe: Sendable {
    private let count = Atomic<Int>(0)

    var value: Int { count.load(ordering: .acquiring) }

    func bump() {
        count.add(1, ordering: .releasing)
    }

    /// Waits until the counter reaches `target`; false when that takes more than 5 seconds.
    func wait(for target: Int) async -> Bool {
        await eventually { value >= target }
    }
}
