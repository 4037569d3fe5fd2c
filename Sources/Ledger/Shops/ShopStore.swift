import Database
import ShopSyncCore

/// A shop as the ledger keeps it. The access token is never stored: `tokenReference` says
/// where to find it (`env:NAME` or `file:PATH`).
public struct Shop: Sendable, Equatable {
    public enum Backend: String, Sendable { case shopify, sandbox }

    public let code: String
    public let backend: Backend
    public let shopifyURL: String
    public let tokenReference: String
    public let apiVersion: String
    public let currency: String

    /// The Admin API version a shop is pinned to unless it says otherwise: the newest one the
    /// client's documents were validated against.
    public static let newestAPIVersion = "2026-07"

    public init(code: String, backend: Backend, shopifyURL: String = "", tokenReference: String = "",
                apiVersion: String = Shop.newestAPIVersion, currency: String = "USD") {
        self.code = code
        self.backend = backend
        self.shopifyURL = shopifyURL
        self.tokenReference = tokenReference
        self.apiVersion = apiVersion
        self.currency = currency
    }
}

public enum ShopError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownShop(String)
    case unknownSetting(String)
    case invalidValue(setting: String, problem: String)

    public var description: String {
        switch self {
        case .unknownShop(let code): return "no shop '\(code)'; 'shops' lists them"
        case .unknownSetting(let name): return "no shop setting '\(name)'"
        case .invalidValue(let setting, let problem): return "'\(setting)' \(problem)"
        }
    }
}

extension Ledger {
    /// Creates the shop or updates how it is reached; its settings are kept.
    public func save(_ shop: Shop) throws {
        try connection.run("""
            INSERT INTO shop (code, backend, shopify_url, token_reference, api_version, currency, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET backend = excluded.backend,
              shopify_url = excluded.shopify_url, token_reference = excluded.token_reference,
              api_version = excluded.api_version, currency = excluded.currency
            """, [.text(shop.code), .text(shop.backend.rawValue), .text(shop.shopifyURL),
                  .text(shop.tokenReference), .text(shop.apiVersion), .text(shop.currency), .integer(now)])
    }

    public func shop(_ code: String) throws -> Shop {
        guard let row = try connection.queryOne("SELECT * FROM shop WHERE code = ?", [.text(code)]) else {
            throw ShopError.unknownShop(code)
        }
        return Shop(code: try row.string("code"),
                    backend: Shop.Backend(rawValue: try row.string("backend")) ?? .shopify,
                    shopifyURL: try row.string("shopify_url"), tokenReference: try row.string("token_reference"),
                    apiVersion: try row.string("api_version"), currency: try row.string("currency"))
    }

    public func shopCodes() throws -> [String] {
        try connection.query("SELECT code FROM shop ORDER BY code").map { try $0.string("code") }
    }

    /// A setting's value for a shop: what was set, else the default.
    public func setting(_ name: String, of shop: String) throws -> Value {
        guard let setting = ShopSettings.setting(name) else { throw ShopError.unknownSetting(name) }
        let stored = try connection.scalar("SELECT value FROM shop_setting WHERE shop = ? AND name = ?",
                                           [.text(shop), .text(name)])
        return stored?.string.map(setting.decode) ?? setting.defaultValue
    }

    /// Changes a setting after checking its type, its choices and the rules between settings.
    public func setSetting(_ name: String, to value: Value, of shop: String) throws {
        guard let setting = ShopSettings.setting(name) else { throw ShopError.unknownSetting(name) }
        _ = try self.shop(shop)
        guard setting.type.accepts(value.type), value != Value.null else {
            throw ShopError.invalidValue(setting: name, problem: "must be a \(setting.type)")
        }
        if let choices = setting.choices, !choices.contains(value.plainText) {
            throw ShopError.invalidValue(setting: name, problem: "must be one of " + choices.joined(separator: ", "))
        }
        try checkExclusive(name, value, shop)
        try connection.run("""
            INSERT INTO shop_setting (shop, name, value) VALUES (?, ?, ?)
            ON CONFLICT (shop, name) DO UPDATE SET value = excluded.value
            """, [.text(shop), .text(name), .text(setting.encode(value))])
    }

    /// "Shopify can update customers" and "can update Shopify customers" exclude each other.
    func checkExclusive(_ name: String, _ value: Value, _ shop: String) throws {
        let pairs = ["shopify_can_update_customers": "can_update_shopify_customers",
                     "can_update_shopify_customers": "shopify_can_update_customers"]
        guard value == .bool(true), let other = pairs[name], try setting(other, of: shop) == .bool(true) else {
            return
        }
        throw ShopError.invalidValue(setting: name, problem: "cannot be on while '\(other)' is on")
    }
}
