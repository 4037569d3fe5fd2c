import ShopSyncCore
import ShsLanguage

/// Everything the language knows about one command: its phrase, what it accepts, its help, and
/// the code that runs it. Services register these; the parser never changes for a new command.
public struct CommandSpec: Sendable {
    public let pattern: Pattern
    /// The help topic the command is listed under: "language", "ledger", "sync", "jobs", ...
    public let topic: String
    /// One line for `help`.
    public let summary: String
    /// Longer text for `help <command>`.
    public let details: String
    /// Complete statements that work; a test parses and binds every one.
    public let examples: [String]
    /// Which record fields a `where` filter may use.
    public let filter: FilterSource
    public let allowsOrdering: Bool
    public let allowsLimit: Bool
    public let options: [OptionSpec]
    public let block: BlockUse
    /// Checks that need the bound arguments, at bind time (e.g. thresholds in order).
    public let validate: (@Sendable (BoundArguments) -> [ArgumentProblem])?
    public let run: @Sendable (Invocation, ExecutionContext) throws -> CommandResult

    public init(_ pattern: Pattern, topic: String, summary: String, details: String = "",
                examples: [String] = [], filter: FilterSource = .none, allowsOrdering: Bool = false,
                allowsLimit: Bool = false, options: [OptionSpec] = [], block: BlockUse = .none,
                validate: (@Sendable (BoundArguments) -> [ArgumentProblem])? = nil,
                run: @escaping @Sendable (Invocation, ExecutionContext) throws -> CommandResult) {
        self.pattern = pattern
        self.topic = topic
        self.summary = summary
        self.details = details
        self.examples = examples
        self.filter = filter
        self.allowsOrdering = allowsOrdering
        self.allowsLimit = allowsLimit
        self.options = options
        self.block = block
        self.validate = validate
        self.run = run
    }

    /// `sync orders`: the words that name the command.
    public var name: String { pattern.leadingWords.joined(separator: " ") }

    /// The synopsis help prints: the pattern, then clauses and options.
    public var synopsis: String {
        var text = pattern.text
        switch filter {
        case .none: break
        default: text += " [where <filter>]"
        }
        if allowsOrdering { text += " [order by <field> [desc]]" }
        if allowsLimit { text += " [limit <n>]" }
        for option in options { text += " [\(option.synopsis)]" }
        if block != .none { text += block == .required ? " do ... end" : " [do ... end]" }
        return text
    }
}

/// Where a command's `where` filter takes its fields from.
public enum FilterSource: Sendable {
    case none
    case entity(String)
    /// The entity named by an argument: `list <entity:entity>`.
    case slot(String)
}

public enum BlockUse: Sendable, Equatable {
    case none, optional, required
}

/// `--dry-run` (a flag) or `--format=json` (a value of a type).
public struct OptionSpec: Sendable {
    public let name: String
    public let valueType: SlotType?
    public let help: String

    public init(_ name: String, value: SlotType? = nil, help: String) {
        self.name = name
        self.valueType = value
        self.help = help
    }

    var synopsis: String {
        guard let valueType else { return "--\(name)" }
        if case .choice(let words) = valueType { return "--\(name)=\(words.joined(separator: "|"))" }
        return "--\(name)=<value>"
    }
}

/// A problem a command's own check found, pointing at one of its arguments.
public struct ArgumentProblem: Sendable {
    public let message: String
    public let range: SourceRange

    public init(_ message: String, at range: SourceRange) {
        self.message = message
        self.range = range
    }
}

/// Arguments known at bind time, for a command's own checks.
public struct BoundArguments: Sendable {
    /// Values of arguments that are constants, by slot name.
    public let constants: [String: Value]
    public let ranges: [String: SourceRange]
    public let flags: Set<String>
    public let commandRange: SourceRange
    /// The registry, for checks that look up settings or record kinds.
    public let registry: CommandRegistry
}
