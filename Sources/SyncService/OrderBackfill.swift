import GraphQL
import Ledger
import ShopifyClient

/// `sync orders` discovery by one bulk query, for a backfill too large for pages: a first run
/// or a run after `reset sync orders to …` that selects more orders than the shop's
/// `bulk_threshold`. Shopify writes the result as a JSONL file; it is streamed, each order
/// rebuilt with its line items and shipping lines, decoded by the same `StagedOrder` as a
/// page, and handed on in batches of 250, so memory holds one batch, never the file.
struct OrderBackfill {
    /// Orders per batch: what one page of the paged path holds.
    static let batchSize = 250
    /// Which connection field each child type of the JSONL belongs under.
    static let connections = ["LineItem": "lineItems", "ShippingLine": "shippingLines"]

    let client: ShopifyClient

    /// The shop's `bulk_threshold`; nil when it is not set to a number.
    static func threshold(_ ledger: Ledger, shop: String) throws -> Int? {
        guard case .int(let limit) = try ledger.setting("bulk_threshold", of: shop) else { return nil }
        return Int(min(max(0, limit), Int64(Int32.max)))
    }

    /// Whether `search` selects more than `threshold` orders, by one count (10 points).
    func selects(search: String, moreThan threshold: Int) throws -> Bool {
        let variables: JSONObject = ["query": .string(search), "limit": .int(threshold + 1)]
        let response = try client.execute(SyncDocuments.orderCount, variables: variables)
        return (response.data?["ordersCount"]?["count"]?.intValue ?? 0) > threshold
    }

    /// Runs the bulk query and hands its orders to `body` a batch at a time. A bulk operation
    /// that cannot start or ends without a result throws `BulkOperationError` before any batch
    /// was handed on; a download that breaks off, or a result whose lines do not fit
    /// together, throws `SyncError.bulk` after the batches read so far.
    func forEachPage(search: String, _ body: (DecodedPage<StagedOrder>) throws -> Void) throws {
        let exporter = BulkExporter(client: client)
        let operation = try exporter.wait(for: try exporter.start(SyncDocuments.orderBackfill(search: search)))
        var batch = DecodedPage<StagedOrder>()
        var count = 0
        let summary: BulkAssembler.Summary
        do {
            summary = try exporter.download(operation) { order in
                batch.append(NodeReader(order.regrouped(connections: Self.connections)), index: count)
                count += 1
                guard batch.records.count + batch.problems.count >= Self.batchSize else { return }
                try body(batch)
                batch = DecodedPage()
            }
        } catch let failure as TransportFailure {
            throw SyncError.bulk("the bulk result could not be read: \(failure)")
        }
        if !batch.records.isEmpty || !batch.problems.isEmpty { try body(batch) }
        if let problem = summary.problems.first {
            throw SyncError.bulk("the bulk result is damaged (\(summary.problems.count) lines): \(problem)")
        }
    }
}
