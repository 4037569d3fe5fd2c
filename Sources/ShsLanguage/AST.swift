import ShopSyncCore

/// A parsed script: its statements in order. Parsing never fails; errors come beside it.
public struct Script: Sendable {
    public let file: SourceFile
    public let statements: [Statement]
}

public struct Statement: Sendable {
    public let kind: Kind
    public let range: SourceRange

    public indirect enum Kind: Sendable {
        case `let`(name: Name, value: Expression)
        /// `let name = <command>`: the variable takes the command's result.
        case letCommand(name: Name, command: Command)
        case `if`(condition: Expression, then: [Statement], else: [Statement]?)
        case `for`(variable: Name, sequence: Expression, body: [Statement])
        case include(path: String, pathRange: SourceRange)
        case print([Expression])
        case assert(Expression, message: Expression?)
        case exit(Expression?)
        case command(Command)
    }

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// An identifier with where it was written.
public struct Name: Hashable, Sendable {
    public let text: String
    public let range: SourceRange

    public init(_ text: String, _ range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A command as written: words and values, then optional clauses. The parser knows no command;
/// the binder matches `terms` against the command registry.
public struct Command: Sendable {
    public let terms: [Term]
    public let filter: Expression?
    public let ordering: [OrderKey]
    public let limit: Expression?
    public let options: [Option]
    /// The statements of a `do ... end` block, with the range of the whole block.
    public let block: Block?
    public let range: SourceRange

    public init(terms: [Term], filter: Expression?, ordering: [OrderKey], limit: Expression?,
                options: [Option], block: Block?, range: SourceRange) {
        self.terms = terms
        self.filter = filter
        self.ordering = ordering
        self.limit = limit
        self.options = options
        self.block = block
        self.range = range
    }

    public struct Block: Sendable {
        public let statements: [Statement]
        /// From `do` to `end`, both included.
        public let range: SourceRange
        /// Between `do` and `end`: the source text a job stores.
        public let bodyRange: SourceRange
    }

    /// The first word, which picks the candidate commands.
    public var verb: Name? {
        guard case .word(let word)? = terms.first?.kind else { return nil }
        return Name(word, terms[0].range)
    }
}

/// One item of a command's phrase.
public struct Term: Sendable {
    public let kind: Kind
    public let range: SourceRange

    public enum Kind: Sendable {
        /// A bare word: a command word, a name argument, or a variable the binder resolves.
        case word(String)
        /// A literal or a parenthesised, list or record expression.
        case value(Expression)
        /// `= expression`, as in `set format = "json"`.
        case assign(Expression)
        /// Punctuation that joins words: `..`, `,`, `:`.
        case symbol(Punctuation)
    }

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// `--name` or `--name=value`.
public struct Option: Sendable {
    public let name: String
    public let value: String?
    public let range: SourceRange
}

/// `order by field [asc|desc]`.
public struct OrderKey: Sendable {
    public let field: Name
    public let descending: Bool
}
