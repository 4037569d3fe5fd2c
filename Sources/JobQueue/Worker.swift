import Database
import Foundation
import Ledger
import ShopSyncCore
import Synchronization

/// A job queue worker: claims due entries, runs each on its own thread with its own
/// interpreter and ledger connection, keeps their leases, rescues entries of dead workers,
/// and stops cleanly.
///
/// `run(until:)` is the process's loop; `tick()` is one round that waits for what it started,
/// so tests can drive a worker with a manual clock.
public final class Worker: Sendable {
    public struct Configuration: Sendable {
        public var name: String
        public var concurrency: Int
        /// How long a claim holds without renewal; a dead worker's entries wait this long.
        public var lease: TimeSpan
        /// How often the loop looks for due entries and renews leases.
        public var pollInterval: TimeSpan
        /// How long a stopping worker lets running jobs finish before it releases them.
        public var shutdownGrace: TimeSpan

        public init(name: String, concurrency: Int = 1, lease: TimeSpan = .seconds(30),
                    pollInterval: TimeSpan = TimeSpan(milliseconds: 500),
                    shutdownGrace: TimeSpan = .seconds(10)) {
            self.name = name
            self.concurrency = max(1, concurrency)
            self.lease = lease
            self.pollInterval = pollInterval
            self.shutdownGrace = shutdownGrace
        }
    }

    public let configuration: Configuration
    let databasePath: String
    let clock: any Clock
    let runner: JobRunner
    let pid: Int
    private let running = Mutex<[Int64: RunningJob]>([:])
    /// Signalled when an attempt ends, so a busy loop claims again at once.
    private let slotFreed = DispatchSemaphore(value: 0)

    struct RunningJob: Sendable {
        let claim: JobClaim
        let stop: RunStop
        let finished: DispatchSemaphore
    }

    public init(databasePath: String, clock: any Clock, factory: JobInterpreterFactory,
                configuration: Configuration, pid: Int = 0) {
        self.databasePath = databasePath
        self.clock = clock
        self.runner = JobRunner(factory: factory, clock: clock)
        self.configuration = configuration
        self.pid = pid
    }

    /// How many attempts are running now.
    public var runningCount: Int { running.withLock { $0.count } }

    func openLedger() throws -> Ledger {
        try Ledger(path: databasePath, clock: clock)
    }

    /// One round: heartbeat, rescue, claim as many due entries as there are free slots, run
    /// them, and wait until they end. Returns how many attempts it ran. `ledger` is the
    /// round's connection; keeping one open between rounds spares SQLite a checkpoint.
    @discardableResult
    public func tick(ledger: Ledger? = nil) throws -> Int {
        let ledger = try ledger ?? openLedger()
        try housekeeping(ledger)
        let started = try claimIntoFreeSlots(ledger)
        // Long attempts keep their leases while the round waits for them.
        let renewal = configuration.lease.seconds / 3
        for job in started {
            while job.finished.wait(timeout: .now() + renewal) == .timedOut { try? renewLeases(ledger) }
        }
        return started.count
    }

    /// Ticks until a round finds nothing due: `shs worker --once`.
    @discardableResult
    public func runUntilIdle() throws -> Int {
        let ledger = try openLedger()
        var total = 0
        while true {
            let count = try tick(ledger: ledger)
            if count == 0 { return total }
            total += count
        }
    }

    /// The worker loop: runs until `stop` is cancelled, then stops claiming, lets running
    /// attempts finish within the shutdown grace, releases the rest, and records the stop.
    ///
    /// While entries are due it claims again as soon as a slot frees; when none is due it
    /// looks again after the poll interval. Heartbeat, lease renewal and rescue run once per
    /// poll interval.
    public func run(until stop: CancellationToken) throws {
        let ledger = try openLedger()
        var lastHousekeeping: Timestamp?
        while !stop.isCancelled {
            var claimed = 0
            do {
                let now = clock.now()
                if lastHousekeeping.map({ now.since($0) >= configuration.pollInterval }) ?? true {
                    try housekeeping(ledger)
                    lastHousekeeping = now
                }
                claimed = try claimIntoFreeSlots(ledger).count
            } catch let error as DatabaseError where error.isBusy {
                // Another process held the write lock past the busy timeout; next round.
            }
            if runningCount >= configuration.concurrency {
                _ = slotFreed.wait(timeout: .now() + configuration.pollInterval.seconds)
            } else if claimed == 0 {
                clock.sleep(for: configuration.pollInterval, cancellation: stop)
            }
        }
        shutDown(ledger)
    }

    /// Heartbeat, lease renewal of running attempts, and rescue of dead workers' entries.
    func housekeeping(_ ledger: Ledger) throws {
        try ledger.workerHeartbeat(name: configuration.name, pid: pid,
                                   concurrency: configuration.concurrency)
        try renewLeases(ledger)
        try ledger.rescueExpiredJobClaims()
    }

    /// Extends the leases of running attempts; an attempt whose claim is gone is told to stop.
    func renewLeases(_ ledger: Ledger) throws {
        let until = clock.now().adding(configuration.lease).milliseconds
        for job in running.withLock({ Array($0.values) }) {
            if try !ledger.renewJobLease(job.claim, until: until) { job.stop.request(.leaseLost) }
        }
    }

    /// Claims due entries while slots are free and starts a thread for each.
    func claimIntoFreeSlots(_ ledger: Ledger) throws -> [RunningJob] {
        var started: [RunningJob] = []
        while runningCount < configuration.concurrency {
            let until = clock.now().adding(configuration.lease).milliseconds
            guard let claim = try ledger.claimNextJob(worker: configuration.name, leaseUntil: until)
            else { break }
            started.append(start(claim))
        }
        return started
    }

    func start(_ claim: JobClaim) -> RunningJob {
        let job = RunningJob(claim: claim, stop: RunStop(), finished: DispatchSemaphore(value: 0))
        running.withLock { $0[claim.entry.id] = job }
        let thread = Thread { [self] in
            defer {
                running.withLock { _ = $0.removeValue(forKey: claim.entry.id) }
                job.finished.signal()
                slotFreed.signal()
            }
            guard let ledger = try? openLedger() else { return }
            runner.run(claim, ledger: ledger, stop: job.stop)
        }
        thread.stackSize = 8 << 20
        thread.start()
        return job
    }

    /// Waits for running attempts up to the shutdown grace, asks the rest to stop (they are
    /// released, not counted), waits for them, and marks the worker stopped.
    func shutDown(_ ledger: Ledger) {
        let deadline = clock.now().adding(configuration.shutdownGrace)
        while runningCount > 0 && clock.now() < deadline {
            clock.sleep(for: TimeSpan(milliseconds: 20), cancellation: nil)
        }
        let remaining = running.withLock { Array($0.values) }
        remaining.forEach { $0.stop.request(.workerStopping) }
        remaining.forEach { $0.finished.wait() }
        try? ledger.workerStopped(name: configuration.name)
    }
}
