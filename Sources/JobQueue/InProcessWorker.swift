import Foundation
import ShopSyncCore
import Synchronization

/// The shell's own worker (`worker start` / `worker stop`): a `Worker` loop on a background
/// thread of this process. The app registers one per session in `Services`.
public final class InProcessWorker: Sendable {
    private let state = Mutex<Running?>(nil)

    struct Running: Sendable {
        let worker: Worker
        let stop: CancellationToken
        let ended: DispatchSemaphore
    }

    public init() {}

    public var isRunning: Bool { state.withLock { $0 != nil } }

    /// Starts `worker` on a thread; false when one runs already.
    public func start(_ worker: Worker) -> Bool {
        let running = Running(worker: worker, stop: CancellationToken(), ended: DispatchSemaphore(value: 0))
        let started = state.withLock { current -> Bool in
            guard current == nil else { return false }
            current = running
            return true
        }
        guard started else { return false }
        let thread = Thread {
            // A failure to open the ledger ends the loop; `worker stop` still cleans up.
            try? running.worker.run(until: running.stop)
            running.ended.signal()
        }
        thread.start()
        return true
    }

    /// Stops the worker and waits until its running jobs finished or were released; returns
    /// its name, or nil when none was running.
    @discardableResult
    public func stop() -> String? {
        guard let running = state.withLock({ current -> Running? in
            defer { current = nil }
            return current
        }) else { return nil }
        running.stop.cancel()
        running.ended.wait()
        return running.worker.configuration.name
    }
}
