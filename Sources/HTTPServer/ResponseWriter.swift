/// Writes a streamed response body as HTTP/1.1 chunks (or raw bytes to an HTTP/1.0 client,
/// whose connection is then closed to mark the end).
///
/// Handed to the closure of `HTTPResponse.Body.stream`; it is only valid during that call.
public final class ChunkWriter {
    private let channel: ConnectionChannel
    private let chunked: Bool
    private var pending: [UInt8] = []
    private let flushThreshold = 32 * 1024

    init(channel: ConnectionChannel, chunked: Bool) {
        self.channel = channel
        self.chunked = chunked
    }

    /// Queues bytes; they go out in chunks of about 32 KiB, so many small writes stay cheap.
    public func write(_ bytes: some Sequence<UInt8>) throws {
        pending.append(contentsOf: bytes)
        if pending.count >= flushThreshold { try flush() }
    }

    /// Queues the UTF-8 bytes of `text`.
    public func write(_ text: String) throws {
        try write(text.utf8)
    }

    /// Sends what is queued now, e.g. before a deliberate pause in a slow download.
    public func flush() throws {
        guard !pending.isEmpty else { return }
        var frame: [UInt8] = []
        if chunked {
            frame.reserveCapacity(pending.count + 12)
            frame.append(contentsOf: "\(String(pending.count, radix: 16))\r\n".utf8)
        }
        frame.append(contentsOf: pending)
        if chunked { frame.append(contentsOf: "\r\n".utf8) }
        pending.removeAll(keepingCapacity: true)
        try channel.send(frame)
    }

    /// Sends the rest and, when chunked, the last-chunk that tells the client the body ended.
    func finish() throws {
        try flush()
        if chunked { try channel.send(Array("0\r\n\r\n".utf8)) }
    }
}

/// Serialises responses onto a channel (RFC 9112 section 4 and 6).
enum ResponseWriter {
    /// Sends `response`; `keepAlive` decides the `Connection` header. Returns whether the
    /// connection may stay open afterwards.
    static func send(
        _ response: HTTPResponse, to channel: ConnectionChannel,
        for request: HTTPRequest, keepAlive: Bool
    ) throws -> Bool {
        var headers = response.headers
        headers.remove("Content-Length")
        headers.remove("Transfer-Encoding")
        let bodyAllowed = request.method != "HEAD" && response.status != 204
            && response.status != 304
        switch response.body {
        case .bytes(let bytes):
            if response.status != 204 { headers["Content-Length"] = String(bytes.count) }
            let stays = markConnection(&headers, keepAlive: keepAlive, version: request.version)
            var frame = head(response, headers: headers)
            if bodyAllowed { frame.append(contentsOf: bytes) }
            try channel.send(frame)
            return stays
        case .stream(let produce):
            let chunked = request.version == .http11
            if chunked { headers["Transfer-Encoding"] = "chunked" }
            let stays = markConnection(
                &headers, keepAlive: keepAlive && chunked, version: request.version)
            try channel.send(head(response, headers: headers))
            guard bodyAllowed else { return stays }
            let writer = ChunkWriter(channel: channel, chunked: chunked)
            try produce(writer)
            try writer.finish()
            return stays
        }
    }

    /// An interim `100 Continue`, telling the client to go on sending the body.
    static func sendContinue(to channel: ConnectionChannel) throws(ChannelError) {
        try channel.send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
    }

    /// Sets `Connection` for the decision and returns whether the connection stays open.
    private static func markConnection(
        _ headers: inout HTTPHeaders, keepAlive: Bool, version: HTTPVersion
    ) -> Bool {
        let stays = keepAlive && !headers.hasToken("close", in: "Connection")
        switch (stays, version) {
        case (false, _): headers["Connection"] = "close"
        case (true, .http10): headers["Connection"] = "keep-alive"
        case (true, .http11): headers.remove("Connection")
        }
        return stays
    }

    private static func head(_ response: HTTPResponse, headers: HTTPHeaders) -> [UInt8] {
        var text = "HTTP/1.1 \(response.status) \(response.reason)\r\n"
        for field in headers { text += "\(field.name): \(field.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }
}
