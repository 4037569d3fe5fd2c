import ShopSyncCore
import ShsLanguage

/// Every command, record kind, setting and function the language knows. Built once at start-up
/// by each service registering its part; read-only afterwards.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [CommandSpec] = []
    public private(set) var entities: [String: any EntitySource] = [:]
    public private(set) var settings: [String: SettingSpec] = [:]
    public private(set) var functions: [String: FunctionSpec] = [:]
    public private(set) var slotTypes: [String: SlotType] = SlotType.builtins
    /// Help topics in the order `help` lists them, with a line each.
    public private(set) var topics: [(name: String, summary: String)] = []

    public init() {}

    public mutating func register(_ command: CommandSpec) {
        commands.append(command)
    }

    public mutating func register(entity: any EntitySource) {
        entities[entity.descriptor.name] = entity
    }

    public mutating func register(setting: SettingSpec) {
        settings[setting.name] = setting
    }

    public mutating func register(function: FunctionSpec) {
        functions[function.name] = function
    }

    public mutating func register(slotType name: String, _ type: SlotType) {
        slotTypes[name] = type
    }

    public mutating func register(topic: String, summary: String) {
        if !topics.contains(where: { $0.name == topic }) { topics.append((topic, summary)) }
    }

    /// A pattern that may use the slot types registered so far.
    public func pattern(_ text: String) -> Pattern {
        Pattern(text, slotTypes: slotTypes)
    }

    /// Commands whose first word is `verb`.
    public func candidates(for verb: String) -> [CommandSpec] {
        commands.filter { $0.pattern.leadingWords.first == verb }
    }

    /// Every word that can start a command.
    public var verbs: [String] {
        var seen = Set<String>()
        return commands.compactMap { spec in
            guard let verb = spec.pattern.leadingWords.first, seen.insert(verb).inserted else {
                return nil
            }
            return verb
        }
    }

    public func entity(_ name: String) -> (any EntitySource)? { entities[name] }
}

/// A kind of record the language can query: `list items where ...`, `for o in orders ...`.
public protocol EntitySource: Sendable {
    var descriptor: EntityDescriptor { get }
    func fetch(_ query: EntityQuery, context: ExecutionContext) throws -> Table
    func count(_ query: EntityQuery, context: ExecutionContext) throws -> Int
}

/// A filter with ordering and limit, fully evaluated.
public struct EntityQuery: Sendable {
    public let filter: Filter?
    public let ordering: [SortKey]
    public let limit: Int?

    public init(filter: Filter? = nil, ordering: [SortKey] = [], limit: Int? = nil) {
        self.filter = filter
        self.ordering = ordering
        self.limit = limit
    }
}

/// A named setting: `set format = "json"`, or a shop setting such as `customer_import`.
public struct SettingSpec: Sendable {
    public let name: String
    public let type: ValueType
    /// When set, the only values allowed.
    public let choices: [String]?
    public let help: String
    public let get: @Sendable (ExecutionContext) throws -> Value
    public let set: @Sendable (Value, ExecutionContext) throws -> Void

    public init(_ name: String, type: ValueType, choices: [String]? = nil, help: String,
                get: @escaping @Sendable (ExecutionContext) throws -> Value,
                set: @escaping @Sendable (Value, ExecutionContext) throws -> Void) {
        self.name = name
        self.type = type
        self.choices = choices
        self.help = help
        self.get = get
        self.set = set
    }
}

/// A built-in function: `today`, `env("X")`, `count(items where ...)`.
public struct FunctionSpec: Sendable {
    public let name: String
    public let parameters: [ValueType]
    /// Trailing parameters that may be left out.
    public let optionalCount: Int
    public let result: ValueType
    public let help: String
    public let evaluate: @Sendable ([Value], ExecutionContext) throws -> Value

    public init(_ name: String, parameters: [ValueType] = [], optional: Int = 0, result: ValueType,
                help: String, evaluate: @escaping @Sendable ([Value], ExecutionContext) throws -> Value) {
        self.name = name
        self.parameters = parameters
        self.optionalCount = optional
        self.result = result
        self.help = help
        self.evaluate = evaluate
    }

    var arity: ClosedRange<Int> { (parameters.count - optionalCount)...parameters.count }
}
