/// Why a request could not be read; the connection answers `status` (when it can) and closes.
enum RequestFailure: Error, Equatable {
    /// The request broke the protocol or a limit; answer with this status and close.
    case rejected(status: Int, why: String)
    /// The connection itself failed, timed out or was interrupted; close without answering.
    case channel(ChannelError)
}

/// How the body of a request is delimited on the wire.
enum BodyFraming: Equatable {
    case none
    case length(Int)
    case chunked
}

/// Reads HTTP/1.1 requests (RFC 9112) from a channel: the head first, then the body, so the
/// connection can send `100 Continue` in between.
struct RequestReader {
    let channel: ConnectionChannel
    let configuration: HTTPServerConfiguration
    let signal: ShutdownSignal
    let deadline: ContinuousClock.Instant

    /// request-line *( field-line CRLF ) CRLF; the returned request has no body yet.
    func readHead() throws(RequestFailure) -> (HTTPRequest, BodyFraming) {
        var budget = configuration.maxHeaderBytes
        var line = try nextLine(budget: &budget)
        // RFC 9112 section 2.2: ignore empty lines received before the request line.
        for _ in 0..<4 where line.isEmpty { line = try nextLine(budget: &budget) }
        var request = try parseRequestLine(line)
        request.headers = try readFields(budget: &budget)
        if request.version == .http11, !request.headers.contains("Host") {
            throw .rejected(status: 400, why: "HTTP/1.1 request without Host")
        }
        return (request, try framing(of: request.headers))
    }

    /// message-body, as framed by the head; de-chunked, trailers discarded.
    func readBody(_ framing: BodyFraming) throws(RequestFailure) -> [UInt8] {
        var body: [UInt8] = []
        switch framing {
        case .none:
            break
        case .length(let count):
            body.reserveCapacity(count)
            try channelCall { () throws(ChannelError) in
                try channel.read(count, into: &body, until: deadline, watching: signal)
            }
        case .chunked:
            try readChunks(into: &body)
        }
        return body
    }

    // request-line = method SP request-target SP HTTP-version
    private func parseRequestLine(_ line: ArraySlice<UInt8>) throws(RequestFailure)
        -> HTTPRequest {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, HTTPSyntax.isToken(parts[0]), HTTPSyntax.isTarget(parts[1]) else {
            throw .rejected(status: 400, why: "malformed request line")
        }
        let versionText = String(decoding: parts[2], as: UTF8.self)
        guard let version = HTTPVersion(rawValue: versionText) else {
            let looksLikeHTTP = versionText.utf8.count == 8 && versionText.hasPrefix("HTTP/")
            throw .rejected(status: looksLikeHTTP ? 505 : 400, why: "unsupported version")
        }
        return HTTPRequest(
            method: String(decoding: parts[0], as: UTF8.self),
            target: String(decoding: parts[1], as: UTF8.self), version: version)
    }

    // field-line = field-name ":" OWS field-value OWS
    private func readFields(budget: inout Int) throws(RequestFailure) -> HTTPHeaders {
        var headers = HTTPHeaders()
        while true {
            let line = try nextLine(budget: &budget)
            if line.isEmpty { return headers }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")),
                  HTTPSyntax.isToken(line[line.startIndex..<colon]),
                  HTTPSyntax.isFieldValue(line[(colon + 1)...]) else {
                throw .rejected(status: 400, why: "malformed header line")
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self)
            headers.add(name, String(value.trimmingWhitespace()))
        }
    }

    private func framing(of headers: HTTPHeaders) throws(RequestFailure) -> BodyFraming {
        let codings = headers.values(for: "Transfer-Encoding")
        let lengths = Set(headers.values(for: "Content-Length")
            .flatMap { $0.split(separator: ",").map { String($0.trimmingWhitespace()) } })
        if !codings.isEmpty {
            // A request with both is a request-smuggling shape; refusing it is allowed.
            guard lengths.isEmpty else {
                throw .rejected(status: 400, why: "both Transfer-Encoding and Content-Length")
            }
            guard codings.count == 1, HTTPHeaders.same(codings[0], "chunked") else {
                throw .rejected(status: 501, why: "unsupported transfer coding")
            }
            return .chunked
        }
        guard let text = lengths.first else { return .none }
        guard lengths.count == 1, let length = HTTPSyntax.decimal(text) else {
            throw .rejected(status: 400, why: "invalid Content-Length")
        }
        guard length <= configuration.maxBodyBytes else {
            throw .rejected(status: 413, why: "body of \(length) bytes is over the limit")
        }
        return length == 0 ? .none : .length(length)
    }

    // chunked-body = *chunk last-chunk trailer-section CRLF
    private func readChunks(into body: inout [UInt8]) throws(RequestFailure) {
        var sizeBudget = Int.max
        while true {
            let sizeLine = try nextLine(budget: &sizeBudget, limit: 1024)
            let sizeText = sizeLine.prefix { $0 != UInt8(ascii: ";") }
            guard let size = HTTPSyntax.hexadecimal(sizeText) else {
                throw .rejected(status: 400, why: "malformed chunk size")
            }
            if size == 0 { break }
            guard size <= configuration.maxBodyBytes - body.count else {
                throw .rejected(status: 413, why: "chunked body over the limit")
            }
            try channelCall { () throws(ChannelError) in
                try channel.read(size, into: &body, until: deadline, watching: signal)
            }
            guard try nextLine(budget: &sizeBudget, limit: 2).isEmpty else {
                throw .rejected(status: 400, why: "chunk data longer than its size")
            }
        }
        var trailerBudget = configuration.maxHeaderBytes
        _ = try readFields(budget: &trailerBudget)
    }

    /// The next line, charged against `budget`; running out means 431.
    private func nextLine(budget: inout Int, limit: Int? = nil) throws(RequestFailure)
        -> ArraySlice<UInt8> {
        let allowed = min(budget, limit ?? budget)
        do {
            let line = try channel.readLine(limit: allowed, until: deadline, watching: signal)
            budget -= line.count + 2
            return line
        } catch .lineTooLong {
            if limit != nil { throw .rejected(status: 400, why: "line too long") }
            throw .rejected(status: 431, why: "request head over the limit")
        } catch {
            throw .channel(error)
        }
    }

    private func channelCall(_ body: () throws(ChannelError) -> Void) throws(RequestFailure) {
        do { try body() } catch { throw .channel(error) }
    }
}
