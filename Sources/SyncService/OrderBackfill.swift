import GraphQL
import Ledger
import ShopifyClient

/// `sync orders` discovery by one bulk query, for a backfill too large for pages: a first run
/// or a run after `reset sync orders to …` that selects more orders than the shop's
/// `bulk_threshold`. Shopify writes the result as a JSONL file; it is streamed, each order
/// rebuilt with its line items and shipping lines, decoded by the same `StagedOrder` as a
/// page, and handed on in batches of 250, so memory holds one batch, never the file. Bulk
/// queries cannot read a refund's line items, so those of the batch's refunded orders are
/// read with a few small queries.
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

    /// Orders whose refunds are completed per request (see `SyncDocuments.orderRefunds`).
    static let refundChunk = 10

    /// A batch decoded as a page, once the orders with refunds have their refunds' line items.
    func decoded(_ orders: [JSON]) throws -> DecodedPage<StagedOrder> {
        let complete = try refunds(of: orders)
        var page = DecodedPage<StagedOrder>()
        for (index, order) in orders.enumerated() {
            page.append(NodeReader(Self.merging(complete, into: order)), index: index)
        }
        return page
    }

    /// The refunds with their line items of those `orders` that have refunds, by order id.
    func refunds(of orders: [JSON]) throws -> [String: JSON] {
        let ids = orders.filter { !($0["refunds"]?.arrayValue ?? []).isEmpty }
            .compactMap { $0["id"]?.stringValue }
        var found: [String: JSON] = [:]
        for start in stride(from: 0, to: ids.count, by: Self.refundChunk) {
            let chunk = ids[start..<min(start + Self.refundChunk, ids.count)].map { JSON.string($0) }
            let response = try client.execute(SyncDocuments.orderRefunds,
                                              variables: ["ids": .array(chunk)])
            for node in response.data?["nodes"]?.arrayValue ?? [] {
                guard let id = node["id"]?.stringValue, let refunds = node["refunds"] else { continue }
                found[id] = refunds
            }
        }
        return found
    }

    /// `order` with each refund given its `refundLineItems` from `complete`, and the refunds
    /// last, where the paged query has them, so the raw JSON is the same either way.
    static func merging(_ complete: [String: JSON], into order: JSON) -> JSON {
        guard case .object(var members) = order, let refunds = members["refunds"]?.arrayValue else {
            return order
        }
        let full = complete[order["id"]?.stringValue ?? ""]?.arrayValue ?? []
        members["refunds"] = nil
        members["refunds"] = .array(refunds.map { refund in
            guard case .object(var fields) = refund,
                  let match = full.first(where: { $0["id"] == refund["id"] }) else { return refund }
            fields["refundLineItems"] = match["refundLineItems"]
            return .object(fields)
        })
        return .object(members)
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
        let query = SyncDocuments.orderBackfill(search: search)
        let operation = try exporter.wait(for: try exporter.start(query))
        var batch: [JSON] = []
        let summary: BulkAssembler.Summary
        do {
            summary = try exporter.download(operation) { order in
                batch.append(order.regrouped(connections: Self.connections))
                guard batch.count >= Self.batchSize else { return }
                try body(try decoded(batch))
                batch = []
            }
        } catch let failure as TransportFailure {
            throw SyncError.bulk("the bulk result could not be read: \(failure)")
        }
        if !batch.isEmpty { try body(try decoded(batch)) }
        if let problem = summary.problems.first {
            let count = summary.problems.count
            throw SyncError.bulk("the bulk result is damaged (\(count) lines): \(problem)")
        }
    }
}
