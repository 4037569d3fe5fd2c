import Foundation

/// Comparison operators of filters and expressions.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// Arithmetic operators.
public enum ArithmeticOperator: String, Hashable, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
}

/// Why an operation on values failed; the interpreter adds where it happened.
public enum ValueError: Error, Hashable, Sendable {
    case operandTypes(op: String, ValueType, ValueType)
    case overflow(op: String)
    case divisionByZero
    case fractionalDays(TimeSpan)
}

/// The meaning of every operator, shared by the interpreter and in-memory filters, so a filter
/// means the same whether SQL or Swift evaluates it.
public enum ValueOperations {
    /// Equality with numeric and date promotion; empty equals only empty.
    public static func equals(_ a: Value, _ b: Value) -> Bool {
        if let order = order(a, b) { return order == .orderedSame }
        return a == b
    }

    /// The ordering of two comparable values, or nil when they cannot be ordered (or one is empty).
    public static func order(_ a: Value, _ b: Value) -> ComparisonResult? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return compare(x, y)
        case (.string(let x), .string(let y)): return compare(x, y)
        case (.bool(let x), .bool(let y)): return compare(x ? 1 : 0, y ? 1 : 0)
        case (.time(let x), .time(let y)): return compare(x, y)
        case (.duration(let x), .duration(let y)): return compare(x, y)
        case (.date(let x), .date(let y)): return compare(x, y)
        default: break
        }
        if let x = decimal(a), let y = decimal(b) { return compare(x, y) }
        if let x = instant(a), let y = instant(b) { return compare(x, y) }
        return nil
    }

    public static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) -> Bool {
        switch op {
        case .equal: return equals(a, b)
        case .notEqual: return !equals(a, b)
        case .less: return order(a, b) == .orderedAscending
        case .lessOrEqual: return [.orderedAscending, .orderedSame].contains(order(a, b))
        case .greater: return order(a, b) == .orderedDescending
        case .greaterOrEqual: return [.orderedDescending, .orderedSame].contains(order(a, b))
        }
    }

    public static func arithmetic(_ op: ArithmeticOperator, _ a: Value, _ b: Value) throws(ValueError)
        -> Value
    {
        let mismatch = ValueError.operandTypes(op: op.rawValue, a.type, b.type)
        switch (op, a, b) {
        case (_, .int(let x), .int(let y)): return try integer(op, x, y)
        case (.add, .string(let x), .string(let y)): return .string(x + y)
        case (.add, .list(let x), .list(let y)): return .list(x + y)
        case (.add, .duration(let x), .duration(let y)):
            return .duration(TimeSpan(milliseconds: x.milliseconds + y.milliseconds))
        case (.subtract, .duration(let x), .duration(let y)):
            return .duration(TimeSpan(milliseconds: x.milliseconds - y.milliseconds))
        case (.multiply, .duration(let x), .int(let n)), (.multiply, .int(let n), .duration(let x)):
            return .duration(TimeSpan(milliseconds: x.milliseconds * n))
        case (.divide, .duration(let x), .int(let n)):
            guard n != 0 else { throw .divisionByZero }
            return .duration(TimeSpan(milliseconds: x.milliseconds / n))
        case (.add, .date, .duration), (.subtract, .date, .duration), (.add, .dateTime, .duration),
             (.subtract, .dateTime, .duration), (.add, .time, .duration),
             (.subtract, .time, .duration), (.subtract, .date, .date),
             (.subtract, .dateTime, .dateTime), (.subtract, .date, .dateTime),
             (.subtract, .dateTime, .date):
            return try temporal(op, a, b)
        default:
            guard let x = decimal(a), let y = decimal(b), op != .remainder else { throw mismatch }
            return try decimalArithmetic(op, x, y)
        }
    }

    public static func negate(_ a: Value) throws(ValueError) -> Value {
        switch a {
        case .int(let x):
            guard x != .min else { throw .overflow(op: "-") }
            return .int(-x)
        case .decimal(let x): return .decimal(-x)
        case .duration(let x): return .duration(TimeSpan(milliseconds: -x.milliseconds))
        default: throw .operandTypes(op: "-", a.type, .null)
        }
    }

    /// `*` matches any run of characters, `?` one character; ASCII letters match either case.
    public static func like(_ text: String, pattern: String) -> Bool {
        let t = Array(text.unicodeScalars.map(foldASCII))
        let p = Array(pattern.unicodeScalars.map(foldASCII))
        var ti = 0, pi = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                ti += 1
                pi += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    static func foldASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    static func decimal(_ value: Value) -> Decimal? {
        switch value {
        case .int(let i): return Decimal(i)
        case .decimal(let d): return d
        default: return nil
        }
    }

    static func instant(_ value: Value) -> Timestamp? {
        switch value {
        case .date(let d): return d.startOfDay
        case .dateTime(let t): return t
        default: return nil
        }
    }

    static func compare<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult {
        x < y ? .orderedAscending : (x == y ? .orderedSame : .orderedDescending)
    }
}
