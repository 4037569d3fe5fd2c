import Foundation
import Glibc

/// What a raw client read back: the final status line's code, headers and body.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A tiny blocking HTTP client on a plain socket, for what URLSession will not send:
/// malformed requests, chunked bodies, `Expect: 100-continue`, HTTP/1.0, pipelining.
///
/// Every read gives up after 5 seconds so a server bug fails a test instead of hanging it.
final class RawClient {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { throw RawClientError.connectFailed(errno) }
    }

    deinit {
        close(fd)
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads one response: status line, headers, then (unless `expectBody` is false, as for
    /// HEAD) a Content-Length, chunked or read-to-close body.
    func readResponse(expectBody: Bool = true) throws -> RawResponse {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw RawClientError.malformed(statusLine)
        }
        var headers: [String: String] = [:]
        while case let line = try readLine(), !line.isEmpty {
            let pair = line.split(separator: ":", maxSplits: 1)
            headers[pair[0].lowercased()] = pair.count > 1
                ? pair[1].trimmingCharacters(in: .whitespaces) : ""
        }
        if status == 100 || !expectBody {
            return RawResponse(status: status, headers: headers, body: [])
        }
        return RawResponse(status: status, headers: headers, body: try readBody(headers))
    }

    /// True when the server has closed the connection (reading yields end of file).
    func isClosedByServer() -> Bool {
        (try? fill()) == nil && buffer.isEmpty
    }

    private func readBody(_ headers: [String: String]) throws -> [UInt8] {
        if let length = headers["content-length"].flatMap({ Int($0) }) {
            return try take(length)
        }
        guard headers["transfer-encoding"] == "chunked" else { return readToClose() }
        var body: [UInt8] = []
        while let size = Int(try readLine(), radix: 16), size > 0 {
            body += try take(size)
            _ = try readLine()
        }
        _ = try readLine()
        return body
    }

    private func readToClose() -> [UInt8] {
        while (try? fill()) != nil {}
        defer { buffer.removeAll() }
        return buffer
    }

    private func readLine() throws -> String {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[..<newline].filter { $0 != UInt8(ascii: "\r") }
                buffer.removeFirst(newline + 1)
                return String(decoding: line, as: UTF8.self)
            }
            try fill()
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }

    private func fill() throws {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 5000) == 1 else { throw RawClientError.timedOut }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw RawClientError.closed }
        buffer += chunk[..<count]
    }
}

enum RawClientError: Error {
    case connectFailed(Int32)
    case malformed(String)
    case timedOut
    case closed
}
