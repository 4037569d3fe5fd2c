import Foundation
import ShopSyncCore

public struct Product: ShopifyDecodable, ShopifyResource {
    public static let typeName = "Product"

    public enum Status: String, Sendable, Hashable {
        case active = "ACTIVE", archived = "ARCHIVED", draft = "DRAFT", unlisted = "UNLISTED"
    }

    public let id: GlobalID<Product>
    public let title: String
    public let handle: String?
    public let status: OpenEnum<Status>?
    public let vendor: String?
    public let tags: [String]
    public let updatedAt: Timestamp?
    public let variants: [ProductVariant]

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: Product.self)
        title = try node.string("title")
        handle = try node.optionalString("handle")
        status = try node.optionalEnum("status", as: Status.self)
        vendor = try node.optionalString("vendor")
        tags = try node.strings("tags")
        updatedAt = try node.optionalInstant("updatedAt")
        variants = try node.decodeAll("variants", as: ProductVariant.self)
    }
}

public struct ProductVariant: ShopifyDecodable, ShopifyResource {
    public static let typeName = "ProductVariant"

    public let id: GlobalID<ProductVariant>
    public let sku: String?
    public let barcode: String?
    /// The `Money` scalar: a plain decimal string, decoded exactly.
    public let price: Decimal?
    public let compareAtPrice: Decimal?
    public let inventoryItemID: GlobalID<InventoryItemResource>?

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: ProductVariant.self)
        sku = try node.optionalString("sku")
        barcode = try node.optionalString("barcode")
        price = try node.optionalDecimal("price")
        compareAtPrice = try node.optionalDecimal("compareAtPrice")
        inventoryItemID = try node.optionalObject("inventoryItem")?.id(of: InventoryItemResource.self)
    }
}
