import Foundation
import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// `sync products to shopify`: the ERP's prices go to the Shopify variants linked to items
/// (by `sync products`), one `productVariantsBulkUpdate` per product.
///
/// Only a product whose content changed costs a call: the hash of the prices last sent is kept
/// on the product, and a product is sent when the ERP's prices hash differently, or when a later
/// `sync products` staged a price someone set in Shopify. The price is the item's unit price
/// (the ledger keeps no price per variant).
struct ProductExport: SyncEngine {
    static let task = "sync products to shopify"

    let sync: SyncContext

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        let direction = try ledger.setting("sync_item_direction", of: shop)
        guard direction == .string("to_shopify") else {
            throw SyncError.refused(task: Self.task, reason: "sync_item_direction is '\(direction.plainText)': "
                + "the ERP sends products only when it is 'to_shopify'")
        }
        for product in try ledger.productPricesToSend(shop: shop) {
            try checkCancellation()
            summary.fetched += 1
            guard product.needsSending else {
                summary.unchanged += 1
                continue
            }
            try send(product, into: &summary)
            progress(summary)
        }
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    /// One call for the product; Shopify's refusal stays on the product and in skipped records.
    private func send(_ product: ProductPrices, into summary: inout SyncSummary) throws {
        guard !dryRun else {
            summary.updated += 1
            return
        }
        let response = try client.execute(ShopifyDocuments.productVariantsPriceUpdate,
                                          variables: Self.variables(product))
        let errors = response.data?["productVariantsBulkUpdate"]?["userErrors"]?.arrayValue ?? []
        guard errors.isEmpty else {
            summary.failed += 1
            let reason = errors.compactMap { $0["message"]?.stringValue }.joined(separator: "; ")
            try ledger.markProductPricesRefused(shop: shop, productID: product.productID, reason: reason)
            try ledger.recordSkipped(shop: shop, task: Self.task, entity: "product",
                                     recordId: "gid://shopify/Product/\(product.productID)", reason: reason)
            return
        }
        try ledger.markProductPricesSent(shop: shop, product)
        try ledger.clearSkipped(shop: shop, task: Self.task, entity: "product",
                                recordIDs: ["gid://shopify/Product/\(product.productID)"])
        summary.updated += 1
    }

    static func variables(_ product: ProductPrices) -> JSONObject {
        let variants: [JSON] = product.variants.map { variant in
            .object(["id": .string("gid://shopify/ProductVariant/\(variant.id)"),
                     "price": .string(Self.moneyText(variant.erpPrice))])
        }
        return ["productId": .string("gid://shopify/Product/\(product.productID)"), "variants": .array(variants)]
    }

    /// Shopify's `Money` scalar: a decimal string with two places.
    static func moneyText(_ amount: Decimal) -> String {
        var value = amount, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        let text = "\(rounded)"
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let places = text.distance(from: dot, to: text.endIndex) - 1
        return places >= 2 ? text : text + String(repeating: "0", count: 2 - places)
    }
}
