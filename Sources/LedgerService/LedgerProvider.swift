import Ledger
import ShopSyncCore
import ShsInterpreter
import Synchronization

/// Opens the ledger on first use, so commands that never touch it (`help`, `version`) start
/// fast, and keeps the session's current shop. One provider serves one interpreter thread; a
/// worker thread gets its own provider and so its own connection.
public final class LedgerProvider: Sendable {
    public let path: String
    private let state: Mutex<State>

    struct State: ~Copyable {
        var ledger: Ledger?
        var currentShop: String?
    }

    public init(path: String) {
        self.path = path
        self.state = Mutex(State())
    }

    /// The open ledger; opening it applies any pending migration.
    public func ledger(clock: any Clock) throws -> Ledger {
        try state.withLock { state in
            if let ledger = state.ledger { return ledger }
            do {
                let ledger = try Ledger(path: path, clock: clock)
                state.ledger = ledger
                return ledger
            } catch {
                throw CommandError("cannot open the ledger at '\(path)': \(error)")
            }
        }
    }

    /// The shop commands act on: the one chosen with `use`, else the only shop there is.
    public func currentShop(in ledger: Ledger) throws -> String {
        if let chosen = state.withLock({ $0.currentShop }) { return chosen }
        let codes = try ledger.shopCodes()
        guard codes.count == 1 else {
            throw CommandError(codes.isEmpty
                ? "no shop yet: connect one with 'shop \"name\" sandbox' or 'shop \"name\" url ...'"
                : "several shops: choose one with 'use \"name\"' (" + codes.joined(separator: ", ") + ")")
        }
        return codes[0]
    }

    public func use(_ shop: String) {
        state.withLock { $0.currentShop = shop }
    }
}

extension ExecutionContext {
    /// The ledger of this session, opened on first use.
    public func ledger() throws -> Ledger {
        try services.require(LedgerProvider.self).ledger(clock: clock)
    }
}
