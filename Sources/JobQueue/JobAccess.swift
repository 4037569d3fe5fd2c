import Database
import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter

/// What every job command needs: the ledger, the entry an argument names, and the store's
/// errors as command errors (a busy database is worth retrying, so it is transient).
enum JobAccess {
    static func ledger(_ context: ExecutionContext) throws -> Ledger {
        try context.ledger()
    }

    /// Runs store work, turning its errors into messages for people.
    static func store<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JobStoreError {
            throw CommandError(error.description)
        } catch let error as DatabaseError where error.isBusy {
            throw CommandError("the ledger is busy: \(error.message)", transient: true)
        }
    }

    /// The entry named by a `<job:any>` argument: a name, or a number for its id.
    static func entry(_ argument: Value?, in ledger: Ledger) throws -> JobEntry {
        try store {
            switch argument {
            case .int(let id)?: return try ledger.jobEntry(id: id)
            case .string(let name)?:
                if let id = Int64(name.trimmingPrefix("#")), (try? ledger.jobEntry(named: name)) == nil {
                    return try ledger.jobEntry(id: id)
                }
                return try ledger.jobEntry(named: name)
            default: throw CommandError("name a job by its name (\"orders\") or its number (12)")
            }
        }
    }

    /// The shop the session acts on, or "" when none is chosen and there is not exactly one.
    static func currentShop(_ context: ExecutionContext, _ ledger: Ledger) -> String {
        guard let provider = context.services.get(LedgerProvider.self) else { return "" }
        return (try? provider.currentShop(in: ledger)) ?? ""
    }

    /// A note when no worker has sent a heartbeat lately and none runs in this process.
    static func workerNote(_ context: ExecutionContext, _ ledger: Ledger) -> String? {
        if context.services.get(InProcessWorker.self)?.isRunning == true { return nil }
        let since = context.clock.now().milliseconds - liveWorkerWindow
        guard (try? ledger.liveWorkers(since: since).isEmpty) ?? true else { return nil }
        return "no worker is running; start one with 'shs worker' or 'worker start'"
    }

    /// `workerNote`, said once per session: a script saving six schedules hears it once.
    static func workerNoteOnce(_ context: ExecutionContext, _ ledger: Ledger) -> String? {
        guard context.services.get(WorkerNoteSaid.self) == nil,
              let note = workerNote(context, ledger) else { return nil }
        context.services.register(WorkerNoteSaid())
        return note
    }

    /// A worker whose last heartbeat is older than this is taken for gone.
    static let liveWorkerWindow: Int64 = 15_000
}

/// Marks a session that has been told no worker is running.
final class WorkerNoteSaid: Sendable {}
