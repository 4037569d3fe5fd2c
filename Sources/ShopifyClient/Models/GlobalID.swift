/// A kind of Shopify object, named as in its global ID (`gid://shopify/<typeName>/…`).
public protocol ShopifyResource {
    static var typeName: String { get }
}

/// A global ID of a known kind. The part after the type is kept as opaque text: some IDs
/// carry query parameters (`InventoryLevel/1?inventory_item_id=2`).
public struct GlobalID<Resource: ShopifyResource>: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts only `gid://shopify/<Resource.typeName>/<non-empty>`.
    public init?(_ text: String) {
        let prefix = "gid://shopify/" + Resource.typeName + "/"
        guard text.hasPrefix(prefix), text.count > prefix.count else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }

    /// The numeric id (the REST id) when the rest is a plain number.
    public var number: Int64? {
        let rest = rawValue.split(separator: "/").last.map(String.init) ?? ""
        return Int64(rest.split(separator: "?").first.map(String.init) ?? "")
    }
}

extension NodeReader {
    public func id<R: ShopifyResource>(_ key: String = "id", of type: R.Type) throws(DecodeProblem) -> GlobalID<R> {
        guard let id = try optionalID(key, of: type) else { throw problem(key, "missing") }
        return id
    }

    public func optionalID<R: ShopifyResource>(_ key: String = "id",
                                               of type: R.Type) throws(DecodeProblem) -> GlobalID<R>? {
        guard let text = try optionalString(key) else { return nil }
        guard let id = GlobalID<R>(text) else {
            throw problem(key, "'\(text)' is not a \(R.typeName) id")
        }
        return id
    }
}

/// Markers for IDs of objects the client does not model in full.
public enum InventoryItemResource: ShopifyResource { public static let typeName = "InventoryItem" }
public enum LineItemResource: ShopifyResource { public static let typeName = "LineItem" }
public enum FulfillmentResource: ShopifyResource { public static let typeName = "Fulfillment" }
public enum PriceListResource: ShopifyResource { public static let typeName = "PriceList" }
public enum BulkOperationResource: ShopifyResource { public static let typeName = "BulkOperation" }
