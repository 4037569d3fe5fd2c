import Foundation

/// A response to send: status line, headers and a body of bytes or a streamed writer.
///
/// The server owns the framing headers: it sets `Content-Length` for byte bodies and
/// `Transfer-Encoding: chunked` for streamed ones, replacing any the handler set. A handler
/// that sets `Connection: close` gets the connection closed after the response.
public struct HTTPResponse: Sendable {
    /// How the body is produced.
    public enum Body: Sendable {
        /// A body known in full, sent with `Content-Length`.
        case bytes([UInt8])
        /// A body written piece by piece, sent with `Transfer-Encoding: chunked` to HTTP/1.1
        /// clients. If the closure throws, the connection is closed without the final chunk,
        /// so the client sees a truncated download, which is itself a useful fault to inject.
        case stream(@Sendable (ChunkWriter) throws -> Void)
    }

    /// The status code, e.g. 200.
    public var status: Int
    /// The reason phrase; defaults to the standard one for `status`.
    public var reason: String
    /// The header fields to send.
    public var headers: HTTPHeaders
    /// The body.
    public var body: Body

    /// A response with a byte body (empty by default).
    public init(
        status: Int, reason: String? = nil, headers: HTTPHeaders = [:], body: [UInt8] = []
    ) {
        self.init(status: status, reason: reason, headers: headers, body: .bytes(body))
    }

    /// A response with any body.
    public init(status: Int, reason: String? = nil, headers: HTTPHeaders = [:], body: Body) {
        self.status = status
        self.reason = reason ?? Self.standardReason(for: status)
        self.headers = headers
        self.body = body
    }

    /// A response carrying UTF-8 text with the given content type.
    public static func text(
        _ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8"
    ) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: Array(text.utf8))
    }

    /// A response carrying already-encoded JSON.
    public static func json(_ data: Data, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: ["Content-Type": "application/json"], body: Array(data))
    }

    /// The reason phrase RFC 9110 gives for `status`, or an empty string for unknown codes.
    public static func standardReason(for status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 417: "Expectation Failed"
        case 422: "Unprocessable Content"
        case 423: "Locked"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        default: ""
        }
    }
}
