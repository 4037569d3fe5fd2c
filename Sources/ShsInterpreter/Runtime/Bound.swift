import ShopSyncCore
import ShsLanguage

/// A checked expression with its static type; names are resolved to variables, fields or functions.
public struct BoundExpression: Sendable {
    public indirect enum Kind: Sendable {
        case constant(Value)
        case variable(String)
        /// A field of the record a filter is checked against.
        case field(String)
        case call(FunctionSpec, [BoundExpression])
        case count(BoundQuery)
        case query(BoundQuery)
        case member(BoundExpression, String)
        case index(BoundExpression, BoundExpression)
        case list([BoundExpression])
        case record([(String, BoundExpression)])
        case negate(BoundExpression)
        case not(BoundExpression)
        case arithmetic(ArithmeticOperator, BoundExpression, BoundExpression)
        case compare(ComparisonOperator, BoundExpression, BoundExpression)
        case and(BoundExpression, BoundExpression)
        case or(BoundExpression, BoundExpression)
        case isIn(BoundExpression, BoundExpression)
        case between(BoundExpression, BoundExpression, BoundExpression)
        case like(BoundExpression, BoundExpression)
        case isEmpty(BoundExpression)
    }

    public let kind: Kind
    public let type: ValueType
    public let range: SourceRange

    init(_ kind: Kind, _ type: ValueType, _ range: SourceRange) {
        self.kind = kind
        self.type = type
        self.range = range
    }

    /// The value, when it is known without running anything.
    var constantValue: Value? {
        if case .constant(let value) = kind { return value }
        return nil
    }
}

/// A record kind with its clauses, checked.
public struct BoundQuery: Sendable {
    let source: any EntitySource
    let filter: BoundExpression?
    let ordering: [SortKey]
    let limit: BoundExpression?
}

/// A checked statement, ready to run.
public struct BoundStatement: Sendable {
    public indirect enum Kind: Sendable {
        case `let`(String, BoundExpression)
        case letCommand(String, BoundCommand)
        case `if`(BoundExpression, [BoundStatement], [BoundStatement]?)
        case `for`(String, BoundExpression, [BoundStatement])
        case print([BoundExpression])
        case assert(BoundExpression, BoundExpression?)
        case exit(BoundExpression?)
        case command(BoundCommand)
        /// An included file's statements, run in place.
        case include([BoundStatement])
    }

    public let kind: Kind
    public let range: SourceRange
    public let file: SourceFile
}

/// A command matched against the registry, with its arguments checked. A class, because a
/// command may hold another (`enqueue sync orders`).
public final class BoundCommand: Sendable {
    public let spec: CommandSpec
    let arguments: [String: BoundExpression]
    let flags: Set<String>
    let filter: BoundExpression?
    let ordering: [SortKey]
    let limit: BoundExpression?
    let options: [String: BoundExpression]
    let blockSource: String?
    let nested: (source: String, command: BoundCommand)?
    public let source: String
    public let range: SourceRange
    public let file: SourceFile

    init(spec: CommandSpec, arguments: [String: BoundExpression], flags: Set<String>,
         filter: BoundExpression?, ordering: [SortKey], limit: BoundExpression?,
         options: [String: BoundExpression], blockSource: String?,
         nested: (source: String, command: BoundCommand)?, source: String, range: SourceRange,
         file: SourceFile) {
        self.spec = spec
        self.arguments = arguments
        self.flags = flags
        self.filter = filter
        self.ordering = ordering
        self.limit = limit
        self.options = options
        self.blockSource = blockSource
        self.nested = nested
        self.source = source
        self.range = range
        self.file = file
    }
}
