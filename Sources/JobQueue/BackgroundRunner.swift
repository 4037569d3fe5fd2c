import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter
import Synchronization

/// Marks an interpreter that runs a job, so a sync inside a job runs in the foreground
/// instead of queueing itself again.
public struct RunningJobMarker: Sendable {
    public let entryID: Int64
    public init(entryID: Int64) { self.entryID = entryID }
}

/// What a job's run spent, for its log entry: the sync tasks add the Shopify API points they
/// used to the run's `RunUsage`, found in the context's services when they run inside a job.
public final class RunUsage: Sendable {
    private let spent = Mutex(0)

    public init() {}

    public func add(points: Int) {
        spent.withLock { $0 += points }
    }

    public var points: Int { spent.withLock { $0 } }
}

/// The "Allow background syncs" rule, for sync commands to call first.
public enum BackgroundRunner {
    public enum Decision: Sendable, Equatable {
        /// Run now, in the foreground, with full output.
        case foreground
        /// Queued as entry `id`; show `message` and return.
        case queued(id: Int64, message: String)
    }

    /// With the current shop's `allow_background_syncs` on, queues the command's own source
    /// text to start at once in the shop's `sync_category`; otherwise (or inside a job, or
    /// with no shop) says to run in the foreground.
    public static func runOrEnqueue(_ invocation: Invocation, context: ExecutionContext) throws
        -> Decision {
        guard context.services.get(RunningJobMarker.self) == nil else { return .foreground }
        let ledger = try context.ledger()
        let shop = JobAccess.currentShop(context, ledger)
        guard !shop.isEmpty, try ledger.setting("allow_background_syncs", of: shop) == .bool(true) else {
            return .foreground
        }
        let category = try ledger.setting("sync_category", of: shop).plainText
        let draft = JobDraft(description: "background: \(invocation.spec.name)",
                             source: invocation.source, shop: shop, category: category,
                             earliestStart: context.clock.now().milliseconds, maxAttempts: 1)
        let entry = try JobAccess.store { try ledger.enqueueJob(draft) }
        var message = "'\(invocation.spec.name)' queued as job \(entry.id) in category \(category); "
            + "follow it with 'wait job \(entry.id)' or 'job log \(entry.id)'"
        if let note = JobAccess.workerNoteOnce(context, ledger) { message += "\n\(note)" }
        return .queued(id: entry.id, message: message)
    }
}
