/// Serialises responses onto a channel (RFC 9112 section 4 and 6).
enum ResponseWriter {
    /// Sends `response`; `keepAlive` decides the `Connection` header. Returns whether the
    /// connection may stay open afterwards.
    static func send(
        _ response: HTTPResponse, to channel: ConnectionChannel,
        for request: HTTPRequest, keepAlive: Bool
    ) throws -> Bool {
        let (frame, stays) = serialize(response, for: request, keepAlive: keepAlive, cut: nil)
        try channel.send(frame)
        guard case .stream(let produce) = response.body, hasBody(response, for: request) else {
            return stays
        }
        let writer = ChunkWriter(channel: channel, chunked: request.version == .http11)
        try produce(writer)
        try writer.finish()
        return stays
    }

    /// Sends the whole head but fewer body bytes than it announces: at most `count`, and
    /// always at least one byte short, so the client is sure to see a truncated body.
    static func sendTruncated(
        _ response: HTTPResponse, to channel: ConnectionChannel,
        for request: HTTPRequest, keepingBodyBytes count: Int
    ) throws {
        let (frame, _) = serialize(response, for: request, keepAlive: false, cut: count)
        try channel.send(frame)
        guard case .stream(let produce) = response.body, hasBody(response, for: request) else {
            return
        }
        let writer = ChunkWriter(
            channel: channel, chunked: request.version == .http11, allowance: max(0, count))
        do {
            try produce(writer)
            try writer.flush()
        } catch is ChunkWriter.BodyCut {
            return
        }
    }

    /// The head with framing headers set, followed by the body when it is bytes; and whether
    /// the connection stays open afterwards.
    private static func serialize(
        _ response: HTTPResponse, for request: HTTPRequest, keepAlive: Bool, cut: Int?
    ) -> ([UInt8], Bool) {
        var headers = response.headers
        headers.remove("Content-Length")
        headers.remove("Transfer-Encoding")
        // A handler on a simulated clock may set its own Date; otherwise RFC 9110 wants one.
        if !headers.contains("Date") { headers.add("Date", HTTPDate.format()) }
        switch response.body {
        case .bytes(let bytes):
            if response.status != 204 { headers["Content-Length"] = String(bytes.count) }
            let stays = markConnection(&headers, keepAlive: keepAlive, version: request.version)
            var frame = head(response, headers: headers)
            let kept = cut.map { min(max(0, $0), max(0, bytes.count - 1)) } ?? bytes.count
            if hasBody(response, for: request) { frame.append(contentsOf: bytes.prefix(kept)) }
            return (frame, stays)
        case .stream:
            // HTTP/1.0 has no chunked coding: the body runs until the connection closes.
            let chunked = request.version == .http11
            if chunked { headers["Transfer-Encoding"] = "chunked" }
            let stays = markConnection(
                &headers, keepAlive: keepAlive && chunked, version: request.version)
            return (head(response, headers: headers), stays)
        }
    }

    private static func hasBody(_ response: HTTPResponse, for request: HTTPRequest) -> Bool {
        request.method != "HEAD" && response.status != 204 && response.status != 304
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
