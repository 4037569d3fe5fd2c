import Ledger
import ShopifyClient

/// What every sync task runs with: the current shop's ledger and Shopify client, whether the run
/// only reports what it would change, where its progress line goes, and how it learns to stop.
struct SyncContext {
    let ledger: Ledger
    let client: ShopifyClient
    let shop: String
    let dryRun: Bool
    let progress: (SyncSummary) -> Void
    let checkCancellation: () throws -> Void

    /// The same run without a progress line, for a task another task runs on its way.
    var quiet: SyncContext {
        SyncContext(ledger: ledger, client: client, shop: shop, dryRun: dryRun, progress: { _ in },
                    checkCancellation: checkCancellation)
    }
}

/// A sync task: the parts of its context read as its own, so a task's code says `ledger`,
/// `client` and `shop` whichever task it is.
protocol SyncEngine {
    var sync: SyncContext { get }
}

extension SyncEngine {
    var ledger: Ledger { sync.ledger }
    var client: ShopifyClient { sync.client }
    var shop: String { sync.shop }
    var dryRun: Bool { sync.dryRun }
    var progress: (SyncSummary) -> Void { sync.progress }
    var checkCancellation: () throws -> Void { sync.checkCancellation }
}
