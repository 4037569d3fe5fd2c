import Glibc

/// Why the server could not start or do what was asked.
public enum HTTPServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The host is not an IPv4 address in dotted form (names are not resolved).
    case invalidHost(String)
    /// A socket call failed while setting up the listener; `call` names it, `reason` is
    /// `strerror` text.
    case socketSetupFailed(call: String, errno: Int32, reason: String)
    /// The address could not be bound, most often because the port is in use.
    case bindFailed(host: String, port: UInt16, errno: Int32, reason: String)
    /// `start()` was called on a server that was already started (servers are single use).
    case alreadyStarted

    public var description: String {
        switch self {
        case .invalidHost(let host):
            "http server: '\(host)' is not an IPv4 address"
        case .socketSetupFailed(let call, let code, let reason):
            "http server: \(call) failed: \(reason) (errno \(code))"
        case .bindFailed(let host, let port, let code, let reason):
            "http server: cannot bind \(host):\(port): \(reason) (errno \(code))"
        case .alreadyStarted:
            "http server: already started; create a new server to serve again"
        }
    }

    /// The `strerror` text for an errno value.
    static func text(for code: Int32) -> String {
        String(cString: strerror(code))
    }
}
