/// A type as written in a document or a schema: `ID`, `[ID!]!`.
public indirect enum TypeRef: Sendable, Hashable, CustomStringConvertible {
    case named(String)
    case list(TypeRef)
    case nonNull(TypeRef)

    /// The name under all list and non-null wrappers.
    public var namedType: String {
        switch self {
        case .named(let name): name
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// The type without its outer non-null wrapper.
    public var nullable: TypeRef {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    /// True when the type is a list once the outer non-null is removed.
    public var isList: Bool {
        if case .list = nullable { return true }
        return false
    }

    public var description: String {
        switch self {
        case .named(let name): name
        case .list(let inner): "[\(inner)]"
        case .nonNull(let inner): "\(inner)!"
        }
    }
}

/// A value literal (spec §2.9), in documents and in schema default values.
public indirect enum Value: Sendable, Equatable {
    case variable(String)
    /// An integer literal, kept as written.
    case int(String)
    /// A float literal, kept as written.
    case float(String)
    case string(String)
    case boolean(Bool)
    case null
    case enumValue(String)
    case list([Value])
    case object([ObjectField])

    /// One `name: value` member of an object literal.
    public struct ObjectField: Sendable, Equatable {
        public var name: String
        public var value: Value
        public var location: SourcePosition
    }

    /// The literal as GraphQL text, for error messages.
    public var graphQLText: String {
        switch self {
        case .variable(let name): "$\(name)"
        case .int(let text), .float(let text): text
        case .string(let text): JSON.string(text).serialized()
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        case .enumValue(let name): name
        case .list(let items): "[" + items.map(\.graphQLText).joined(separator: ", ") + "]"
        case .object(let fields):
            "{" + fields.map { "\($0.name): \($0.value.graphQLText)" }.joined(separator: ", ") + "}"
        }
    }
}

/// `name: value` in a field or directive.
public struct Argument: Sendable, Equatable {
    public var name: String
    public var value: Value
    public var location: SourcePosition
}

/// `@name(arguments)`.
public struct Directive: Sendable, Equatable {
    public var name: String
    public var arguments: [Argument]
    public var location: SourcePosition

    /// The value of the argument `name`, if written.
    public func argument(_ name: String) -> Value? {
        arguments.first { $0.name == name }?.value
    }
}
