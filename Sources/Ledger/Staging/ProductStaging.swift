import Database
import Foundation
import ShopSyncCore

/// A Shopify product as `sync products` stages it, with the item it maps to.
public struct StagedProduct: Sendable, Equatable {
    public struct Variant: Sendable, Equatable {
        public var id: Int64
        public var sku: String
        public var barcode: String
        public var price: Decimal
        public var compareAtPrice: Decimal?
        public var inventoryItemID: Int64
        /// Nil: no item matches yet.
        public var itemNo: String?
        public var variantCode: String

        public init(id: Int64, sku: String, barcode: String, price: Decimal, compareAtPrice: Decimal?,
                    inventoryItemID: Int64, itemNo: String?, variantCode: String) {
            self.id = id
            self.sku = sku
            self.barcode = barcode
            self.price = price
            self.compareAtPrice = compareAtPrice
            self.inventoryItemID = inventoryItemID
            self.itemNo = itemNo
            self.variantCode = variantCode
        }
    }

    public var shop: String
    public var id: Int64
    public var title: String
    public var handle: String
    public var status: String
    public var vendor: String
    public var updatedAt: Timestamp
    public var variants: [Variant]

    public init(shop: String, id: Int64, title: String, handle: String, status: String, vendor: String,
                updatedAt: Timestamp, variants: [Variant]) {
        self.shop = shop
        self.id = id
        self.title = title
        self.handle = handle
        self.status = status
        self.vendor = vendor
        self.updatedAt = updatedAt
        self.variants = variants
    }

    /// The product's item: the item of its first mapped variant.
    public var itemNo: String? { variants.lazy.compactMap(\.itemNo).first }
}

extension Ledger {
    /// Stages a product and its variants in one transaction; variants that left the product in
    /// Shopify are removed. Returns whether the product was new to the ledger.
    @discardableResult
    public func saveStagedProduct(_ product: StagedProduct) throws -> Bool {
        try connection.writeTransaction { db in
            let existed = try db.scalar("SELECT 1 FROM shopify_product WHERE shop = ? AND id = ?",
                                        [.text(product.shop), .integer(product.id)]) != nil
            try translatingConstraints(kind: "Shopify product", key: String(product.id)) {
                try db.run(Self.upsertProductSQL, productBinds(product))
                for variant in product.variants {
                    try db.run(Self.upsertVariantSQL, variantBinds(variant, product))
                }
                try db.run("""
                    DELETE FROM shopify_variant WHERE shop = ? AND product_id = ?
                      AND id NOT IN (SELECT value FROM json_each(?))
                    """, [.text(product.shop), .integer(product.id),
                          .text(Self.jsonArray(product.variants.map(\.id)))])
            }
            return !existed
        }
    }

    /// The `updatedAt` (milliseconds) of staged products among `ids`.
    public func stagedProductVersions(shop: String, among ids: [Int64]) throws -> [Int64: Int64] {
        var versions: [Int64: Int64] = [:]
        for row in try connection.query("""
            SELECT id, updated_at FROM shopify_product WHERE shop = ? AND id IN (SELECT value FROM json_each(?))
            """, [.text(shop), .text(Self.jsonArray(ids))]) {
            versions[try row.int64("id")] = try row.int64("updated_at")
        }
        return versions
    }

    static let upsertProductSQL = """
        INSERT INTO shopify_product (shop, id, title, handle, status, vendor, item_no, has_error, error,
          updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', ?)
        ON CONFLICT (shop, id) DO UPDATE SET title = excluded.title, handle = excluded.handle,
          status = excluded.status, vendor = excluded.vendor, item_no = excluded.item_no,
          has_error = 0, error = '', updated_at = excluded.updated_at
        """

    static let upsertVariantSQL = """
        INSERT INTO shopify_variant (shop, id, product_id, sku, barcode, price, compare_at_price,
          inventory_item_id, item_no, variant_code, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (shop, id) DO UPDATE SET product_id = excluded.product_id, sku = excluded.sku,
          barcode = excluded.barcode, price = excluded.price, compare_at_price = excluded.compare_at_price,
          inventory_item_id = excluded.inventory_item_id, item_no = excluded.item_no,
          variant_code = excluded.variant_code, updated_at = excluded.updated_at
        """

    private func productBinds(_ p: StagedProduct) -> [SQLValue] {
        [.text(p.shop), .integer(p.id), .text(p.title), .text(p.handle), .text(p.status), .text(p.vendor),
         p.itemNo.map { .text($0) } ?? .null, .integer(p.updatedAt.milliseconds)]
    }

    private func variantBinds(_ v: StagedProduct.Variant, _ p: StagedProduct) -> [SQLValue] {
        [.text(p.shop), .integer(v.id), .integer(p.id), .text(v.sku), .text(v.barcode),
         .integer(Storage.money(v.price)), v.compareAtPrice.map { .integer(Storage.money($0)) } ?? .null,
         .integer(v.inventoryItemID), v.itemNo.map { .text($0) } ?? .null, .text(v.variantCode),
         .integer(p.updatedAt.milliseconds)]
    }
}

extension Ledger {
    /// Staged variants no item matched yet, to map again after the ERP side changed.
    public func unmappedVariants(shop: String) throws -> [ShopifyVariantLink] {
        try connection.query("""
            SELECT id, product_id, sku, barcode FROM shopify_variant
            WHERE shop = ? AND item_no IS NULL ORDER BY id
            """, [.text(shop)]).map { row in
            ShopifyVariantLink(shop: shop, id: try row.int64("id"), productId: try row.int64("product_id"),
                               sku: try row.string("sku"), barcode: try row.string("barcode"))
        }
    }

    /// Maps a staged variant to an item, and its product to the item when it has none.
    public func mapStagedVariant(shop: String, id: Int64, itemNo: String, variantCode: String) throws {
        try connection.writeTransaction { db in
            try db.run("UPDATE shopify_variant SET item_no = ?, variant_code = ? WHERE shop = ? AND id = ?",
                       [.text(itemNo), .text(variantCode), .text(shop), .integer(id)])
            try db.run("""
                UPDATE shopify_product SET item_no = ? WHERE shop = ? AND item_no IS NULL
                  AND id = (SELECT product_id FROM shopify_variant WHERE shop = ? AND id = ?)
                """, [.text(itemNo), .text(shop), .text(shop), .integer(id)])
        }
    }
}

extension Ledger {
    /// Products of the given orders' lines whose variant the ledger has never staged: what
    /// `sync orders` imports on the fly, so the orders' lines can be mapped.
    public func productsOfUnknownVariants(shop: String, orderIDs: [Int64]) throws -> [Int64] {
        try connection.query("""
            SELECT DISTINCT l.product_id FROM order_line l
            WHERE l.shop = ? AND l.order_id IN (SELECT value FROM json_each(?))
              AND l.variant_id <> 0 AND l.product_id <> 0
              AND NOT EXISTS (SELECT 1 FROM shopify_variant v WHERE v.shop = l.shop AND v.id = l.variant_id)
            ORDER BY l.product_id
            """, [.text(shop), .text(Self.jsonArray(orderIDs))]).map { try $0.int64("product_id") }
    }
}
