/// Limits and timeouts of an `HTTPServer`; the defaults suit a local sandbox.
public struct HTTPServerConfiguration: Sendable, Equatable {
    /// The most bytes a request line plus headers (or a chunked body's trailers) may take;
    /// more gets 431 and the connection closed.
    public var maxHeaderBytes: Int
    /// The most body bytes accepted; more gets 413 and the connection closed.
    public var maxBodyBytes: Int
    /// How long an idle keep-alive connection is kept open waiting for its next request,
    /// and how long a request may take to arrive once it has begun.
    public var idleTimeout: Double
    /// How long `stop()` waits for requests in progress before cutting their connections.
    public var stopGracePeriod: Double
    /// How long a single `send` may block on a client that does not read.
    public var sendTimeout: Double

    /// Limits with the given values; every parameter has the default documented on its property.
    public init(
        maxHeaderBytes: Int = 64 * 1024,
        maxBodyBytes: Int = 16 * 1024 * 1024,
        idleTimeout: Double = 30,
        stopGracePeriod: Double = 5,
        sendTimeout: Double = 30
    ) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        self.idleTimeout = idleTimeout
        self.stopGracePeriod = stopGracePeriod
        self.sendTimeout = sendTimeout
    }
}
