import Foundation

/// An exact amount of money. Shopify sends amounts as strings (`"29.99"`, `"13.5"`) and they
/// are converted straight to `Decimal`, never through `Double`; anything but plain decimal
/// digits with an optional sign and fraction is refused.
public struct Money: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let amount: Decimal
    public let currencyCode: String

    public init(amount: Decimal, currencyCode: String) {
        self.amount = amount
        self.currencyCode = currencyCode
    }

    public var description: String { "\(amount) \(currencyCode)" }

    /// Parses Shopify's decimal text strictly: `-?digits(.digits)?`, at most 30 characters.
    public static func decimal(_ text: String) -> Decimal? {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard text.count <= 30, (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Three or four capital letters (ISO 4217, plus Shopify's `USDC`).
    static func isCurrencyCode(_ text: String) -> Bool {
        (3...4).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}

extension Money: ShopifyDecodable {
    /// Decodes a `MoneyV2` (`amount`, `currencyCode`).
    public init(from node: NodeReader) throws(DecodeProblem) {
        let text = try node.string("amount")
        guard let amount = Money.decimal(text) else {
            throw node.problem("amount", "'\(text)' is not a decimal amount")
        }
        let currency = try node.string("currencyCode")
        guard Money.isCurrencyCode(currency) else {
            throw node.problem("currencyCode", "'\(currency)' is not a currency code")
        }
        self.init(amount: amount, currencyCode: currency)
    }
}

/// An amount in the shop's currency and in the currency the buyer saw.
public struct MoneyBag: ShopifyDecodable, Equatable {
    public let shopMoney: Money
    public let presentmentMoney: Money

    public init(from node: NodeReader) throws(DecodeProblem) {
        shopMoney = try node.decode("shopMoney", as: Money.self)
        presentmentMoney = try node.decode("presentmentMoney", as: Money.self)
    }
}

extension NodeReader {
    /// A `Money` scalar (a plain decimal string such as a variant's `price`).
    public func optionalDecimal(_ key: String) throws(DecodeProblem) -> Decimal? {
        guard let text = try optionalString(key) else { return nil }
        guard let amount = Money.decimal(text) else { throw problem(key, "'\(text)' is not a decimal amount") }
        return amount
    }

    public func decimal(_ key: String) throws(DecodeProblem) -> Decimal {
        guard let amount = try optionalDecimal(key) else { throw problem(key, "missing") }
        return amount
    }
}
