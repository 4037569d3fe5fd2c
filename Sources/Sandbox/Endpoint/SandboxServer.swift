import HTTPServer
import Synchronization

/// The sandbox over HTTP/1.1 on 127.0.0.1: an `HTTPServer` (thread per connection, keep-alive)
/// in front of a `SandboxEndpoint`.
///
/// Single use, like `HTTPServer`: `start` once, `stop` once.
public final class SandboxServer: Sendable {
    public let endpoint: SandboxEndpoint
    private let server: HTTPServer
    private let boundPort: BoundPort

    /// A server for `endpoint` on `port` of 127.0.0.1 (0 picks a free port).
    public init(endpoint: SandboxEndpoint, port: UInt16 = 0,
                configuration: HTTPServerConfiguration = HTTPServerConfiguration()) {
        self.endpoint = endpoint
        let boundPort = BoundPort()
        self.boundPort = boundPort
        server = HTTPServer(host: "127.0.0.1", port: port, configuration: configuration) {
            request, _ in
            // Waits for `start` to record the port, so no early request gets an empty base URL.
            let port = boundPort.value.withLock { $0 }
            return endpoint.handle(request, baseURL: "http://127.0.0.1:\(port)")
        }
    }

    /// Starts serving and returns the port bound.
    @discardableResult
    public func start() throws(HTTPServerError) -> UInt16 {
        try boundPort.value.withLock { port throws(HTTPServerError) in
            port = try server.start()
            return port
        }
    }

    /// The port being served, or nil when not running.
    public var port: UInt16? { server.port }

    /// `http://127.0.0.1:<port>` while running, else nil.
    public var baseURL: String? { port.map { "http://127.0.0.1:\($0)" } }

    /// What the HTTP server has done so far.
    public var statistics: HTTPServerStatistics { server.statistics }

    /// Stops accepting, lets requests in progress finish (within the grace period), and joins
    /// the connection threads. Returns false when a handler outlived the grace period.
    @discardableResult
    public func stop() -> Bool {
        server.stop()
    }
}

/// The port a server bound, shared with its handler.
private final class BoundPort: Sendable {
    let value = Mutex<UInt16>(0)
}
