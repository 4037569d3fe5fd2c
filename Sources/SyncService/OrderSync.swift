import Database
import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient
import Sync

/// `sync orders`: discovers the orders Shopify changed since the shop's cursor, stages each in
/// `order_to_import` with the fields filters read, and imports those the filter keeps (header,
/// lines, raw JSON), a page of up to 250 whole orders per request, or, for a backfill above
/// the shop's `bulk_threshold`, batches of 250 from one bulk query (`OrderBackfill`).
///
/// The cursor is read before paging starts and moves, after the last page is committed, to
/// that instant, or to just before the oldest order that failed, so a failed order is fetched
/// and tried again on the next run while the others go on.
struct OrderSync: SyncEngine {
    static let task = "sync orders"

    let sync: SyncContext
    let filter: Filter?

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        let window = try ledger.beginSync(shop: shop, entity: .orders)
        var oldestFailure: Timestamp?
        let search = OrderSearch.query(updatedAfter: window.updatedAfter, filter: filter)
        let discovery = try discover(search) { page in
            try checkCancellation()
            let failures = try take(page, into: &summary)
            oldestFailure = ([oldestFailure].compactMap { $0 } + failures).min()
            progress(summary)
        }
        summary.discovery = discovery
        if !dryRun { try ledger.commitSync(window, heldBackTo: oldestFailure) }
        try OrderWriteBackSync(sync: sync).run(into: &summary)
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    /// Hands the orders `search` selects to `body` a page at a time: from one bulk query when
    /// they are more than the shop's `bulk_threshold`, else from pages of 250. A bulk query
    /// that fails before delivering anything falls back to pages. Returns how the orders were
    /// read, for the summary.
    private func discover(_ search: String, _ body: (DecodedPage<StagedOrder>) throws -> Void) throws
        -> String
    {
        var discovery = "pages"
        let backfill = OrderBackfill(client: client)
        if let threshold = try OrderBackfill.threshold(ledger, shop: shop),
           try backfill.selects(search: search, moreThan: threshold) {
            do {
                try backfill.forEachPage(search: search, body)
                return "bulk"
            } catch let error as BulkOperationError {
                discovery = "pages (the bulk query failed: \(error))"
            }
        }
        try client.forEachPage(ShopifyDocuments.orderImportPage, path: ["orders"],
                               variables: ["query": .string(search)], as: StagedOrder.self) { page in
            try body(page)
            return true
        }
        return discovery
    }

    /// Stages and imports one page; returns the `updatedAt` of the orders that failed.
    private func take(_ page: DecodedPage<StagedOrder>, into summary: inout SyncSummary) throws
        -> [Timestamp]
    {
        summary.fetched += page.records.count + page.problems.count
        var orders: [ImportedOrder] = []
        var problems = page.problems
        for (index, staged) in page.records.enumerated() {
            var order = staged.order
            order.shop = shop
            if let after = staged.moreLinesAfter {
                // A large order whose further lines cannot be read is skipped, not half-imported.
                do {
                    order.lines += try remainingLines(order, after: after)
                } catch let problem as DecodeProblem {
                    problems.append(RecordProblem(recordID: "gid://shopify/Order/\(order.id)", index: index,
                                                  problem: problem))
                    continue
                }
            }
            orders.append(order)
        }
        let staged = try PageTransaction.run(ledger, dryRun: dryRun) {
            summary.skipped += try ledger.recordSkipped(problems, shop: shop, task: Self.task, entity: .orders)
            return try stage(orders, into: &summary)
        }
        guard !dryRun else { return staged.failedAt }
        // After the page's commit, with no write transaction held across the requests.
        try importUnknownProducts(staged.imported)
        // With auto_create_sales_documents on, new orders become documents in the same run.
        if let documents = try SalesDocumentCreator(ledger: ledger, shop: shop)
            .createIfEnabled(forNewOrders: staged.created) {
            summary.documents += documents.created.count
        }
        return staged.failedAt
    }

    /// What a page's staging did: the orders imported (and of those, created) and the
    /// `updatedAt` of those that failed.
    struct StagedPage {
        var imported: [Int64] = []
        var created: [Int64] = []
        var failedAt: [Timestamp] = []
    }

    private func stage(_ orders: [ImportedOrder], into summary: inout SyncSummary) throws -> StagedPage {
        let known = try ledger.importedOrderVersions(shop: shop, among: orders.map(\.id))
        // A closed order is never imported as new; a known one still gets its updates.
        let open = orders.filter { !$0.closed || known[$0.id] != nil }
        summary.skipped += orders.count - open.count
        try ledger.saveOrdersToImport(open)
        let matching = try ledger.ordersToImport(shop: shop, ids: open.map(\.id), matching: filter)
        var page = StagedPage()
        var failed: [Int64: String] = [:]
        for order in open where matching.contains(order.id) {
            switch try OrderImport.save(order, previous: known[order.id], in: ledger) {
            case .created:
                summary.created += 1
                page.created.append(order.id)
            case .updated: summary.updated += 1
            case .unchanged: summary.unchanged += 1
            case .failed(let reason):
                summary.failed += 1
                failed[order.id] = reason
                page.failedAt.append(order.updatedAt)
                continue
            }
            page.imported.append(order.id)
        }
        summary.filteredOut += open.count - matching.count
        try ledger.finishOrdersToImport(shop: shop, imported: page.imported, failed: failed)
        try ledger.clearSkipped(shop: shop, task: Self.task, entity: "order",
                                recordIDs: page.imported.map { "gid://shopify/Order/\($0)" })
        return page
    }

    /// Products the imported orders sell but the ledger has never staged are imported on the
    /// fly (and their variants mapped), so the orders' lines can be mapped to items.
    private func importUnknownProducts(_ orderIDs: [Int64]) throws {
        let products = try ledger.productsOfUnknownVariants(shop: shop, orderIDs: orderIDs)
        guard !products.isEmpty else { return }
        var ignored = SyncSummary(task: ProductSync.task)
        try ProductSync(sync: sync.quiet).importProducts(ids: products, into: &ignored)
    }

    /// Lines after the first 20 of a large order, page by page.
    private func remainingLines(_ order: ImportedOrder, after cursor: String) throws -> [ImportedOrderLine] {
        var lines: [ImportedOrderLine] = []
        let variables: JSONObject = ["id": .string("gid://shopify/Order/\(order.id)"),
                                     "after": .string(cursor)]
        try client.forEachPage(ShopifyDocuments.orderLineItemsPage, path: ["order", "lineItems"],
                               variables: variables, as: StagedLine.self) { page in
            if let problem = page.problems.first { throw problem.problem }
            lines += page.records.map(\.line)
            return true
        }
        return lines
    }
}

/// A line of `OrderLineItemsPage`.
struct StagedLine: ShopifyDecodable {
    let line: ImportedOrderLine

    init(from node: NodeReader) throws(DecodeProblem) {
        line = try StagedOrder.line(node)
    }
}
