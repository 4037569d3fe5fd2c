import Foundation

/// The protocol version named on a request line; only HTTP/1.0 and HTTP/1.1 are served.
public enum HTTPVersion: String, Sendable, Equatable {
    case http10 = "HTTP/1.0"
    case http11 = "HTTP/1.1"
}

/// One parsed request, with its whole body already read (de-chunked when it was chunked).
public struct HTTPRequest: Sendable {
    /// The method exactly as sent, e.g. `GET` or `POST` (methods are case-sensitive).
    public var method: String
    /// The request target as sent: path plus optional `?query`.
    public var target: String
    /// The protocol version from the request line.
    public var version: HTTPVersion
    /// The header fields, looked up case-insensitively.
    public var headers: HTTPHeaders
    /// The body bytes; empty when the request had none.
    public var body: [UInt8]

    /// Builds a request; the server does this, tests and handlers may too.
    public init(
        method: String, target: String, version: HTTPVersion = .http11,
        headers: HTTPHeaders = [:], body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// The target before any `?`, still percent-encoded (routing compares encoded paths).
    public var path: String {
        String(target.prefix { $0 != "?" })
    }

    /// The text after the first `?`, or nil when the target has no query.
    public var query: String? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return String(target[target.index(after: mark)...])
    }

    /// Query parameters decoded from `application/x-www-form-urlencoded` form; a repeated name
    /// keeps its last value.
    public var queryParameters: [String: String] {
        var result: [String: String] = [:]
        for pair in (query ?? "").split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.formDecoded(parts[0])
            result[name] = parts.count > 1 ? Self.formDecoded(parts[1]) : ""
        }
        return result
    }

    /// The body as UTF-8 text, or nil when it is not valid UTF-8.
    public var bodyText: String? {
        String(validating: body, as: UTF8.self)
    }

    /// Whether the client asked to keep the connection open after this exchange.
    public var wantsKeepAlive: Bool {
        switch version {
        case .http11: !headers.hasToken("close", in: "Connection")
        case .http10: headers.hasToken("keep-alive", in: "Connection")
        }
    }

    private static func formDecoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
