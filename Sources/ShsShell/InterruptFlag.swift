import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Ctrl-C that has arrived and not yet been dealt with.
///
/// The SIGINT handler only raises it (an atomic store is async-signal-safe); normal code
/// polls `isRaised` during long work and `take()`s it once it has reacted.
public final class InterruptFlag: Sendable {
    /// The process-wide flag the SIGINT handler raises.
    public static let shared = InterruptFlag()

    private let raised = Atomic<Bool>(false)

    /// Creates an independent flag, for tests and embedding.
    public init() {}

    /// Marks an interrupt as pending. Safe to call from a signal handler.
    public func raise() {
        raised.store(true, ordering: .sequentiallyConsistent)
    }

    /// Whether an interrupt is pending, without clearing it.
    public var isRaised: Bool {
        raised.load(ordering: .sequentiallyConsistent)
    }

    /// Reads and clears the flag in one step; true when an interrupt was pending.
    public func take() -> Bool {
        raised.exchange(false, ordering: .sequentiallyConsistent)
    }
}

/// Process signal setup for the shell.
public enum SignalHandling {
    /// Installs a SIGINT handler that only raises `InterruptFlag.shared`.
    ///
    /// `SA_RESTART` is deliberately left out: a blocked `readline` or `read` must return
    /// with `EINTR` so the shell can discard the partial statement.
    /// - Returns: false when `sigaction` refused the handler.
    @discardableResult
    public static func install() -> Bool {
        // The static is lazily initialised; doing that inside the handler would not be
        // async-signal-safe, so force it now.
        _ = InterruptFlag.shared
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in InterruptFlag.shared.raise() }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptFlag.shared.raise() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        return sigaction(SIGINT, &action, nil) == 0
    }
}
