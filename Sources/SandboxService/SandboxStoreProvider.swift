import LedgerService
import Sandbox
import ShopSyncCore
import ShsInterpreter
import Synchronization

/// Opens the session's sandbox store on first use and keeps it open: a file of its own beside
/// the ledger (`<ledger path>.sandbox`), so successive `shs` runs on the same ledger see the
/// same sandbox shop, or memory when the ledger itself is in memory (tests, `-c` experiments).
///
/// Every shop connected with `shop "name" sandbox` on that ledger talks to this one store.
public final class SandboxStoreProvider: Sendable {
    public let path: String
    private let store: Mutex<SandboxStore?>

    public init(path: String) {
        self.path = path
        self.store = Mutex(nil)
    }

    /// The provider for the ledger at `ledgerPath`.
    public convenience init(ledgerPath: String) {
        let inMemory = ledgerPath.isEmpty || ledgerPath == ":memory:"
        self.init(path: inMemory ? ":memory:" : ledgerPath + ".sandbox")
    }

    /// The open store, its sandbox time running on `clock`.
    public func store(clock: any Clock) throws -> SandboxStore {
        try store.withLock { store in
            if let store { return store }
            do {
                let opened = try SandboxStore(path: path, clock: clock)
                store = opened
                return opened
            } catch {
                throw CommandError("cannot open the sandbox store at '\(path)': \(error)")
            }
        }
    }
}

extension ExecutionContext {
    /// The session's sandbox store; the provider is made from the ledger's path when the
    /// session registered none.
    public func sandboxStore() throws -> SandboxStore {
        if let provider = services.get(SandboxStoreProvider.self) {
            return try provider.store(clock: clock)
        }
        let ledger = services.get(LedgerProvider.self)?.path ?? ":memory:"
        let provider = SandboxStoreProvider(ledgerPath: ledger)
        services.register(provider)
        return try provider.store(clock: clock)
    }
}

extension SandboxCommands {
    /// The engine `sandbox serve` serves: GraphQL over the session's sandbox store.
    public static let engineSource = SandboxEngineSource { context in
        SandboxGraphQLEngine(store: try context.sandboxStore())
    }
}
