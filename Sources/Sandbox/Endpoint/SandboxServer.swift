import HTTPServer
import Synchronization

/// The sandbox over HTTP/1.1 on 127.0.0.1: an `HTTPServer` (thread per connection, keep-alive)
/// in front of a `SandboxEndpoint`.
///
/// Single use, like `HTTPServer`: `start` once, `stop` once.
public final class SandboxServer: Sendable {
    public let endpoint: SandboxEndpoint
    private let configuration: HTTPServerConfiguration
    private let server = Mutex<HTTPServer?>(nil)
    private let boundPort = BoundPort()

    /// A server for `endpoint`, not yet listening.
    public init(endpoint: SandboxEndpoint,
                configuration: HTTPServerConfiguration = HTTPServerConfiguration()) {
        self.endpoint = endpoint
        self.configuration = configuration
    }

    /// Starts serving on `port` of 127.0.0.1 (0 picks a free port) and returns the port bound.
    @discardableResult
    public func start(port: UInt16 = 0) throws(HTTPServerError) -> UInt16 {
        try server.withLock { server throws(HTTPServerError) -> UInt16 in
            guard server == nil else { throw .alreadyStarted }
            let http = makeHTTPServer(port: port)
            server = http
            return try boundPort.value.withLock { bound throws(HTTPServerError) -> UInt16 in
                bound = try http.start()
                return bound
            }
        }
    }

    private func makeHTTPServer(port: UInt16) -> HTTPServer {
        let endpoint = endpoint
        let boundPort = boundPort
        return HTTPServer(host: "127.0.0.1", port: port, configuration: configuration) {
            request, _ in
            // Waits for `start` to record the port, so no early request gets an empty base URL.
            let port = boundPort.value.withLock { $0 }
            return endpoint.handle(request, baseURL: "http://127.0.0.1:\(port)")
        }
    }

    /// The port being served, or nil when not running.
    public var port: UInt16? { server.withLock { $0 }?.port }

    /// `http://127.0.0.1:<port>` while running, else nil.
    public var baseURL: String? { port.map { "http://127.0.0.1:\($0)" } }

    /// What the HTTP server has done so far; nil before `start`.
    public var statistics: HTTPServerStatistics? { server.withLock { $0 }?.statistics }

    /// Stops accepting, lets requests in progress finish (within the grace period), and joins
    /// the connection threads. Returns false when a handler outlived the grace period.
    @discardableResult
    public func stop() -> Bool {
        // Not under the lock: stopping waits for requests, which may read `port` meanwhile.
        server.withLock { $0 }?.stop() ?? true
    }
}

/// The port a server bound, shared with its handler.
private final class BoundPort: Sendable {
    let value = Mutex<UInt16>(0)
}
