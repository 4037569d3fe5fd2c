import Foundation
import Synchronization

/// Watches for Ctrl-C while one statement runs and tells the session, once, from a
/// background thread, because the thread running the statement is busy inside `execute`.
final class ExecutionWatch: Sendable {
    /// How often the flag is checked: short enough to feel immediate, long enough to cost
    /// nothing next to a statement.
    static let pollInterval: TimeInterval = 0.01

    private let session: UncheckedSession
    private let interrupts: InterruptFlag
    /// True once `stop()` ran; guarded so `interrupt()` is never called after it returns.
    private let stopped = Mutex(false)

    private init(session: UncheckedSession, interrupts: InterruptFlag) {
        self.session = session
        self.interrupts = interrupts
    }

    /// Starts watching on a new thread; call `stop()` when `execute` returns.
    static func start(session: any ShellSession, interrupts: InterruptFlag) -> ExecutionWatch {
        let watch = ExecutionWatch(session: UncheckedSession(session), interrupts: interrupts)
        let thread = Thread { watch.run() }
        thread.name = "shs.interrupt-watch"
        thread.start()
        return watch
    }

    /// Ends the watch; after this returns the session's `interrupt()` is not called again.
    func stop() {
        stopped.withLock { $0 = true }
    }

    private func run() {
        while true {
            let finished = stopped.withLock { stopped -> Bool in
                guard !stopped else { return true }
                guard interrupts.isRaised else { return false }
                session.value.interrupt()
                return true
            }
            if finished {
                return
            }
            Thread.sleep(forTimeInterval: Self.pollInterval)
        }
    }
}

/// Carries the session to the watcher thread, which only ever calls `interrupt()`; the
/// `ShellSession` contract requires that one method to be thread-safe.
private struct UncheckedSession: @unchecked Sendable {
    let value: any ShellSession

    init(_ value: any ShellSession) {
        self.value = value
    }
}
