import Foundation

/// Why a value could not be read from a result row.
///
/// Like `DatabaseError`, it names the column but never repeats the stored value.
public enum RowError: Error, Sendable, Equatable {
    /// The result has no column of that name.
    case noSuchColumn(String)
    /// The position is outside the result's columns.
    case columnOutOfRange(index: Int, count: Int)
    /// A required value was NULL.
    case unexpectedNull(column: String)
    /// The stored value has another type than the one asked for.
    case typeMismatch(column: String, expected: String, found: String)
    /// The TEXT is not a plain decimal number such as `-12.50`.
    case invalidDecimal(column: String)
}

extension RowError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noSuchColumn(let name):
            return "no column named '\(name)' in the result"
        case .columnOutOfRange(let index, let count):
            return "column \(index) is out of range; the result has \(count) columns"
        case .unexpectedNull(let column):
            return "column '\(column)' is NULL where a value is required"
        case .typeMismatch(let column, let expected, let found):
            return "column '\(column)' holds \(found), expected \(expected)"
        case .invalidDecimal(let column):
            return "column '\(column)' does not hold a plain decimal number"
        }
    }
}

/// The one strict reading of decimal text shared by everything that stores money.
///
/// `Decimal(string:)` is lenient (`"12abc"` reads as 12, `"1,234.56"` as 1), so text is
/// checked against `-?digits(.digits)?` before it is converted.
public enum DecimalText {
    /// The decimal in `text`, or nil unless it is exactly `-?[0-9]+(\.[0-9]+)?` (38 digits at most).
    public static func parse(_ text: String) -> Decimal? {
        guard isPlainDecimal(text.utf8) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    private static func isPlainDecimal(_ bytes: String.UTF8View) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var sawPoint = false
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0:
                continue
            case UInt8(ascii: "."):
                guard !sawPoint, digitsBefore > 0 else { return false }
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            default:
                return false
            }
        }
        // Decimal keeps 38 significant digits; longer text would be rounded silently.
        let fits = digitsBefore + digitsAfter <= 38
        return fits && digitsBefore > 0 && (!sawPoint || digitsAfter > 0)
    }
}
