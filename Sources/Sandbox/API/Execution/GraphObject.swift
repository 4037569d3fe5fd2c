import Foundation
import GraphQL
import ShopSyncCore

/// An object the executor can select fields from: a store record seen as a GraphQL type.
protocol GraphObject {
    /// The concrete GraphQL object type, for `__typename` and fragment type conditions.
    var typeName: String { get }
    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
}

/// What a field resolved to, before its sub-selection is applied.
indirect enum Resolved {
    case value(JSON)
    case object(any GraphObject)
    case list([Resolved])
    case null

    static func string(_ text: String?) -> Resolved { text.map { .value(.string($0)) } ?? .null }
    static func int(_ number: Int) -> Resolved { .value(.int(number)) }
    static func bool(_ flag: Bool) -> Resolved { .value(.bool(flag)) }
    static func id(_ kind: String, _ id: Int64) -> Resolved { .value(.string(GlobalID.make(kind, id))) }
    /// `UnsignedInt64`, which Shopify writes as a JSON string.
    static func unsigned(_ number: Int64) -> Resolved { .value(.string(String(number))) }
    static func time(_ seconds: Int64?) -> Resolved {
        seconds.map { .value(.string(SandboxTime.iso8601($0))) } ?? .null
    }
    static func object(_ object: (any GraphObject)?) -> Resolved { object.map { .object($0) } ?? .null }
    static func objects(_ objects: [any GraphObject]) -> Resolved { .list(objects.map { .object($0) }) }
    static func strings(_ texts: [String]) -> Resolved { .value(.array(texts.map { .string($0) })) }
}

/// A field error as Shopify reports it: a message and an `extensions.code`.
struct FieldError: Error {
    var message: String
    var code: String

    static func badRequest(_ message: String) -> FieldError { FieldError(message: message, code: "BAD_REQUEST") }
    static func invalidID(_ id: String) -> FieldError {
        FieldError(message: "invalid id", code: "RESOURCE_NOT_FOUND")
    }
}

/// A field's arguments: literals and variables resolved, schema defaults filled in.
struct FieldArguments {
    var values: [String: JSON]
    /// Arguments of the field's directives by directive name (`@idempotent(key:)`).
    var directives: [String: [String: JSON]] = [:]
    /// Bulk exports read whole nested lists: paging limits do not apply.
    var unbounded = false

    subscript(name: String) -> JSON? {
        guard let value = values[name], !value.isNull else { return nil }
        return value
    }

    func string(_ name: String) -> String? { self[name]?.stringValue }
    func int(_ name: String) -> Int? { self[name]?.intValue }
    func bool(_ name: String) -> Bool? { self[name]?.boolValue }
    func object(_ name: String) -> JSONObject? { self[name]?.objectValue }
    func strings(_ name: String) -> [String]? { self[name]?.arrayValue?.compactMap(\.stringValue) }
}

/// Shopify's `DateTime` text: UTC, whole seconds, `Z`.
enum SandboxTime {
    static func iso8601(_ seconds: Int64) -> String {
        // Whole seconds print without a fraction, which is the form Shopify writes.
        Timestamp(seconds: seconds).description
    }
}
