import Database
import Foundation
import ShopSyncCore

/// A staged Shopify product with the prices the ERP wants its linked variants to show, as
/// `sync products to shopify` sends them.
public struct ProductPrices: Sendable, Equatable {
    public struct Variant: Sendable, Equatable {
        public let id: Int64
        /// What Shopify showed when the product was last staged (or last sent).
        public let shopifyPrice: Decimal
        /// The ERP's price: the item's unit price.
        public let erpPrice: Decimal
    }

    public let productID: Int64
    public let title: String
    /// The hash of what was last sent for this product; empty when nothing was.
    public let sentHash: String
    public internal(set) var variants: [Variant]

    /// The hash of what the ERP wants now: variant ids and prices, in id order.
    public var contentHash: String {
        let lines = variants.sorted { $0.id < $1.id }.map { "\($0.id)=\(Storage.money($0.erpPrice))" }
        return SHA256.hex(lines.joined(separator: "\n"))
    }

    /// Whether Shopify may show something other than the ERP's prices: the content changed
    /// since it was last sent, or a later `sync products` staged a price someone set in Shopify.
    public var needsSending: Bool {
        contentHash != sentHash || variants.contains { $0.shopifyPrice != $0.erpPrice }
    }
}

extension Ledger {
    /// The shop's staged products that have variants linked to items, with the ERP's prices.
    public func productPricesToSend(shop: String) throws -> [ProductPrices] {
        let rows = try connection.query("""
            SELECT p.id AS product_id, p.title, p.content_hash, v.id AS variant_id, v.price,
              i.unit_price
            FROM shopify_product p
            JOIN shopify_variant v ON v.shop = p.shop AND v.product_id = p.id
            JOIN item i ON i.no = v.item_no
            WHERE p.shop = ? AND v.item_no IS NOT NULL
            ORDER BY p.id, v.id
            """, [.text(shop)])
        var products: [ProductPrices] = []
        for row in rows {
            let id = try row.int64("product_id")
            let variant = ProductPrices.Variant(
                id: try row.int64("variant_id"), shopifyPrice: Storage.decimal(fromMoney: try row.int64("price")),
                erpPrice: Storage.decimal(fromMoney: try row.int64("unit_price")))
            if products.last?.productID == id {
                products[products.count - 1].variants.append(variant)
            } else {
                products.append(ProductPrices(productID: id, title: try row.string("title"),
                                              sentHash: try row.string("content_hash"), variants: [variant]))
            }
        }
        return products
    }

    /// Records that Shopify took the product's prices: the staged variants show them, the
    /// product keeps the hash of what was sent, and when.
    public func markProductPricesSent(shop: String, _ product: ProductPrices) throws {
        try connection.writeTransaction { db in
            for variant in product.variants {
                try db.run("UPDATE shopify_variant SET price = ? WHERE shop = ? AND id = ?",
                           [.integer(Storage.money(variant.erpPrice)), .text(shop), .integer(variant.id)])
            }
            try db.run("""
                UPDATE shopify_product SET content_hash = ?, last_updated_by_erp = ?, has_error = 0,
                  error = '' WHERE shop = ? AND id = ?
                """, [.text(product.contentHash), .integer(now), .text(shop), .integer(product.productID)])
        }
    }

    /// Keeps Shopify's refusal on the product, so it is visible and tried again next run.
    public func markProductPricesRefused(shop: String, productID: Int64, reason: String) throws {
        try connection.run("UPDATE shopify_product SET has_error = 1, error = ? WHERE shop = ? AND id = ?",
                           [.text(reason), .text(shop), .integer(productID)])
    }
}
