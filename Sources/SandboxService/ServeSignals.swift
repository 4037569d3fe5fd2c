import Glibc
import ShopSyncCore
import Synchronization

/// Stops `sandbox serve` cleanly on SIGTERM, and on SIGINT when nothing else handles it.
///
/// In the interactive shell SIGINT already has a handler (it cancels the running command, which
/// the serve loop checks), so only a process started as `shs sandbox serve` gets ours. The
/// handlers only store the signal number (an atomic store is async-signal-safe); the previous
/// dispositions come back when serving ends.
enum ServeSignals {
    static let received = Atomic<Int32>(0)

    /// The dispositions to restore.
    struct Saved {
        fileprivate var actions: [(signal: Int32, action: sigaction)] = []
    }

    /// Installs the handlers.
    static func install() -> Saved {
        // The static is initialised lazily; that must not first happen inside a handler.
        received.store(0, ordering: .relaxed)
        var saved = Saved()
        for signal in [SIGTERM, SIGINT] {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0 else { continue }
            // A shell's SIGINT handler (or a SIGINT ignored by a background launch) is kept.
            if signal == SIGINT && previous.__sigaction_handler.sa_handler != nil { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                ServeSignals.received.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            if sigaction(signal, &action, nil) == 0 { saved.actions.append((signal, previous)) }
        }
        return saved
    }

    /// Puts the previous dispositions back.
    static func restore(_ saved: Saved) {
        for var entry in saved.actions { _ = sigaction(entry.signal, &entry.action, nil) }
    }

    /// Blocks until a handled signal arrives or `cancellation` is raised; returns the signal
    /// number, or 0 for a cancellation. Polls every 50 ms, a delay nobody notices at shutdown,
    /// and calls `every250ms` on every fifth poll.
    static func waitForStop(_ cancellation: CancellationToken,
                            every250ms: () -> Void = {}) -> Int32 {
        var polls = 0
        while true {
            let signal = received.load(ordering: .relaxed)
            if signal != 0 { return signal }
            if cancellation.isCancelled { return 0 }
            polls += 1
            if polls % 5 == 0 { every250ms() }
            usleep(50_000)
        }
    }
}
