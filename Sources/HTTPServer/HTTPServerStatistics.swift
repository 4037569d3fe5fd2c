import Synchronization

/// A snapshot of what a server has done since it started.
public struct HTTPServerStatistics: Sendable, Equatable {
    /// TCP connections accepted.
    public var connectionsAccepted: Int
    /// Connections open right now.
    public var connectionsOpen: Int
    /// Requests that got a complete response from a handler.
    public var requestsServed: Int
    /// Requests a handler answered with `.dropConnection` (or whose slow response was cut off
    /// by a shutdown, or whose streamed body failed).
    public var requestsDropped: Int
    /// Requests refused by the server itself for breaking the protocol or a limit (400, 413...).
    public var requestsRejected: Int
}

/// The live counters behind `HTTPServerStatistics`, shared by the accept and connection threads.
final class ServerCounters: Sendable {
    let connectionsAccepted = Atomic<Int>(0)
    let connectionsOpen = Atomic<Int>(0)
    let requestsServed = Atomic<Int>(0)
    let requestsDropped = Atomic<Int>(0)
    let requestsRejected = Atomic<Int>(0)

    /// Adds one to `counter` and returns the new value.
    @discardableResult
    static func increment(_ counter: borrowing Atomic<Int>) -> Int {
        counter.wrappingAdd(1, ordering: .relaxed).newValue
    }

    var snapshot: HTTPServerStatistics {
        HTTPServerStatistics(
            connectionsAccepted: connectionsAccepted.load(ordering: .relaxed),
            connectionsOpen: connectionsOpen.load(ordering: .relaxed),
            requestsServed: requestsServed.load(ordering: .relaxed),
            requestsDropped: requestsDropped.load(ordering: .relaxed),
            requestsRejected: requestsRejected.load(ordering: .relaxed))
    }
}

/// Everything a connection thread needs from its server, fixed when the server starts.
final class ServerContext: Sendable {
    let handler: any HTTPHandler
    let configuration: HTTPServerConfiguration
    let counters: ServerCounters
    /// Raised when `stop()` begins: stop accepting, close idle connections.
    let stopping: ShutdownSignal
    /// Raised when the grace period is over: cut requests still in progress.
    let aborting: ShutdownSignal

    init(
        handler: any HTTPHandler, configuration: HTTPServerConfiguration,
        counters: ServerCounters
    ) throws(HTTPServerError) {
        self.handler = handler
        self.configuration = configuration
        self.counters = counters
        stopping = try ShutdownSignal()
        aborting = try ShutdownSignal()
    }
}
