/// A line and column in a GraphQL document, both starting at 1; columns count characters.
/// (Not `SourceLocation`, which Swift Testing already names.)
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Shopify's spelling inside messages: `[3, 5]`.
    public var description: String { "[\(line), \(column)]" }

    /// The JSON shape of `locations` entries.
    public var json: JSON { .object(["line": .int(line), "column": .int(column)]) }
}

/// One entry of a GraphQL response's `errors`, shaped as Shopify shapes it.
///
/// `code` goes to `extensions.code`; `extensions` holds the other members Shopify adds
/// (`typeName`, `fieldName`, `problems`, ...), in order.
public struct GraphQLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var locations: [SourcePosition]
    /// `["query Name", "field", ...]` for validation errors; empty when Shopify sends none.
    public var path: [String]
    public var code: String
    public var extensions: JSONObject

    public init(message: String, locations: [SourcePosition] = [], path: [String] = [],
                code: String, extensions: JSONObject = [:]) {
        self.message = message
        self.locations = locations
        self.path = path
        self.code = code
        self.extensions = extensions
    }

    public var description: String {
        let place = locations.first.map { " at \($0)" } ?? ""
        return "\(code): \(message)\(place)"
    }

    /// The error as Shopify writes it: `message`, `locations`, `path` (when any), `extensions`.
    public var json: JSON {
        var object: JSONObject = ["message": .string(message)]
        if !locations.isEmpty { object["locations"] = .array(locations.map(\.json)) }
        if !path.isEmpty { object["path"] = .array(path.map { .string($0) }) }
        var allExtensions: JSONObject = ["code": .string(code)]
        for member in extensions { allExtensions[member.key] = member.value }
        object["extensions"] = .object(allExtensions)
        return .object(object)
    }
}

/// Several errors reported together, as a response's `errors` array.
public struct GraphQLErrorList: Error, Sendable, Equatable {
    public var errors: [GraphQLError]

    public init(_ errors: [GraphQLError]) { self.errors = errors }
}
