import Glibc
import Synchronization

/// A one-way latch that blocked `poll` calls can watch: once raised, its file descriptor stays
/// readable forever, so every thread polling it wakes at once.
///
/// This is how `stop()` reaches threads blocked in `accept`, in an idle keep-alive wait, or in
/// a slow response, without the fd-reuse races that closing their sockets from outside invites.
final class ShutdownSignal: Sendable {
    /// The end to include in `poll`; it becomes readable when the signal is raised.
    let readFD: Int32
    private let writeFD: Int32
    private let raised = Atomic<Bool>(false)

    init() throws(HTTPServerError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            let code = errno
            throw .socketSetupFailed(
                call: "pipe", errno: code, reason: HTTPServerError.text(for: code))
        }
        readFD = ends[0]
        writeFD = ends[1]
        markCloseOnExec(readFD)
        markCloseOnExec(writeFD)
    }

    /// Whether `raise()` has been called.
    var isRaised: Bool { raised.load(ordering: .acquiring) }

    /// Raises the signal; later calls do nothing.
    func raise() {
        guard !raised.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Waits until the signal is raised or `seconds` pass; returns whether it was raised.
    func wait(seconds: Double) -> Bool {
        var entry = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
        let deadline = ContinuousClock.now + .bounded(seconds: seconds)
        while !isRaised {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            _ = poll(&entry, 1, left.pollMilliseconds)
        }
        return true
    }

    // Threads poll `readFD` only while they hold this object, so closing here cannot pull an
    // fd out from under a poll or let a reused fd number be polled by mistake.
    deinit {
        _ = close(readFD)
        _ = close(writeFD)
    }
}

/// Keeps `fd` out of child processes the app may spawn (`pipe2` and `accept4` need
/// `_GNU_SOURCE`, which Swift's Glibc module does not define).
func markCloseOnExec(_ fd: Int32) {
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
}

extension Duration {
    /// `seconds` as a duration, with negative and NaN values as zero and anything over a day
    /// as a day, so a stray `.infinity` in a handler or configuration cannot trap.
    static func bounded(seconds: Double) -> Duration {
        guard !seconds.isNaN else { return .zero }
        return .seconds(Swift.min(Swift.max(seconds, 0), 86_400))
    }

    /// This duration as a `poll` timeout: whole milliseconds rounded up, capped to fit Int32.
    var pollMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(0, millis))
    }
}
