import Database

/// A Shopify location of a shop and how the inventory sync fills it.
public struct ShopLocation: Sendable, Equatable {
    /// What the inventory sync sends to a Shopify location.
    public enum StockRule: String, Sendable, CaseIterable {
        /// Nothing: Shopify's stock there is managed in Shopify.
        case off
        /// The ERP's stock on hand at the location's ERP locations, set as Shopify's `on_hand`.
        case available
        /// The ERP's stock on hand less released sales orders, set as Shopify's `available`.
        case free
    }

    public let shopifyID: Int64
    public let name: String
    /// The ERP locations whose stock adds up to this Shopify location's.
    public let erpLocations: [String]
    public let rule: StockRule
}

/// A Shopify variant mapped to an ERP item, with its inventory item.
public struct MappedVariant: Sendable, Equatable {
    public let inventoryItemID: Int64
    public let itemNo: String
    public let variantCode: String
}

extension Ledger {
    public func shopLocations(shop: String) throws -> [ShopLocation] {
        try connection.query("""
            SELECT shopify_id, name, location_filter, stock_calculation FROM shop_location
            WHERE shop = ? ORDER BY shopify_id
            """, [.text(shop)]).map { row in
            ShopLocation(shopifyID: try row.int64("shopify_id"), name: try row.string("name"),
                         erpLocations: try row.string("location_filter").split(separator: "|").map(String.init),
                         rule: ShopLocation.StockRule(rawValue: try row.string("stock_calculation")) ?? .off)
        }
    }

    /// Records a Shopify location seen by `sync locations`; its configuration is kept.
    public func saveShopLocation(shop: String, shopifyID: Int64, name: String) throws {
        try connection.run("""
            INSERT INTO shop_location (shop, shopify_id, name) VALUES (?, ?, ?)
            ON CONFLICT (shop, shopify_id) DO UPDATE SET name = excluded.name
            """, [.text(shop), .integer(shopifyID), .text(name)])
    }

    /// Sets which ERP locations feed a Shopify location and by which rule.
    public func configureShopLocation(shop: String, shopifyID: Int64, erpLocations: [String],
                                      rule: ShopLocation.StockRule) throws {
        for code in erpLocations { try requireLocation(code) }
        let changed = try connection.run("""
            UPDATE shop_location SET location_filter = ?, stock_calculation = ?
            WHERE shop = ? AND shopify_id = ?
            """, [.text(erpLocations.joined(separator: "|")), .text(rule.rawValue), .text(shop),
                  .integer(shopifyID)])
        guard changed == 1 else {
            throw LedgerError.unknown(kind: "Shopify location (run 'sync locations' first)",
                                      key: String(shopifyID))
        }
    }

    /// Variants of inventory items mapped to ERP inventory items (service items have no stock).
    public func mappedInventoryVariants(shop: String) throws -> [MappedVariant] {
        try connection.query("""
            SELECT v.inventory_item_id, v.item_no, v.variant_code FROM shopify_variant v
            JOIN item i ON i.no = v.item_no
            WHERE v.shop = ? AND v.inventory_item_id <> 0 AND i.type = 'inventory'
            ORDER BY v.inventory_item_id
            """, [.text(shop)]).map { row in
            MappedVariant(inventoryItemID: try row.int64("inventory_item_id"),
                          itemNo: try row.string("item_no"), variantCode: try row.string("variant_code"))
        }
    }

    /// What a Shopify location should show for a variant by its rule; never below zero.
    public func stockToSend(_ variant: MappedVariant, location: ShopLocation) throws -> Int {
        var total = 0
        for code in location.erpLocations {
            switch location.rule {
            case .off: return 0
            case .available:
                total += try stock(itemNo: variant.itemNo, variantCode: variant.variantCode, locationCode: code)
            case .free:
                total += try availableStock(itemNo: variant.itemNo, variantCode: variant.variantCode,
                                            locationCode: code)
            }
        }
        return max(0, total)
    }
}
