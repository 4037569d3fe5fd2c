import Dispatch
import Foundation
import Glibc
import Synchronization

/// A small HTTP/1.1 server on plain sockets: one thread accepts, each connection gets its own
/// thread, and the handler runs on that thread.
///
/// A server is single use: `start()` once, `stop()` once, then create a new one to serve again.
public final class HTTPServer: Sendable {
    private enum State {
        case idle
        case running(listenFD: Int32, port: UInt16, context: ServerContext)
        case stopped
    }

    /// The IPv4 address the server binds.
    public let host: String
    private let requestedPort: UInt16
    private let configuration: HTTPServerConfiguration
    private let handler: any HTTPHandler
    private let counters = ServerCounters()
    private let state = Mutex<State>(.idle)
    private let acceptFinished = DispatchSemaphore(value: 0)
    private let connectionThreads = DispatchGroup()

    /// A server for `host:port` (port 0 picks a free port when started) that answers with
    /// `handler`.
    public init(
        host: String = "127.0.0.1", port: UInt16 = 0,
        configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
        handler: some HTTPHandler
    ) {
        self.host = host
        self.requestedPort = port
        self.configuration = configuration
        self.handler = handler
    }

    /// A server whose handler is a closure, called once per request on the connection's thread.
    public convenience init(
        host: String = "127.0.0.1", port: UInt16 = 0,
        configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
        handler: @escaping @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply
    ) {
        self.init(
            host: host, port: port, configuration: configuration,
            handler: ClosureHTTPHandler(handler))
    }

    /// Binds, starts listening and starts the accept thread; returns the port bound.
    /// Also sets SIGPIPE to be ignored for the whole process.
    @discardableResult
    public func start() throws(HTTPServerError) -> UInt16 {
        try state.withLock { state throws(HTTPServerError) -> UInt16 in
            guard case .idle = state else { throw .alreadyStarted }
            // Belt and braces: every send uses MSG_NOSIGNAL, but a peer reset must never be
            // able to kill the whole process, and libcurl in the same process expects it too.
            signal(SIGPIPE, SIG_IGN)
            let context = try ServerContext(
                handler: handler, configuration: configuration, counters: counters)
            let (listenFD, port) = try Listener.open(host: host, port: requestedPort)
            state = .running(listenFD: listenFD, port: port, context: context)
            let thread = Thread { [self] in acceptLoop(listenFD: listenFD, context: context) }
            thread.name = "http-accept-\(port)"
            thread.start()
            return port
        }
    }

    /// The port being served, or nil when the server is not running.
    public var port: UInt16? {
        state.withLock { state in
            if case .running(_, let port, _) = state { return port }
            return nil
        }
    }

    /// What the server has done so far.
    public var statistics: HTTPServerStatistics { counters.snapshot }

    /// Stops accepting and releases the port, closes idle keep-alive connections, lets requests
    /// in progress finish within the grace period, then cuts the rest and joins the threads.
    ///
    /// Returns false when a handler was still running after the grace period plus one second;
    /// its thread is left to finish on its own. Calls after the first return true at once.
    @discardableResult
    public func stop() -> Bool {
        let running = state.withLock { state -> (Int32, ServerContext)? in
            defer { state = .stopped }
            guard case .running(let listenFD, _, let context) = state else { return nil }
            // Raised under the lock, so whoever sees `port == nil` knows stopping has begun.
            context.stopping.raise()
            return (listenFD, context)
        }
        guard let (listenFD, context) = running else { return true }
        acceptFinished.wait()
        _ = close(listenFD)
        return joinConnections(context)
    }

    private func joinConnections(_ context: ServerContext) -> Bool {
        let grace = DispatchTime.now() + configuration.stopGracePeriod
        if connectionThreads.wait(timeout: grace) == .success { return true }
        context.aborting.raise()
        return connectionThreads.wait(timeout: .now() + 1) == .success
    }

    private func acceptLoop(listenFD: Int32, context: ServerContext) {
        var entries = [
            pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: context.stopping.readFD, events: Int16(POLLIN), revents: 0),
        ]
        while !context.stopping.isRaised {
            guard poll(&entries, 2, -1) > 0, entries[0].revents != 0 else { continue }
            guard let (fd, peer) = Listener.accept(on: listenFD) else {
                // Out of file descriptors: back off instead of spinning on a ready listener.
                if errno == EMFILE || errno == ENFILE { usleep(10_000) }
                continue
            }
            startConnection(fd: fd, peer: peer, context: context)
        }
        acceptFinished.signal()
    }

    private func startConnection(fd: Int32, peer: String, context: ServerContext) {
        Listener.configureAccepted(fd, sendTimeout: configuration.sendTimeout)
        let id = ServerCounters.increment(counters.connectionsAccepted)
        ServerCounters.increment(counters.connectionsOpen)
        connectionThreads.enter()
        let thread = Thread { [connectionThreads, counters] in
            Connection(fd: fd, connectionID: id, remoteAddress: peer, context: context).run()
            counters.connectionsOpen.subtract(1, ordering: .relaxed)
            connectionThreads.leave()
        }
        thread.name = "http-connection-\(id)"
        thread.start()
    }
}
