import Foundation
import JobQueue
import Ledger
import LedgerService
import ShopSyncApp
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter

/// A shell session and a worker sharing one ledger file and one manual clock, with commands
/// that fail on purpose, spin until stopped, or stand in for a sync.
final class QueueFixture {
    let directory: URL
    let path: String
    let registry: CommandRegistry
    let harness: ScriptHarness
    let services = Services()

    /// 2026-12-01 (a Tuesday) 09:00 UTC, as ScriptHarness starts.
    init(start: Timestamp = ScriptHarness.defaultStart) {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("shopsync-jobs-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("ledger.db").path
        var registry = ShopSyncRegistry.make()
        for command in TestCommands.all(registry) { registry.register(command) }
        self.registry = registry
        services.register(LedgerProvider(path: path))
        harness = ScriptHarness(registry: registry, start: start, services: services)
        services.register(JobWiring.factory(path: path, clock: harness.clock, registry: registry))
        services.register(InProcessWorker())
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var clock: ManualClock { harness.clock }

    @discardableResult
    func run(_ text: String) -> ScriptRun { harness.run(text) }

    func worker(name: String = "test-worker", concurrency: Int = 1) -> Worker {
        Worker(databasePath: path, clock: clock,
               factory: JobWiring.factory(path: path, clock: clock, registry: registry),
               configuration: .init(name: name, concurrency: concurrency))
    }

    /// A separate connection, as another process would have.
    func ledger() throws -> Ledger { try Ledger(path: path, clock: clock) }

    func entry(_ name: String) throws -> JobEntry { try ledger().jobEntry(named: name) }

    func log(_ name: String) throws -> [JobLogEntry] {
        let ledger = try ledger()
        return try ledger.jobLog(entryID: ledger.jobEntry(named: name).id)
    }

    func advance(minutes: Int64) { clock.advance(by: .minutes(minutes)) }
}

/// Commands only the tests register.
enum TestCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [
            CommandSpec(registry.pattern("fail transient"), topic: "test", summary: "a network failure") { _, _ in
                throw CommandError("connection reset by peer", transient: true)
            },
            CommandSpec(registry.pattern("fail permanent"), topic: "test", summary: "a bad configuration") { _, _ in
                throw CommandError("no mapping for location 'X'")
            },
            CommandSpec(registry.pattern("spin"), topic: "test", summary: "advance the clock until stopped") {
                _, context in
                while !context.cancellation.isCancelled {
                    context.clock.sleep(for: .seconds(10), cancellation: nil)
                    Thread.sleep(forTimeInterval: 0.002)
                }
                throw CancelledError()
            },
            CommandSpec(registry.pattern("test sync"), topic: "test", summary: "a sync that may go background") {
                invocation, context in
                switch try BackgroundRunner.runOrEnqueue(invocation, context: context) {
                case .foreground: return .message("synced in the foreground")
                case .queued(_, let message): return .message(message)
                }
            },
        ]
    }
}

extension Timestamp {
    /// `2026-12-01T09:10:00Z` and the like, for expectations.
    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Timestamp {
        Timestamp(date: CivilDate(year: y, month: m, day: d)!, time: TimeOfDay(hour: h, minute: min)!)
    }
}
