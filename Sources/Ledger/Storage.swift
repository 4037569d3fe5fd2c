import Database
import Foundation
import ShopSyncCore

/// How a language value is kept in a ledger column, and back. One place for every conversion,
/// so money, dates and instants mean the same in every table.
public enum ColumnStorage: Sendable, Hashable {
    case text
    case integer
    /// Exact money: INTEGER ten-thousandths of a unit (four decimal places).
    case money
    /// INTEGER 0 or 1.
    case flag
    /// TEXT `YYYY-MM-DD`.
    case date
    /// INTEGER milliseconds since 1970-01-01T00:00:00Z.
    case instant

    /// The language type a column of this storage has.
    public var valueType: ValueType {
        switch self {
        case .text: return .string
        case .integer: return .int
        case .money: return .decimal
        case .flag: return .bool
        case .date: return .date
        case .instant: return .dateTime
        }
    }
}

/// Conversions between language values and SQL values.
public enum Storage {
    public static let moneyScale: Int64 = 10_000

    /// Money as stored: ten-thousandths, rounded half away from zero beyond four places.
    public static func money(_ value: Decimal) -> Int64 {
        var scaled = value * Decimal(moneyScale), rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        return Int64(truncating: rounded as NSDecimalNumber)
    }

    public static func decimal(fromMoney stored: Int64) -> Decimal {
        // Built from sign, exponent and digits: Decimal division costs about 12 µs on Linux,
        // which dominated reading documents during posting.
        Decimal(sign: stored < 0 ? .minus : .plus, exponent: -4, significand: Decimal(stored.magnitude))
    }

    /// A value as stored in a column of `storage`; nil when the value does not fit it.
    public static func sqlValue(_ value: Value, as storage: ColumnStorage) -> SQLValue? {
        switch (storage, value) {
        case (_, .null): return .null
        case (.text, .string(let s)): return .text(s)
        case (.integer, .int(let i)): return .integer(i)
        case (.money, .int(let i)): return .integer(i * moneyScale)
        case (.money, .decimal(let d)): return .integer(money(d))
        case (.flag, .bool(let b)): return .integer(b ? 1 : 0)
        case (.date, .date(let d)): return .text(d.description)
        case (.date, .dateTime(let t)): return .text(t.date.description)
        case (.instant, .dateTime(let t)): return .integer(t.milliseconds)
        case (.instant, .date(let d)): return .integer(d.startOfDay.milliseconds)
        default: return nil
        }
    }

    /// A stored column value as a language value.
    public static func value(_ sql: SQLValue, as storage: ColumnStorage) -> Value {
        switch (storage, sql) {
        case (_, .null): return .null
        case (.text, .text(let s)): return .string(s)
        case (.integer, .integer(let i)): return .int(i)
        case (.money, .integer(let i)): return .decimal(decimal(fromMoney: i))
        case (.flag, .integer(let i)): return .bool(i != 0)
        case (.date, .text(let s)): return parseDate(s).map { .date($0) } ?? .string(s)
        case (.instant, .integer(let i)): return .dateTime(Timestamp(milliseconds: i))
        case (_, .text(let s)): return .string(s)
        case (_, .integer(let i)): return .int(i)
        case (_, .real(let d)): return .decimal(Decimal(d))
        case (_, .blob(let b)): return .string("<\(b.count) bytes>")
        }
    }

    /// `2026-12-01` as a date.
    public static func parseDate(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return nil
        }
        return CivilDate(year: y, month: m, day: d)
    }
}
