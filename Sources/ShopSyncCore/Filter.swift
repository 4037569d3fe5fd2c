/// A bound `where` filter: field references and constants only, type-checked against an entity.
///
/// The interpreter builds it (evaluating variables to constants first); the ledger compiles it to
/// parameterised SQL, the Shopify client pushes the part it can into a search query, and `matches`
/// evaluates it in memory. All three share `ValueOperations`, so a filter means the same everywhere.
public indirect enum Filter: Hashable, Sendable {
    case field(String, ValueType)
    case constant(Value)
    case compare(ComparisonOperator, Filter, Filter)
    case arithmetic(ArithmeticOperator, Filter, Filter)
    case negate(Filter)
    case and(Filter, Filter)
    case or(Filter, Filter)
    case not(Filter)
    case isIn(Filter, [Filter])
    case between(Filter, low: Filter, high: Filter)
    case like(Filter, pattern: Filter)
    case isEmpty(Filter)

    /// Evaluates against one record; `field` looks a field's value up by name.
    public func evaluate(_ field: (String) -> Value) throws(ValueError) -> Value {
        switch self {
        case .field(let name, _): return field(name)
        case .constant(let value): return value
        case .compare(let op, let a, let b):
            return .bool(ValueOperations.compare(op, try a.evaluate(field), try b.evaluate(field)))
        case .arithmetic(let op, let a, let b):
            return try ValueOperations.arithmetic(op, try a.evaluate(field), try b.evaluate(field))
        case .negate(let a): return try ValueOperations.negate(try a.evaluate(field))
        case .and(let a, let b):
            guard try a.holds(field) else { return .bool(false) }
            return .bool(try b.holds(field))
        case .or(let a, let b):
            if try a.holds(field) { return .bool(true) }
            return .bool(try b.holds(field))
        case .not(let a): return .bool(!(try a.holds(field)))
        case .isIn(let a, let list):
            let value = try a.evaluate(field)
            for item in list {
                if ValueOperations.equals(value, try item.evaluate(field)) { return .bool(true) }
            }
            return .bool(false)
        case .between(let a, let low, let high):
            let value = try a.evaluate(field)
            let (lowValue, highValue) = (try low.evaluate(field), try high.evaluate(field))
            return .bool(ValueOperations.compare(.greaterOrEqual, value, lowValue)
                && ValueOperations.compare(.lessOrEqual, value, highValue))
        case .like(let a, let pattern):
            guard case .string(let text) = try a.evaluate(field),
                  case .string(let p) = try pattern.evaluate(field) else { return .bool(false) }
            return .bool(ValueOperations.like(text, pattern: p))
        case .isEmpty(let a): return .bool(try a.evaluate(field).isEmpty)
        }
    }

    /// Whether the filter holds for a record; only `true` holds (empty does not).
    public func holds(_ field: (String) -> Value) throws(ValueError) -> Bool {
        try evaluate(field) == .bool(true)
    }

    /// Every field name the filter reads, in order of first use.
    public var fieldNames: [String] {
        var names: [String] = []
        visit { if case .field(let name, _) = $0, !names.contains(name) { names.append(name) } }
        return names
    }

    /// Calls `body` on this node and every node below it, parents first.
    public func visit(_ body: (Filter) -> Void) {
        body(self)
        switch self {
        case .field, .constant: break
        case .compare(_, let a, let b), .arithmetic(_, let a, let b), .and(let a, let b),
             .or(let a, let b), .like(let a, let b):
            a.visit(body)
            b.visit(body)
        case .negate(let a), .not(let a), .isEmpty(let a): a.visit(body)
        case .isIn(let a, let list):
            a.visit(body)
            list.forEach { $0.visit(body) }
        case .between(let a, let low, let high):
            a.visit(body)
            low.visit(body)
            high.visit(body)
        }
    }

    /// The conjuncts of a chain of `and`s, so a caller can take the ones it understands.
    public var conjuncts: [Filter] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }
}
