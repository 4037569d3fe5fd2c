/// A top-level record of the sandbox store, kept as one JSON document in its own row.
///
/// `kind` is the Shopify type name, so a record's global id is `gid://shopify/<kind>/<id>`.
/// Objects that live inside a record (line items, fulfillment orders, addresses) have their own
/// ids from the same sequences and are listed in `childIDs` so `node(id:)` can find them.
public protocol StoreRecord: Codable, Sendable {
    static var kind: String { get }
    var id: Int64 { get }
    /// Seconds since 1970, UTC: Shopify's timestamps have one-second resolution.
    var createdAt: Int64 { get }
    var updatedAt: Int64 { get set }
    /// A value looked up directly: email, SKU, order name, handle.
    var lookupKey: String? { get }
    /// A second id the record answers to (a variant's inventory item).
    var reference: Int64? { get }
    var childIDs: [ChildID] { get }
}

/// The id of an object stored inside another record.
public struct ChildID: Sendable, Hashable {
    public let kind: String
    public let id: Int64

    public init(_ kind: String, _ id: Int64) {
        self.kind = kind
        self.id = id
    }
}

extension StoreRecord {
    public var lookupKey: String? { nil }
    public var reference: Int64? { nil }
    public var childIDs: [ChildID] { [] }
    /// `gid://shopify/Order/1001`.
    public var gid: String { GlobalID.make(Self.kind, id) }
}

/// Shopify's global ids: `gid://shopify/<Type>/<number>`.
public enum GlobalID {
    public static func make(_ kind: String, _ id: Int64) -> String { "gid://shopify/\(kind)/\(id)" }

    /// The type and number of a plain gid; nil for anything else (Shopify treats input ids as
    /// strings, so a malformed one simply matches nothing).
    public static func parse(_ text: String) -> (kind: String, id: Int64)? {
        guard text.hasPrefix("gid://shopify/") else { return nil }
        let rest = text.dropFirst("gid://shopify/".count)
        let path = rest.split(separator: "?", maxSplits: 1)[0]
        let parts = path.split(separator: "/")
        guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
        return (String(parts[0]), id)
    }

    /// The number of a gid of the given type, else nil.
    public static func id(_ text: String, kind: String) -> Int64? {
        guard let parsed = parse(text), parsed.kind == kind else { return nil }
        return parsed.id
    }
}
