import Foundation

/// The one strict reading of decimal text shared by everything that stores money.
///
/// `Decimal(string:)` is lenient (`"12abc"` reads as 12, `"1,234.56"` as 1), so text is
/// checked against `-?digits(.digits)?` before it is converted.
public enum DecimalText {
    /// The decimal in `text`, or nil unless it is exactly `-?[0-9]+(\.[0-9]+)?`
    /// with 38 digits at most.
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
