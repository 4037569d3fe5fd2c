/// Writes a streamed response body as HTTP/1.1 chunks (or raw bytes to an HTTP/1.0 client,
/// whose connection is then closed to mark the end).
///
/// Handed to the closure of `HTTPResponse.Body.stream`; it is only valid during that call.
public final class ChunkWriter {
    /// Thrown by `write` once a body cut short by `.truncateBody` has reached its length.
    struct BodyCut: Error {}

    private let channel: ConnectionChannel
    private let chunked: Bool
    private var allowance: Int?
    private var pending: [UInt8] = []
    private let flushThreshold = 32 * 1024

    /// A writer onto `channel`; with `allowance`, only that many body bytes are ever sent.
    init(channel: ConnectionChannel, chunked: Bool, allowance: Int? = nil) {
        self.channel = channel
        self.chunked = chunked
        self.allowance = allowance
    }

    /// Queues bytes; they go out in chunks of about 32 KiB, so many small writes stay cheap.
    public func write(_ bytes: some Sequence<UInt8>) throws {
        pending.append(contentsOf: bytes)
        if let allowance, pending.count >= allowance {
            pending.removeLast(pending.count - allowance)
            try flush()
            throw BodyCut()
        }
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
        allowance = allowance.map { $0 - pending.count }
        pending.removeAll(keepingCapacity: true)
        try channel.send(frame)
    }

    /// Sends the rest and, when chunked, the last-chunk that tells the client the body ended.
    func finish() throws {
        try flush()
        if chunked { try channel.send(Array("0\r\n\r\n".utf8)) }
    }
}
