/// A parsed executable document: operations and fragments (spec §2.2).
public struct Document: Sendable {
    public var operations: [OperationDefinition]
    public var fragments: [FragmentDefinition]

    /// The operation to run: the one named `name`, or the only one when `name` is nil.
    public func operation(named name: String?) -> OperationDefinition? {
        guard let name else { return operations.count == 1 ? operations[0] : nil }
        return operations.first { $0.name == name }
    }

    /// The fragment definition called `name`, if any.
    public func fragment(named name: String) -> FragmentDefinition? {
        fragments.first { $0.name == name }
    }
}

/// `query`, `mutation` or `subscription`.
public enum OperationKind: String, Sendable {
    case query, mutation, subscription
}

/// An operation; the shorthand `{ ... }` is an anonymous query.
public struct OperationDefinition: Sendable {
    public var kind: OperationKind
    public var name: String?
    public var variables: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: [Selection]
    public var location: SourcePosition

    /// How Shopify starts a validation error's path: `"query Name"`, or `"query"`.
    public var pathName: String {
        name.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue
    }
}

/// `$name: Type = default @directives`.
public struct VariableDefinition: Sendable {
    public var name: String
    public var type: TypeRef
    public var defaultValue: Value?
    public var directives: [Directive]
    public var location: SourcePosition
}

/// `fragment Name on Type @directives { ... }`.
public struct FragmentDefinition: Sendable {
    public var name: String
    public var typeCondition: String
    public var directives: [Directive]
    public var selectionSet: [Selection]
    public var location: SourcePosition
}

/// One member of a selection set.
public enum Selection: Sendable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var location: SourcePosition {
        switch self {
        case .field(let field): field.location
        case .fragmentSpread(let spread): spread.location
        case .inlineFragment(let fragment): fragment.location
        }
    }
}

/// `alias: name(arguments) @directives { ... }`.
public struct Field: Sendable {
    public var alias: String?
    public var name: String
    public var arguments: [Argument]
    public var directives: [Directive]
    /// Nil when the field has no braces at all.
    public var selectionSet: [Selection]?
    public var location: SourcePosition

    /// The key of this field in the response: its alias, else its name.
    public var responseKey: String { alias ?? name }

    /// The value of the argument `name`, if written.
    public func argument(_ name: String) -> Value? {
        arguments.first { $0.name == name }?.value
    }
}

/// `...Name @directives`.
public struct FragmentSpread: Sendable {
    public var name: String
    public var directives: [Directive]
    public var location: SourcePosition
}

/// `... on Type @directives { ... }`; the type condition is optional.
public struct InlineFragment: Sendable {
    public var typeCondition: String?
    public var directives: [Directive]
    public var selectionSet: [Selection]
    public var location: SourcePosition
}
