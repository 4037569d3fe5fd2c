import ShopSyncCore
import Synchronization

/// What a running command may use: where output goes, the time, the stop flag, and the services
/// wired in at start-up (the ledger, the Shopify client, the job queue).
public final class ExecutionContext: Sendable {
    public let output: any OutputSink
    public let clock: any Clock
    public let services: Services
    public let registry: CommandRegistry
    let environment: Environment
    private let state: Mutex<State>

    struct State {
        var cancellation = CancellationToken()
        var format: OutputFormat
    }

    init(output: any OutputSink, clock: any Clock, services: Services, registry: CommandRegistry,
         environment: Environment) {
        self.output = output
        self.clock = clock
        self.services = services
        self.registry = registry
        self.environment = environment
        self.state = Mutex(State(format: output.defaultFormat))
    }

    /// The session's variables.
    public func variables() -> [String: Value] { environment.globals }

    var registrySettings: [String: SettingSpec] { registry.settings }

    /// Checked by long commands between units of work.
    public var cancellation: CancellationToken { state.withLock { $0.cancellation } }

    /// Starts a fresh cancellation token for the next run.
    func resetCancellation(_ token: CancellationToken) {
        state.withLock { $0.cancellation = token }
    }

    /// How results are rendered: `set format = "json"` changes it.
    public var format: OutputFormat {
        get { state.withLock { $0.format } }
        set { state.withLock { $0.format = newValue } }
    }

    /// Shows a result in the current format.
    public func show(_ value: Value) {
        output.result(value, format: format)
    }

    /// Waits `span` on the session's clock in short slices, so an interrupt, a stopped job or a
    /// time limit ends the wait at once (by throwing `CancelledError`).
    public func pause(for span: TimeSpan) throws {
        let deadline = clock.now().adding(span)
        while clock.now() < deadline {
            try checkCancellation()
            let left = deadline.since(clock.now())
            clock.sleep(for: min(left, TimeSpan(milliseconds: 50)), cancellation: cancellation)
        }
        try checkCancellation()
    }

    /// Throws `CommandError` when the user asked to stop.
    public func checkCancellation() throws {
        if cancellation.isCancelled { throw CancelledError() }
    }
}

/// Thrown when a run is cancelled (Ctrl-C, a job's time limit, a worker stopping).
public struct CancelledError: Error, Sendable {
    public init() {}
}

/// Services by type, registered once at start-up.
public final class Services: Sendable {
    private let storage = Mutex<[ObjectIdentifier: any Sendable]>([:])

    public init() {}

    public func register<T: Sendable>(_ service: T, as type: T.Type = T.self) {
        storage.withLock { $0[ObjectIdentifier(type)] = service }
    }

    public func get<T: Sendable>(_ type: T.Type) -> T? {
        storage.withLock { $0[ObjectIdentifier(type)] } as? T
    }

    /// The service, or a clear error naming what is missing.
    public func require<T: Sendable>(_ type: T.Type) throws -> T {
        guard let service = get(type) else {
            throw CommandError("this command needs \(T.self), which is not set up here")
        }
        return service
    }
}

extension ExecutionContext {
    /// A context for evaluating constants while binding; nothing in it is ever used.
    static let constantFolding = ExecutionContext(output: DiscardingOutputSink(), clock: SystemClock(),
                                                  services: Services(), registry: CommandRegistry(),
                                                  environment: Environment())
}

/// Throws output away.
public final class DiscardingOutputSink: OutputSink {
    public let defaultFormat = OutputFormat.plain
    public let isTerminal = false
    public init() {}
    public func result(_ value: Value, format: OutputFormat) {}
    public func message(_ text: String, format: OutputFormat) {}
    public func diagnostic(_ text: String) {}
    public func progress(_ line: String?) {}
}
