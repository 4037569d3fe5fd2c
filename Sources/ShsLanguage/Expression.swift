import ShopSyncCore

public struct Expression: Sendable {
    public let kind: Kind
    public let range: SourceRange

    public indirect enum Kind: Sendable {
        case literal(Value)
        /// A variable, a record field inside a filter, or a function called without arguments.
        case name(String)
        case call(Name, [Expression])
        case member(Expression, Name)
        case index(Expression, Expression)
        case list([Expression])
        case record([(key: Name, value: Expression)])
        case negate(Expression)
        case not(Expression)
        case arithmetic(ArithmeticOperator, Expression, Expression)
        case compare(ComparisonOperator, Expression, Expression)
        case and(Expression, Expression)
        case or(Expression, Expression)
        /// `x in (a, b)` has a list of items; `x in xs` has one expression that is a list.
        case isIn(Expression, Expression, negated: Bool)
        case between(Expression, low: Expression, high: Expression, negated: Bool)
        case like(Expression, pattern: Expression, negated: Bool)
        case isEmpty(Expression, negated: Bool)
        /// `items where price > 10 order by no limit 5`, in `for` and as a function argument.
        case query(Query)
    }

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A record kind with optional clauses: what `for x in ...` and `count(...)` iterate.
public struct Query: Sendable {
    public let entity: Name
    public let filter: Expression?
    public let ordering: [OrderKey]
    public let limit: Expression?
}
