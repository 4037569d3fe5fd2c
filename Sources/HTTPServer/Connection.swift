/// Serves one accepted connection, request after request, on the thread it was started on.
final class Connection {
    private let channel: ConnectionChannel
    private let context: ServerContext
    private let connectionID: Int
    private let remoteAddress: String
    private var requestNumber = 0

    init(fd: Int32, connectionID: Int, remoteAddress: String, context: ServerContext) {
        channel = ConnectionChannel(fd: fd)
        self.context = context
        self.connectionID = connectionID
        self.remoteAddress = remoteAddress
    }

    /// Serves requests until the client or a reply closes the connection, it idles too long,
    /// or the server stops.
    func run() {
        while serveNextRequest() {}
    }

    private var idleTimeout: Duration {
        .bounded(seconds: context.configuration.idleTimeout)
    }

    /// One exchange; returns whether the connection stays open for another.
    private func serveNextRequest() -> Bool {
        let idleDeadline = ContinuousClock.now + idleTimeout
        do {
            // An idle connection ends as soon as the server starts stopping.
            try channel.waitForData(until: idleDeadline, watching: context.stopping)
        } catch {
            return false
        }
        let reader = RequestReader(
            channel: channel, configuration: context.configuration, signal: context.aborting,
            deadline: ContinuousClock.now + idleTimeout)
        do throws(RequestFailure) {
            let request = try read(with: reader)
            requestNumber += 1
            let info = ConnectionContext(
                connectionID: connectionID, requestNumber: requestNumber,
                remoteAddress: remoteAddress)
            return deliver(context.handler.reply(to: request, context: info), for: request)
        } catch {
            return refuse(error)
        }
    }

    private func read(with reader: RequestReader) throws(RequestFailure) -> HTTPRequest {
        var (request, framing) = try reader.readHead()
        if framing != .none, request.version == .http11,
           request.headers.hasToken("100-continue", in: "Expect") {
            do { try ResponseWriter.sendContinue(to: channel) } catch { throw .channel(error) }
        }
        request.body = try reader.readBody(framing)
        return request
    }

    private func deliver(_ reply: HTTPReply, for request: HTTPRequest) -> Bool {
        switch reply {
        case .response(let response):
            return send(response, for: request)
        case .dropConnection:
            ServerCounters.increment(context.counters.requestsDropped)
            return false
        case .truncateBody(let response, let count):
            try? ResponseWriter.sendTruncated(
                response, to: channel, for: request, keepingBodyBytes: count)
            ServerCounters.increment(context.counters.requestsDropped)
            return false
        case .respondAfter(let seconds, let response):
            if context.aborting.wait(seconds: seconds) {
                ServerCounters.increment(context.counters.requestsDropped)
                return false
            }
            return send(response, for: request)
        }
    }

    private func send(_ response: HTTPResponse, for request: HTTPRequest) -> Bool {
        let keepAlive = request.wantsKeepAlive && !context.stopping.isRaised
        do {
            let stays = try ResponseWriter.send(
                response, to: channel, for: request, keepAlive: keepAlive)
            ServerCounters.increment(context.counters.requestsServed)
            return stays
        } catch {
            ServerCounters.increment(context.counters.requestsDropped)
            return false
        }
    }

    /// Answers a request the server could not accept, then closes.
    private func refuse(_ failure: RequestFailure) -> Bool {
        guard case .rejected(let status, let why) = failure else { return false }
        ServerCounters.increment(context.counters.requestsRejected)
        var response = HTTPResponse.text("\(why)\n", status: status)
        response.headers["Connection"] = "close"
        let request = HTTPRequest(method: "GET", target: "/")
        _ = try? ResponseWriter.send(response, to: channel, for: request, keepAlive: false)
        channel.lingeringShutdown(watching: context.aborting)
        return false
    }
}
