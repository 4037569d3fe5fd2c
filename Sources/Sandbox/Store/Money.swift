import Foundation

/// An exact amount of money in units of 1/10,000 of the currency's main unit.
///
/// Money is kept as integers so that sums, taxes and refunds never drift; four decimals cover
/// every ISO 4217 currency (KWD has three) and Shopify's Decimal prices in practice.
public struct Money: Codable, Sendable, Hashable, Comparable {
    public static let scale: Int64 = 10_000
    public static let zero = Money(units: 0)

    /// The amount times 10,000.
    public var units: Int64

    public init(units: Int64) {
        self.units = units
    }

    /// `cents` hundredths of the main unit.
    public init(cents: Int64) {
        self.units = cents * 100
    }

    /// Parses plain decimal text (`"12.5"`, `"-3"`); nil for anything else or more than 4 decimals.
    public init?(text: String) {
        var parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = parts.first else { return nil }
        let negative = first.hasPrefix("-")
        if negative { parts[0] = first.dropFirst() }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard !parts[0].isEmpty, fraction.count <= 4, parts[0].allSatisfy(\.isASCIIDigit),
              fraction.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fraction.isEmpty,
              let whole = Int64(parts[0]), whole < 900_000_000_000_000 else { return nil }
        let padded = fraction + String(repeating: "0", count: 4 - fraction.count)
        let value = whole * Money.scale + (Int64(padded) ?? 0)
        self.units = negative ? -value : value
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.units < rhs.units }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units + rhs.units) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units - rhs.units) }
    public static func * (lhs: Money, rhs: Int) -> Money { Money(units: lhs.units * Int64(rhs)) }

    /// This amount times `rate` (itself ×10,000), rounded half away from zero to cents.
    public func converted(rate: Int64) -> Money {
        let raw = units * rate / Money.scale
        return Money(units: (raw + (raw >= 0 ? 50 : -50)) / 100 * 100)
    }

    /// `percent` hundredths of a percent of this amount (1_000 = 10 %), rounded to cents.
    public func percentage(basisPoints: Int64) -> Money {
        let raw = units * basisPoints / 10_000
        return Money(units: (raw + (raw >= 0 ? 50 : -50)) / 100 * 100)
    }

    /// The `Decimal` scalar as Shopify writes it in `MoneyV2.amount`: at least one decimal,
    /// other trailing zeros stripped (`"13.5"`, `"9.0"`, `"0.0"`).
    public var decimalText: String {
        var fraction = String(format: "%04lld", abs(units) % Money.scale)
        while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + "\(abs(units) / Money.scale).\(fraction)"
    }

    /// The `Money` scalar as Shopify writes it for variant prices: two decimals (`"79.99"`).
    public var moneyText: String {
        let cents = abs(units) % Money.scale
        let fraction = cents % 100 == 0 ? String(format: "%02lld", cents / 100)
            : String(format: "%04lld", cents)
        return sign + "\(abs(units) / Money.scale).\(fraction)"
    }

    private var sign: String { units < 0 ? "-" : "" }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
