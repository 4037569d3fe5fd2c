import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// What every incremental import from Shopify does around its own staging: take the sync
/// window before paging, ask for the records changed since it (everything on a first run), hand
/// each decoded page to the task inside one page transaction (rolled back in a dry run) after
/// recording the records that could not be read, and move the cursor once every page is
/// committed.
struct IncrementalImport: SyncEngine {
    let sync: SyncContext

    /// Pages through `document`'s connection at `path`; `take` stages one page's records.
    func run<Node: ShopifyDecodable>(_ entity: SyncEntity, _ document: ShopifyDocument, path: [String],
                                     as type: Node.Type, into summary: inout SyncSummary,
                                     take: ([Node], inout SyncSummary) throws -> Void) throws {
        let window = try ledger.beginSync(shop: shop, entity: entity)
        var variables: JSONObject = [:]
        if let after = window.updatedAfter {
            variables["query"] = .string("updated_at:>='\(OrderSearch.iso(after))'")
        }
        try client.forEachPage(document, path: path, variables: variables, as: type) { page in
            try checkCancellation()
            summary.fetched += page.records.count + page.problems.count
            try PageTransaction.run(ledger, dryRun: dryRun) {
                summary.skipped += try ledger.recordSkipped(page.problems, shop: shop, task: summary.task,
                                                            entity: entity)
                try take(page.records, &summary)
            }
            progress(summary)
            return true
        }
        if !dryRun { try ledger.commitSync(window) }
    }

    /// How a skipped record of the entity is named: `order`, `customer`, `product`, `company`.
    static func recordName(_ entity: SyncEntity) -> String {
        switch entity {
        case .orders: return "order"
        case .customers: return "customer"
        case .products: return "product"
        case .companies: return "company"
        }
    }
}

extension Ledger {
    /// Records Shopify sent that could not be read, each as a skipped record with the reason;
    /// returns how many. The page they came in goes on without them.
    func recordSkipped(_ problems: [RecordProblem], shop: String, task: String, entity: SyncEntity) throws -> Int {
        for problem in problems {
            try recordSkipped(shop: shop, task: task, entity: IncrementalImport.recordName(entity),
                              recordId: problem.recordID ?? "#\(problem.index)",
                              reason: problem.problem.description)
        }
        return problems.count
    }
}
