import Foundation

extension ValueOperations {
    static func integer(_ op: ArithmeticOperator, _ x: Int64, _ y: Int64) throws(ValueError) -> Value {
        let result: (Int64, Bool)
        switch op {
        case .add: result = x.addingReportingOverflow(y)
        case .subtract: result = x.subtractingReportingOverflow(y)
        case .multiply: result = x.multipliedReportingOverflow(by: y)
        case .remainder:
            guard y != 0 else { throw .divisionByZero }
            result = x.remainderReportingOverflow(dividingBy: y)
        case .divide:
            // Division of integers is exact: 7 / 2 is 3.5, not 3.
            return try decimalArithmetic(.divide, Decimal(x), Decimal(y))
        }
        guard !result.1 else { throw .overflow(op: op.rawValue) }
        return .int(result.0)
    }

    static func decimalArithmetic(_ op: ArithmeticOperator, _ x: Decimal, _ y: Decimal)
        throws(ValueError) -> Value
    {
        switch op {
        case .add: return .decimal(x + y)
        case .subtract: return .decimal(x - y)
        case .multiply: return .decimal(x * y)
        case .divide:
            guard !y.isZero else { throw .divisionByZero }
            return .decimal(x / y)
        case .remainder: throw .operandTypes(op: "%", .decimal, .decimal)
        }
    }

    static func temporal(_ op: ArithmeticOperator, _ a: Value, _ b: Value) throws(ValueError) -> Value {
        let sign: Int64 = op == .add ? 1 : -1
        switch (a, b) {
        case (.date(let d), .duration(let span)):
            guard span.isWholeDays else { throw .fractionalDays(span) }
            return .date(d.adding(days: sign * span.milliseconds / Timestamp.millisecondsPerDay))
        case (.dateTime(let t), .duration(let span)):
            return .dateTime(Timestamp(milliseconds: t.milliseconds + sign * span.milliseconds))
        case (.time(let t), .duration(let span)):
            return .time(TimeOfDay(milliseconds: t.milliseconds + sign * span.milliseconds))
        default:
            guard let x = instant(a), let y = instant(b) else {
                throw .operandTypes(op: op.rawValue, a.type, b.type)
            }
            return .duration(x.since(y))
        }
    }

    /// The static result type of an arithmetic operation, or nil when the types do not fit.
    public static func resultType(_ op: ArithmeticOperator, _ a: ValueType, _ b: ValueType)
        -> ValueType?
    {
        if a == .any || b == .any { return .any }
        switch (op, a, b) {
        case (.divide, .int, .int): return .decimal
        case (_, .int, .int): return .int
        case (.remainder, _, _): return nil
        case (.add, .string, .string): return .string
        case (.add, .list(let x), .list(let y)): return .list(x == y ? x : .any)
        case (.add, .duration, .duration), (.subtract, .duration, .duration),
             (.multiply, .duration, .int), (.multiply, .int, .duration), (.divide, .duration, .int):
            return .duration
        case (.add, .date, .duration), (.subtract, .date, .duration): return .date
        case (.add, .dateTime, .duration), (.subtract, .dateTime, .duration): return .dateTime
        case (.add, .time, .duration), (.subtract, .time, .duration): return .time
        case (.subtract, let x, let y) where x.isTemporal && y.isTemporal: return .duration
        case (_, let x, let y) where x.isNumeric && y.isNumeric: return .decimal
        default: return nil
        }
    }
}
