/// An immutable GraphQL schema built from SDL, safe to share between threads.
///
/// Built-in scalars (`Int`, `Float`, `String`, `Boolean`, `ID`) and directives (`@skip`,
/// `@include`, `@deprecated`, `@specifiedBy`, `@oneOf`) are added when the SDL omits them,
/// as introspection dumps do.
public final class Schema: Sendable {
    public let types: [String: TypeDefinition]
    public let directives: [String: DirectiveDefinition]
    public let queryType: String
    public let mutationType: String?
    public let subscriptionType: String?
    /// For each interface and union, the object types that can stand for it, sorted.
    private let possibleTypesByName: [String: [String]]

    /// Builds a schema from a parsed SDL document.
    public init(document: TypeSystemDocument) {
        var types: [String: TypeDefinition] = [:]
        for builtin in Self.builtinScalars {
            types[builtin] = TypeDefinition(kind: .scalar, name: builtin,
                                            location: SourcePosition(line: 0, column: 0))
        }
        for var type in document.types {
            type.fieldIndex = Dictionary(type.fields.enumerated().map { ($1.name, $0) },
                                         uniquingKeysWith: { first, _ in first })
            types[type.name] = type
        }
        self.types = types
        var directives = BuiltinDirectives.all
        for directive in document.directives { directives[directive.name] = directive }
        self.directives = directives
        let roots = document.rootTypes ?? [:]
        queryType = roots[.query] ?? "Query"
        mutationType = roots[.mutation] ?? (types["Mutation"] != nil ? "Mutation" : nil)
        subscriptionType = roots[.subscription]
        possibleTypesByName = Self.possibleTypes(of: types)
    }

    /// Parses SDL text and builds a schema from it.
    public static func parse(sdl: String) -> Result<Schema, GraphQLError> {
        Parser.parseSchema(sdl).map { Schema(document: $0) }
    }

    static let builtinScalars = ["Int", "Float", "String", "Boolean", "ID"]

    private static func possibleTypes(of types: [String: TypeDefinition]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for type in types.values {
            if type.kind == .union { result[type.name, default: []] += type.unionMembers }
            guard type.kind == .object else { continue }
            for interface in type.interfaces { result[interface, default: []].append(type.name) }
        }
        return result.mapValues { $0.sorted() }
    }

    /// The named type `name`.
    public func type(named name: String) -> TypeDefinition? { types[name] }

    /// The root type of an operation kind, if the schema has one.
    public func rootType(for kind: OperationKind) -> TypeDefinition? {
        switch kind {
        case .query: types[queryType]
        case .mutation: mutationType.flatMap { types[$0] }
        case .subscription: subscriptionType.flatMap { types[$0] }
        }
    }

    /// The field `name` of the object or interface `typeName`, including `__typename` on
    /// every composite type.
    public func field(_ name: String, on typeName: String) -> FieldDefinition? {
        guard let type = types[typeName] else { return nil }
        if name == "__typename", type.kind.isComposite { return Self.typenameField }
        return type.field(name)
    }

    static let typenameField = FieldDefinition(
        name: "__typename", description: nil, arguments: [],
        type: .nonNull(.named("String")), directives: [],
        location: SourcePosition(line: 0, column: 0))

    /// The object types an abstract type stands for; an object type stands for itself.
    public func possibleTypes(of typeName: String) -> [String] {
        guard let type = types[typeName] else { return [] }
        return type.kind == .object ? [typeName] : possibleTypesByName[typeName] ?? []
    }

    /// True when a value of type `child` can appear where `parent` is expected, i.e. their
    /// possible types overlap (spec §5.5.2.3, fragment spread is possible).
    public func typesOverlap(_ parent: String, _ child: String) -> Bool {
        if parent == child { return true }
        let parentTypes = Set(possibleTypes(of: parent))
        return possibleTypes(of: child).contains { parentTypes.contains($0) }
    }

    /// The kind of the named type under `type`'s wrappers.
    public func kind(of type: TypeRef) -> TypeKind? { types[type.namedType]?.kind }
}

/// The directives every GraphQL server knows (spec §3.13).
enum BuiltinDirectives {
    static var all: [String: DirectiveDefinition] {
        let condition = [argument("if", .nonNull(.named("Boolean")))]
        let list: [DirectiveDefinition] = [
            DirectiveDefinition(name: "skip", arguments: condition, isRepeatable: false,
                                locations: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"]),
            DirectiveDefinition(name: "include", arguments: condition, isRepeatable: false,
                                locations: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"]),
            DirectiveDefinition(name: "deprecated",
                                arguments: [argument("reason", .named("String"))],
                                isRepeatable: false,
                                locations: ["FIELD_DEFINITION", "ARGUMENT_DEFINITION",
                                            "INPUT_FIELD_DEFINITION", "ENUM_VALUE"]),
            DirectiveDefinition(name: "specifiedBy",
                                arguments: [argument("url", .nonNull(.named("String")))],
                                isRepeatable: false, locations: ["SCALAR"]),
            DirectiveDefinition(name: "oneOf", arguments: [], isRepeatable: false,
                                locations: ["INPUT_OBJECT"]),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
    }

    static func argument(_ name: String, _ type: TypeRef) -> InputValueDefinition {
        InputValueDefinition(name: name, description: nil, type: type, defaultValue: nil,
                             directives: [], location: SourcePosition(line: 0, column: 0))
    }
}

extension DirectiveDefinition {
    init(name: String, arguments: [InputValueDefinition], isRepeatable: Bool,
         locations: [String]) {
        self.init(name: name, description: nil, arguments: arguments,
                  isRepeatable: isRepeatable, locations: locations)
    }
}
