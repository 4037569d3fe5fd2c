import Ledger

/// What importing one staged order into the ledger does. `sync orders` calls it, inside the
/// page's transaction, for each order its filter keeps.
enum OrderImport {
    enum Outcome: Equatable {
        case created, updated, unchanged
        /// The order stays in `orders_to_import` with this reason and is tried again next run.
        case failed(String)
    }

    /// Saves the order's header and lines over the staged copy; an order Shopify has not changed
    /// since it was imported is left alone, so a second run changes nothing. `previous` is the
    /// `updatedAt` of the imported copy, nil for an order never imported.
    static func save(_ order: ImportedOrder, previous: Int64?, in ledger: Ledger) throws -> Outcome {
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
