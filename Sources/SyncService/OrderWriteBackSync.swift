import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// What `sync orders` writes back to processed orders, each behind its shop setting:
///
/// - `write_document_no_to_shopify`: the sales document number as the order's custom attribute
///   `ERP document no.`, with `orderUpdate`. Shopify replaces the whole attribute list, so the
///   order's attributes are read first and ours is set among them; resending sets the same list.
/// - `archive_processed_orders`: a processed order that is fully paid and fulfilled (and not
///   cancelled) is closed with `orderClose`, which is a no-op on a closed order.
///
/// Both happen only after the sales document exists (the order is processed), and each is
/// kept in the ledger once done, so it is done once. Both bump the order's `updatedAt`: the
/// next `sync orders` fetches it once more and finds nothing else changed.
struct OrderWriteBackSync: SyncEngine {
    static let attributeKey = "ERP document no."

    let sync: SyncContext

    func run(into summary: inout SyncSummary) throws {
        let documentNo = try ledger.setting("write_document_no_to_shopify", of: shop) == .bool(true)
        let close = try ledger.setting("archive_processed_orders", of: shop) == .bool(true)
        guard documentNo || close else { return }
        for order in try ledger.orderWriteBacks(shop: shop, documentNo: documentNo, close: close) {
            try checkCancellation()
            guard !dryRun else {
                summary.writtenBack += 1
                continue
            }
            var done = true
            if order.needsDocumentNo { done = try writeDocumentNo(order) && done }
            if order.needsClose { done = try closeOrder(order) && done }
            if done { summary.writtenBack += 1 } else { summary.failed += 1 }
        }
    }

    private func writeDocumentNo(_ order: OrderWriteBack) throws -> Bool {
        let gid = "gid://shopify/Order/\(order.id)"
        let read = try client.execute(SyncDocuments.orderAttributes, variables: ["id": .string(gid)])
        let current = read.data?["order"]?["customAttributes"]?.arrayValue ?? []
        let ours = current.first { $0["key"]?.stringValue == Self.attributeKey }
        if ours?["value"]?.stringValue != order.salesDocumentNo {
            var attributes: [JSON] = current.filter { $0["key"]?.stringValue != Self.attributeKey }
                .map { .object(["key": $0["key"] ?? .string(""), "value": $0["value"] ?? .string("")]) }
            attributes.append(.object(["key": .string(Self.attributeKey),
                                       "value": .string(order.salesDocumentNo)]))
            let input: JSON = .object(["id": .string(gid), "customAttributes": .array(attributes)])
            let response = try client.execute(ShopifyDocuments.orderUpdate, variables: ["input": input])
            if let refusal = try refusal(response, "orderUpdate", order) { return refusal }
        }
        try ledger.markDocumentNoWritten(shop: shop, orderId: order.id, documentNo: order.salesDocumentNo)
        return true
    }

    private func closeOrder(_ order: OrderWriteBack) throws -> Bool {
        let input: JSON = .object(["id": .string("gid://shopify/Order/\(order.id)")])
        let response = try client.execute(ShopifyDocuments.orderClose, variables: ["input": input])
        if let refusal = try refusal(response, "orderClose", order) { return refusal }
        try ledger.markClosedByERP(shop: shop, orderId: order.id)
        return true
    }

    /// False, with the reason kept as a skipped record, when Shopify refused; nil when not.
    private func refusal(_ response: GraphQLResponse, _ field: String, _ order: OrderWriteBack) throws -> Bool? {
        let errors = response.data?[field]?["userErrors"]?.arrayValue ?? []
        guard !errors.isEmpty else { return nil }
        let reason = errors.compactMap { $0["message"]?.stringValue }.joined(separator: "; ")
        try ledger.recordSkipped(shop: shop, task: OrderSync.task, entity: "order write-back",
                                  recordId: order.name, reason: "\(field): \(reason)")
        return false
    }
}
