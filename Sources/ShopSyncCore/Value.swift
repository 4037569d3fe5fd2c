import Foundation

/// A runtime value of the `.shs` language. Money and other decimals are exact, never `Double`.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case decimal(Decimal)
    case string(String)
    case date(CivilDate)
    case dateTime(Timestamp)
    case time(TimeOfDay)
    case duration(TimeSpan)
    case list([Value])
    case record(Record)
    case table(Table)

    public var type: ValueType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .decimal: return .decimal
        case .string: return .string
        case .date: return .date
        case .dateTime: return .dateTime
        case .time: return .time
        case .duration: return .duration
        case .list: return .list(.any)
        case .record: return .record(entity: nil)
        case .table: return .table
        }
    }

    /// Empty means: null, an empty string, an empty list, record or table.
    public var isEmpty: Bool {
        switch self {
        case .null: return true
        case .string(let s): return s.isEmpty
        case .list(let l): return l.isEmpty
        case .record(let r): return r.isEmpty
        case .table(let t): return t.rows.isEmpty
        default: return false
        }
    }

    /// The text a person reads: strings unquoted, decimals exact, times in ISO 8601.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return DecimalText.format(d)
        case .string(let s): return s
        case .date(let d): return d.description
        case .dateTime(let t): return t.description
        case .time(let t): return t.description
        case .duration(let d): return d.description
        case .list(let l): return "[" + l.map(\.literalText).joined(separator: ", ") + "]"
        case .record(let r):
            return "{" + r.pairs.map { "\($0.0): \($0.1.literalText)" }.joined(separator: ", ") + "}"
        case .table(let t): return "table of \(t.rows.count) rows"
        }
    }

    /// The value spelled as a script literal, so `show variables` output can be pasted back.
    public var literalText: String {
        switch self {
        case .null: return "empty"
        case .string(let s): return StringEscaping.quote(s)
        default: return plainText
        }
    }
}

/// Strict decimal text: digits with an optional minus sign and fraction, nothing else. Shared by
/// everything that reads or stores money.
public enum DecimalText {
    /// Parses `-12.50`; refuses `+1`, `1,234.56`, `12abc`, `1e3`, blanks, which `Decimal(string:)`
    /// accepts.
    public static func parse(_ text: String) -> Decimal? {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            case UInt8(ascii: ".") where !seenPoint: seenPoint = true
            default: return nil
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0, digitsBefore + digitsAfter <= 38 else {
            return nil
        }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Plain notation, never exponent form, always with `.` as the separator.
    public static func format(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }
}

/// Quoting of strings in the script syntax.
public enum StringEscaping {
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
