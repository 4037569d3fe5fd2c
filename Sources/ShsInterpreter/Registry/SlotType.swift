import ShopSyncCore
import ShsLanguage

/// What a command argument accepts.
public enum SlotType: Sendable {
    /// A value of the given type: a literal, a variable, or a parenthesised expression.
    case value(ValueType)
    /// A bare word taken as text: a cue name, a setting name.
    case word
    /// One of a fixed set of words.
    case choice([String])
    /// The name of a record kind the registry knows (`items`, `orders`).
    case entity
    /// The name of a setting (`format`, or a shop setting).
    case setting
    /// The rest of the statement is another command: `enqueue sync orders where fully_paid`.
    case statement
    /// The rest of the statement as plain words: `help sync orders`.
    case words
    /// A phrase a service reads itself, such as a schedule.
    case custom(any CustomSlot)

    public static let builtins: [String: SlotType] = [
        "string": .value(.string), "int": .value(.int), "decimal": .value(.decimal),
        "bool": .value(.bool), "date": .value(.date), "datetime": .value(.dateTime),
        "time": .value(.time), "duration": .value(.duration), "any": .value(.any),
        "list": .value(.list(.any)), "record": .value(.record(entity: nil)),
        "word": .word, "entity": .entity, "setting": .setting, "statement": .statement,
        "words": .words,
    ]

    /// How help and errors name what is expected.
    public var expectation: String {
        switch self {
        case .value(let type): return "a \(type)"
        case .word: return "a name"
        case .choice(let words): return words.map { "'\($0)'" }.joined(separator: " or ")
        case .entity: return "a record kind"
        case .setting: return "a setting name"
        case .statement: return "a command"
        case .words: return "words"
        case .custom(let slot): return slot.expectation
        }
    }
}

/// A term as the binder sees it while matching a pattern.
public struct BindTerm: Sendable {
    public enum Kind: Sendable {
        case word(String)
        /// A value known when binding: a literal or a constant expression.
        case constant(Value)
        /// A value known only when running, of this static type.
        case expression(ValueType)
        case assign
        case symbol(Punctuation)
    }

    public let kind: Kind
    public let range: SourceRange

    public var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }

    public var constant: Value? {
        if case .constant(let v) = kind { return v }
        return nil
    }
}

/// An argument phrase a service reads itself, e.g. `every 10 minutes on mon..fri`.
public protocol CustomSlot: Sendable {
    /// How errors name it: "a schedule".
    var expectation: String { get }
    /// Reads the argument at `start`, or returns nil when the terms there are not this argument.
    func read(_ terms: [BindTerm], from start: Int) -> CustomSlotMatch?
    /// Words that may follow the terms read so far, for Tab completion.
    func completions(after terms: [BindTerm]) -> [String]
}

public struct CustomSlotMatch: Sendable {
    public let value: Value
    /// How many terms the argument took.
    public let count: Int
    /// A problem found in an otherwise recognised argument, e.g. "minute 61 is out of range".
    public let problem: (message: String, range: SourceRange)?

    public init(value: Value, count: Int, problem: (message: String, range: SourceRange)? = nil) {
        self.value = value
        self.count = count
        self.problem = problem
    }
}
