import Ledger

/// What importing one staged order into the ledger does. `sync orders` calls it, inside the
/// page's transaction, for each order its filter keeps.
struct OrderImportHooks: Sendable {
    enum Outcome: Equatable {
        case created, updated, unchanged
        /// The order stays in `orders_to_import` with this reason and is tried again next run.
        case failed(String)
    }

    /// `order` as Shopify sent it now; `previous` is the `updatedAt` of the imported copy, nil
    /// for an order never imported.
    let importOrder: @Sendable (Ledger, ImportedOrder, _ previous: Int64?) throws -> Outcome

    /// Saves the order's header and lines over the staged copy; an order Shopify has not changed
    /// since it was imported is left alone, so a second run changes nothing.
    static let standard = OrderImportHooks { ledger, order, previous in
        if previous == order.updatedAt.milliseconds { return .unchanged }
        do {
            switch try ledger.saveImportedOrder(order) {
            case .inserted: return .created
            // An order edited after processing is flagged on its header (an unprocessed order
            // update), and its sales document is left alone.
            case .updated, .editedAfterProcessing: return .updated
            }
        } catch let error as LedgerError {
            return .failed(error.description)
        }
    }
}

/// Why a sync stopped.
enum SyncError: Error, CustomStringConvertible {
    case malformed(record: String, problem: String)
    /// A bulk query's result could not be used; what was imported from it stays.
    case bulk(String)
    /// The shop's settings forbid the task; nothing was sent or written.
    case refused(task: String, reason: String)

    var description: String {
        switch self {
        case .malformed(let record, let problem): return "\(record) could not be read: \(problem)"
        case .bulk(let problem): return problem
        case .refused(_, let reason): return "refused: \(reason)"
        }
    }
}
