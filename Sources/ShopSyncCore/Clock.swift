import Foundation
import Synchronization

/// Where the current time comes from. Nothing below the executable reads the real clock directly,
/// so tests drive time with `ManualClock`.
public protocol Clock: Sendable {
    func now() -> Timestamp
    /// Waits `span` (or less, if cancelled). A manual clock advances instead of waiting.
    func sleep(for span: TimeSpan, cancellation: CancellationToken?)
}

/// The machine's clock.
public struct SystemClock: Clock {
    public init() {}

    public func now() -> Timestamp {
        Timestamp(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }

    public func sleep(for span: TimeSpan, cancellation: CancellationToken?) {
        let deadline = Date().addingTimeInterval(span.seconds)
        while Date() < deadline {
            if cancellation?.isCancelled == true { return }
            Thread.sleep(forTimeInterval: min(0.05, max(0, deadline.timeIntervalSinceNow)))
        }
    }
}

/// A clock that only moves when told to: for tests and for the sandbox's simulated time.
public final class ManualClock: Clock {
    private let current: Mutex<Timestamp>

    public init(_ start: Timestamp) {
        current = Mutex(start)
    }

    public func now() -> Timestamp {
        current.withLock { $0 }
    }

    public func advance(by span: TimeSpan) {
        current.withLock { $0 = $0.adding(span) }
    }

    public func set(_ instant: Timestamp) {
        current.withLock { $0 = instant }
    }

    public func sleep(for span: TimeSpan, cancellation: CancellationToken?) {
        advance(by: span)
    }
}

/// A cooperative stop request: long commands check it between units of work.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)
    private let external: (@Sendable () -> Bool)?

    /// `external` is polled too, e.g. the shell's Ctrl-C flag.
    public init(external: (@Sendable () -> Bool)? = nil) {
        self.external = external
    }

    public var isCancelled: Bool {
        if flag.load(ordering: .relaxed) { return true }
        if let external, external() {
            flag.store(true, ordering: .relaxed)
            return true
        }
        return false
    }

    public func cancel() {
        flag.store(true, ordering: .relaxed)
    }
}
