import ShopSyncCore
import ShsLanguage

/// One run of a command, with every argument evaluated: what a command's code receives.
public struct Invocation: Sendable {
    public let spec: CommandSpec
    /// Arguments by slot name; a word argument is a `.string`.
    public let arguments: [String: Value]
    /// Optional word groups present: `prices_only`, `allow_mutations`.
    public let flags: Set<String>
    public let filter: Filter?
    public let ordering: [SortKey]
    public let limit: Int?
    public let options: [String: Value]
    /// The `do ... end` block's source text, as a job stores it.
    public let blockSource: String?
    /// A nested command (for `enqueue`), ready to run or to store.
    public let nested: NestedCommand?
    /// The command's own source text, e.g. to enqueue it as a background job.
    public let source: String
    public let range: SourceRange
    public let file: SourceFile

    public func string(_ name: String) -> String? {
        if case .string(let s)? = arguments[name] { return s }
        return nil
    }

    public func int(_ name: String) -> Int64? {
        if case .int(let i)? = arguments[name] { return i }
        return nil
    }

    public func has(_ flag: String) -> Bool { flags.contains(flag) || options[flag] == .bool(true) }

    /// The entity query the clauses describe.
    public var query: EntityQuery { EntityQuery(filter: filter, ordering: ordering, limit: limit) }
}

/// A command inside another statement, kept both as source text and bound.
public struct NestedCommand: Sendable {
    public let source: String
    public let command: BoundCommand
}

/// `order by field [desc]`.
public struct SortKey: Hashable, Sendable {
    public let field: String
    public let descending: Bool

    public init(_ field: String, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }
}

/// What a command returns to the interpreter to show.
public enum CommandResult: Sendable {
    case none
    case value(Value)
    case message(String)
}

/// What a command throws when it cannot do its work; the interpreter adds the location.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// Permanent errors (bad configuration) are not worth retrying; transient ones are.
    public let isTransient: Bool

    public init(_ message: String, transient: Bool = false) {
        self.message = message
        self.isTransient = transient
    }

    public var description: String { message }
}
