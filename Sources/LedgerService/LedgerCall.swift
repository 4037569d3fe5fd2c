import Foundation
import Database
import Ledger
import ShopSyncCore
import ShsInterpreter

extension ExecutionContext {
    /// Runs ledger work and turns its errors into command errors a person can read; a busy
    /// database is a transient error (a job retries it), everything else is permanent.
    public func withLedger<T>(_ body: (Ledger) throws -> T) throws -> T {
        let ledger = try self.ledger()
        do {
            return try body(ledger)
        } catch let error as CommandError {
            throw error
        } catch let error as LedgerError {
            throw CommandError(error.description)
        } catch let error as ShopError {
            throw CommandError(error.description)
        } catch let error as FilterSQLError {
            throw CommandError(error.description)
        } catch let error as DatabaseError {
            throw CommandError(error.description, transient: error.isBusy)
        }
    }

    /// The current shop's code.
    public func currentShop(_ ledger: Ledger) throws -> String {
        try services.require(LedgerProvider.self).currentShop(in: ledger)
    }
}

extension Invocation {
    /// A decimal argument, also when it was written as an integer.
    func decimal(_ name: String) -> Decimal? {
        switch arguments[name] {
        case .decimal(let d)?: return d
        case .int(let i)?: return Decimal(i)
        default: return nil
        }
    }

    func date(_ name: String) -> CivilDate? {
        if case .date(let d)? = arguments[name] { return d }
        return nil
    }
}
