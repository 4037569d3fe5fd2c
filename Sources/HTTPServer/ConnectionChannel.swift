import Glibc

/// Why reading from or writing to a connection stopped.
enum ChannelError: Error, Equatable {
    /// The client closed its side.
    case closedByPeer
    /// Nothing arrived before the deadline.
    case timedOut
    /// The watched shutdown signal was raised.
    case interrupted
    /// A line grew past the allowed number of bytes without ending.
    case lineTooLong
    /// A socket call failed with this errno.
    case failed(Int32)
}

/// A connected socket with a read buffer; reads block in `poll` so that a shutdown signal or a
/// deadline can end them.
///
/// Owned by exactly one connection thread, hence not Sendable.
final class ConnectionChannel {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)

    init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        _ = close(fd)
    }

    /// Bytes received but not yet consumed.
    var bufferedCount: Int { buffer.count - start }

    /// Waits until bytes are buffered, the signal is raised or the deadline passes.
    func waitForData(until deadline: ContinuousClock.Instant, watching signal: ShutdownSignal)
        throws(ChannelError) {
        if bufferedCount == 0 { try fill(until: deadline, watching: signal) }
    }

    /// The next line without its line ending (CRLF, or a bare LF, which RFC 9112 allows).
    func readLine(
        limit: Int, until deadline: ContinuousClock.Instant, watching signal: ShutdownSignal
    ) throws(ChannelError) -> ArraySlice<UInt8> {
        var searched = start
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                guard line.count <= limit else { throw .lineTooLong }
                start = newline + 1
                return line
            }
            guard bufferedCount <= limit else { throw .lineTooLong }
            searched = buffer.count
            let offset = searched - start
            try fill(until: deadline, watching: signal)
            searched = start + offset
        }
    }

    /// Exactly `count` bytes appended to `output`.
    func read(
        _ count: Int, into output: inout [UInt8],
        until deadline: ContinuousClock.Instant, watching signal: ShutdownSignal
    ) throws(ChannelError) {
        var needed = count
        while needed > 0 {
            if bufferedCount == 0 { try fill(until: deadline, watching: signal) }
            let taken = min(needed, bufferedCount)
            output.append(contentsOf: buffer[start..<(start + taken)])
            start += taken
            needed -= taken
        }
    }

    /// Sends every byte, blocking up to the socket's send timeout for each `send` call.
    func send(_ bytes: [UInt8]) throws(ChannelError) {
        var sent = 0
        let failure: Int32? = bytes.withUnsafeBytes { raw in
            while sent < raw.count {
                let result = Glibc.send(
                    fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                sent += result
            }
            return nil
        }
        if let failure { throw .failed(failure) }
    }

    /// Ends the exchange after an error response: stops sending, then discards what the client
    /// is still sending for a moment, so closing does not reset the connection (a reset can
    /// destroy the response before the client has read it).
    func lingeringShutdown(watching signal: ShutdownSignal) {
        _ = shutdown(fd, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + .milliseconds(500)
        var discarded = 0
        while discarded < 1024 * 1024 {
            do throws(ChannelError) {
                try fill(until: deadline, watching: signal)
            } catch {
                return
            }
            discarded += bufferedCount
            start = buffer.count
        }
    }

    private func fill(until deadline: ContinuousClock.Instant, watching signal: ShutdownSignal)
        throws(ChannelError) {
        try waitReadable(until: deadline, watching: signal)
        compact()
        let received = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if received == 0 { throw .closedByPeer }
        if received < 0 {
            if errno == EINTR || errno == EAGAIN { return }
            throw .failed(errno)
        }
        buffer.append(contentsOf: scratch[0..<received])
    }

    private func waitReadable(
        until deadline: ContinuousClock.Instant, watching signal: ShutdownSignal
    ) throws(ChannelError) {
        var entries = [
            pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signal.readFD, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            if signal.isRaised { throw .interrupted }
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { throw .timedOut }
            let ready = poll(&entries, 2, left.pollMilliseconds)
            if ready < 0, errno != EINTR { throw .failed(errno) }
            if signal.isRaised { throw .interrupted }
            if ready > 0, entries[0].revents != 0 { return }
        }
    }

    private func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 64 * 1024 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
