import ShopSyncCore
import ShsLanguage

extension Evaluator {
    /// Turns a bound filter into a `Filter`: fields stay fields, the rest is evaluated now.
    func filter(_ expression: BoundExpression) throws(ScriptError) -> Filter {
        guard expression.readsFields else { return .constant(try evaluate(expression)) }
        switch expression.kind {
        case .field(let name): return .field(name, expression.type)
        case .compare(let op, let a, let b): return .compare(op, try filter(a), try filter(b))
        case .arithmetic(let op, let a, let b): return .arithmetic(op, try filter(a), try filter(b))
        case .negate(let a): return .negate(try filter(a))
        case .not(let a): return .not(try filter(a))
        case .and(let a, let b): return .and(try filter(a), try filter(b))
        case .or(let a, let b): return .or(try filter(a), try filter(b))
        case .between(let a, let low, let high):
            return .between(try filter(a), low: try filter(low), high: try filter(high))
        case .like(let a, let pattern): return .like(try filter(a), pattern: try filter(pattern))
        case .isEmpty(let a): return .isEmpty(try filter(a))
        case .isIn(let a, let list):
            if case .list(let items) = list.kind {
                return .isIn(try filter(a), try items.map { (item) throws(ScriptError) in try filter(item) })
            }
            guard case .list(let values) = try evaluate(list) else {
                throw fail(.runtime("'in' needs a list"), list)
            }
            return .isIn(try filter(a), values.map { .constant($0) })
        default:
            throw fail(.runtime("a filter can compare fields, not compute with them here"), expression)
        }
    }

    func member(_ base: Value, _ name: String, _ expression: BoundExpression)
        throws(ScriptError) -> Value
    {
        guard case .record(let record) = base else {
            throw fail(.runtime("'.\(name)' needs a record, found \(base.type)"), expression)
        }
        guard let value = record[name] else {
            throw fail(.runtime("the record has no field '\(name)'"), expression)
        }
        return value
    }

    func index(_ base: Value, _ key: Value, _ expression: BoundExpression) throws(ScriptError) -> Value {
        switch (base, key) {
        case (.list(let items), .int(let i)):
            guard i >= 0, i < items.count else {
                throw fail(.runtime("index \(i) is outside the list of \(items.count)"), expression)
            }
            return items[Int(i)]
        case (.table(let table), .int(let i)):
            guard i >= 0, i < table.rows.count else {
                throw fail(.runtime("index \(i) is outside the table of \(table.rows.count)"), expression)
            }
            return .record(table.records[Int(i)])
        case (.record(let record), .string(let name)):
            return record[name] ?? .null
        default:
            throw fail(.runtime("cannot index \(base.type) with \(key.type)"), expression)
        }
    }
}

extension BoundExpression {
    /// Whether a filter field appears anywhere inside.
    var readsFields: Bool {
        var found = false
        visit { if case .field = $0.kind { found = true } }
        return found
    }

    /// Made only of constants and operators: safe to evaluate while binding.
    var isPure: Bool {
        var pure = true
        visit {
            switch $0.kind {
            case .variable, .field, .call, .count, .query: pure = false
            default: break
            }
        }
        return pure
    }

    func visit(_ body: (BoundExpression) -> Void) {
        body(self)
        switch kind {
        case .constant, .variable, .field, .count, .query: break
        case .call(_, let items), .list(let items): items.forEach { $0.visit(body) }
        case .record(let fields): fields.forEach { $0.1.visit(body) }
        case .member(let a, _), .negate(let a), .not(let a), .isEmpty(let a): a.visit(body)
        case .index(let a, let b), .arithmetic(_, let a, let b), .compare(_, let a, let b),
             .and(let a, let b), .or(let a, let b), .isIn(let a, let b), .like(let a, let b):
            a.visit(body)
            b.visit(body)
        case .between(let a, let b, let c):
            a.visit(body)
            b.visit(body)
            c.visit(body)
        }
    }
}

/// How operator failures read.
enum ValueErrorText {
    static func describe(_ error: ValueError) -> String {
        switch error {
        case .operandTypes(let op, let a, let b): return "cannot apply '\(op)' to \(a) and \(b)"
        case .overflow(let op): return "integer overflow in '\(op)'"
        case .divisionByZero: return "division by zero"
        case .fractionalDays(let span):
            return "cannot add \(span) to a date; use a date-time instead (e.g. 'now - \(span)')"
        }
    }
}
