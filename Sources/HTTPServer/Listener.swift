import Glibc

/// The listening socket and the per-connection socket options, kept apart from the server's
/// lifecycle so the C calls stay in one place.
enum Listener {
    /// A socket bound to `host:port` (port 0 picks a free one) and listening; returns the fd
    /// and the port actually bound.
    static func open(host: String, port: UInt16) throws(HTTPServerError) -> (Int32, UInt16) {
        var address = in_addr()
        guard inet_pton(AF_INET, host, &address) == 1 else { throw .invalidHost(host) }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw setupFailure("socket") }
        markCloseOnExec(fd)
        do throws(HTTPServerError) {
            // Lets a restarted sandbox rebind its port while old connections sit in TIME_WAIT.
            try setOption(fd, SOL_SOCKET, SO_REUSEADDR, 1, name: "setsockopt(SO_REUSEADDR)")
            try bind(fd, address: address, host: host, port: port)
            guard listen(fd, SOMAXCONN) == 0 else { throw setupFailure("listen") }
            // Non-blocking, so an accept after a client gave up fails with EAGAIN instead of
            // blocking the accept thread (and stop()) until the next client arrives.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            return (fd, try boundPort(of: fd))
        } catch {
            _ = close(fd)
            throw error
        }
    }

    /// Options for an accepted connection: no Nagle delay (small request/response pairs) and
    /// a bound on how long a send may block on a client that stopped reading.
    static func configureAccepted(_ fd: Int32, sendTimeout: Double) {
        markCloseOnExec(fd)
        _ = try? setOption(fd, Int32(IPPROTO_TCP), TCP_NODELAY, 1, name: "TCP_NODELAY")
        let (seconds, attoseconds) = Duration.bounded(seconds: sendTimeout).components
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
        _ = setsockopt(
            fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Accepts one pending connection; returns its fd and the peer as `address:port`.
    static func accept(on listenFD: Int32) -> (Int32, String)? {
        var peer = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = withUnsafeMutablePointer(to: &peer) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.accept(listenFD, $0, &length)
            }
        }
        guard fd >= 0 else { return nil }
        return (fd, describe(peer))
    }

    private static func bind(_ fd: Int32, address: in_addr, host: String, port: UInt16)
        throws(HTTPServerError) {
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = port.bigEndian
        socketAddress.sin_addr = address
        let result = withUnsafePointer(to: &socketAddress) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            throw .bindFailed(
                host: host, port: port, errno: code, reason: HTTPServerError.text(for: code))
        }
    }

    private static func boundPort(of fd: Int32) throws(HTTPServerError) -> UInt16 {
        var bound = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &bound) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(fd, $0, &length)
            }
        }
        guard result == 0 else { throw setupFailure("getsockname") }
        return UInt16(bigEndian: bound.sin_port)
    }

    private static func describe(_ peer: sockaddr_in) -> String {
        var address = peer.sin_addr
        var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
        guard inet_ntop(AF_INET, &address, &text, socklen_t(text.count)) != nil else {
            return "unknown"
        }
        let host = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
                          as: UTF8.self)
        return "\(host):\(UInt16(bigEndian: peer.sin_port))"
    }

    private static func setOption(
        _ fd: Int32, _ level: Int32, _ option: Int32, _ value: Int32, name: String
    ) throws(HTTPServerError) {
        var value = value
        guard setsockopt(fd, level, option, &value, socklen_t(MemoryLayout<Int32>.size)) == 0
        else { throw setupFailure(name) }
    }

    private static func setupFailure(_ call: String) -> HTTPServerError {
        let code = errno
        return .socketSetupFailed(call: call, errno: code, reason: HTTPServerError.text(for: code))
    }
}
