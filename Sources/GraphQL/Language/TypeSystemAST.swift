/// A parsed schema (SDL) document.
public struct TypeSystemDocument: Sendable {
    /// Root operation type names from `schema { ... }`; nil when the document has none.
    public var rootTypes: [OperationKind: String]?
    public var types: [TypeDefinition]
    public var directives: [DirectiveDefinition]
}

/// The six kinds of named type (spec §3.4).
public enum TypeKind: String, Sendable {
    case scalar = "SCALAR", object = "OBJECT", interface = "INTERFACE", union = "UNION"
    case enumType = "ENUM", inputObject = "INPUT_OBJECT"

    /// Objects, interfaces and unions: types that take a selection set.
    public var isComposite: Bool { self == .object || self == .interface || self == .union }
    /// Scalars and enums: the leaves of a response.
    public var isLeaf: Bool { self == .scalar || self == .enumType }
    /// Types allowed for variables and arguments.
    public var isInput: Bool { self == .scalar || self == .enumType || self == .inputObject }
}

/// One named type of a schema. Which members are filled depends on `kind`, as in
/// introspection's `__Type`: fields for objects and interfaces, `possibleTypes` for unions,
/// `enumValues` for enums, `inputFields` for input objects.
public struct TypeDefinition: Sendable {
    public var kind: TypeKind
    public var name: String
    public var description: String?
    public var directives: [Directive]
    public var fields: [FieldDefinition] = []
    public var interfaces: [String] = []
    /// For unions, the member types as written.
    public var unionMembers: [String] = []
    public var enumValues: [EnumValueDefinition] = []
    public var inputFields: [InputValueDefinition] = []
    public var location: SourcePosition
    var fieldIndex: [String: Int] = [:]

    public init(kind: TypeKind, name: String, description: String? = nil,
                directives: [Directive] = [], location: SourcePosition) {
        self.kind = kind
        self.name = name
        self.description = description
        self.directives = directives
        self.location = location
    }

    /// The field `name` of an object or interface.
    public func field(_ name: String) -> FieldDefinition? {
        if let index = fieldIndex[name] { return fields[index] }
        return fieldIndex.isEmpty ? fields.first { $0.name == name } : nil
    }

    /// The input field `name` of an input object.
    public func inputField(_ name: String) -> InputValueDefinition? {
        inputFields.first { $0.name == name }
    }

    /// True when the enum has a value called `name`.
    public func hasEnumValue(_ name: String) -> Bool {
        enumValues.contains { $0.name == name }
    }
}

/// A field of an object or interface type.
public struct FieldDefinition: Sendable {
    public var name: String
    public var description: String?
    public var arguments: [InputValueDefinition]
    public var type: TypeRef
    public var directives: [Directive]
    public var location: SourcePosition

    public func argument(_ name: String) -> InputValueDefinition? {
        arguments.first { $0.name == name }
    }

    /// The reason given by `@deprecated`, or nil when the field is not deprecated.
    public var deprecationReason: String? { deprecation(of: directives) }
}

/// An argument or an input object field.
public struct InputValueDefinition: Sendable {
    public var name: String
    public var description: String?
    public var type: TypeRef
    public var defaultValue: Value?
    public var directives: [Directive]
    public var location: SourcePosition

    /// Required: non-null and without a default.
    public var isRequired: Bool { type.isNonNull && defaultValue == nil }
}

/// One value of an enum type.
public struct EnumValueDefinition: Sendable {
    public var name: String
    public var description: String?
    public var directives: [Directive]

    public var deprecationReason: String? { deprecation(of: directives) }
}

/// `directive @name(arguments) repeatable on LOCATION | ...`.
public struct DirectiveDefinition: Sendable {
    public var name: String
    public var description: String?
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    /// Location names as written: `FIELD`, `QUERY`, `FIELD_DEFINITION`, ...
    public var locations: [String]
}

/// `@deprecated` without a reason means "No longer supported" (spec §3.13.3).
func deprecation(of directives: [Directive]) -> String? {
    guard let directive = directives.first(where: { $0.name == "deprecated" }) else { return nil }
    if case .string(let reason)? = directive.argument("reason") { return reason }
    return "No longer supported"
}
