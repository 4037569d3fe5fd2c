/// A product: `Product`, with its variants stored as their own records.
public struct ProductRecord: StoreRecord {
    public static let kind = "Product"
    public var id: Int64
    public var title: String
    public var handle: String
    /// ACTIVE, ARCHIVED, DRAFT or UNLISTED.
    public var status: String
    public var vendor: String
    public var productType: String
    public var tags: [String]
    public var descriptionHtml: String
    public var variantIds: [Int64]
    /// The variants' SKUs, kept here so `products(query: "sku:...")` needs no join.
    public var skus: [String]
    public var media: [MediaImageRecord]
    public var createdAt: Int64
    public var updatedAt: Int64

    public var lookupKey: String? { handle }
    public var childIDs: [ChildID] { media.map { ChildID("MediaImage", $0.id) } }
}

/// An image attached to a product.
public struct MediaImageRecord: Codable, Sendable {
    public var id: Int64
    public var alt: String
    public var url: String
    public var width: Int
    public var height: Int
}

/// A variant: `ProductVariant`, carrying its inventory item and its levels per location.
public struct VariantRecord: StoreRecord {
    public static let kind = "ProductVariant"
    public var id: Int64
    public var productId: Int64
    public var title: String
    public var sku: String
    public var barcode: String?
    public var price: Money
    public var compareAtPrice: Money?
    public var position: Int
    public var options: [SelectedOption]
    public var inventoryItemId: Int64
    public var tracked: Bool
    public var taxable: Bool
    public var unitCost: Money?
    public var levels: [InventoryLevelRecord]
    public var createdAt: Int64
    public var updatedAt: Int64

    public var lookupKey: String? { sku }
    public var reference: Int64? { inventoryItemId }
    public var childIDs: [ChildID] { [ChildID("InventoryItem", inventoryItemId)] }
    /// Available units over every location.
    public var inventoryQuantity: Int { levels.reduce(0) { $0 + $1.available } }

    public func level(at locationId: Int64) -> InventoryLevelRecord? {
        levels.first { $0.locationId == locationId }
    }
}

/// `name: value` of a variant's option (`Color: Red`).
public struct SelectedOption: Codable, Sendable, Hashable {
    public var name: String
    public var value: String
}

/// Stock of one inventory item at one location.
public struct InventoryLevelRecord: Codable, Sendable {
    public var id: Int64
    public var locationId: Int64
    public var available: Int
    public var onHand: Int
    public var updatedAt: Int64

    /// Units held for unfulfilled orders: the difference Shopify reports as `committed`.
    public var committed: Int { onHand - available }
}

/// A location stock is kept at and orders are fulfilled from.
public struct LocationRecord: StoreRecord {
    public static let kind = "Location"
    public var id: Int64
    public var name: String
    public var isActive: Bool
    public var fulfillsOnlineOrders: Bool
    public var address: Address
    public var createdAt: Int64
    public var updatedAt: Int64

    public var lookupKey: String? { name }
}
