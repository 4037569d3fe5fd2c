import ShopSyncCore
import ShsLanguage

/// Tab completion from live state: statement keywords and command words at the start of a
/// statement, the next words of the commands that fit what is typed, record kinds and settings
/// where a command takes them, the fields of the record kind after `where`, and variables.
extension Interpreter {
    /// Candidate words for the word being typed at `cursor` (a `Character` offset into `line`).
    public func completions(for line: String, cursor: Int) -> [String] {
        let head = String(line.prefix(max(0, cursor)))
        let partial = String(head.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        let before = String(head.dropLast(partial.count))
        let words = statementWords(before)
        let candidates = words.isEmpty ? statementStarts : followers(of: words)
        return Array(Set(candidates.filter { $0.hasPrefix(partial) && $0 != partial })).sorted()
    }

    var statementStarts: [String] {
        ["let", "if", "for", "print", "assert", "exit", "include"] + registry.verbs
    }

    /// The words of the statement being typed: after the last `;`, `do`, `then` or `else`.
    func statementWords(_ text: String) -> [Token] {
        let tokens = Lexer.tokenize(SourceFile(name: "<completion>", text: text)).tokens
        var start = 0
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .punctuation(.semicolon), .newline, .keyword(.do), .keyword(.then), .keyword(.else):
                start = index + 1
            default: continue
            }
        }
        return Array(tokens[start...]).filter { $0.kind != .endOfInput }
    }

    func followers(of tokens: [Token]) -> [String] {
        let constants = registry.functions.filter { $0.value.arity.contains(0) }.map(\.key)
        let names = Array(context.variables().keys) + constants
        if let whereIndex = tokens.lastIndex(where: { $0.kind == .keyword(.where) }) {
            let fields = filterEntity(before: Array(tokens[..<whereIndex]))?.fields.map(\.name) ?? []
            return fields + names + ["and", "or", "not", "in", "like", "between", "is", "empty", "order", "limit"]
        }
        guard case .identifier(let verb)? = tokens.first?.kind else {
            return names + Array(registry.functions.keys)
        }
        if ["let", "print", "assert", "if", "exit"].contains(verb) { return names + Array(registry.functions.keys) }
        let typed = tokens.compactMap(word)
        var result: [String] = []
        for spec in registry.candidates(for: verb) {
            result += patternWords(spec.pattern.elements, typed: typed)
            if spec.filter != .none { result.append("where") }
        }
        return result + names
    }

    /// The record kind a `where` refers to: the kind named just before it, or the command's.
    func filterEntity(before tokens: [Token]) -> EntityDescriptor? {
        let typed = tokens.compactMap(word)
        if let named = typed.last(where: { registry.entity($0) != nil }) { return registry.entity(named)?.descriptor }
        guard let verb = typed.first else { return nil }
        for spec in registry.candidates(for: verb) where typed.starts(with: spec.pattern.leadingWords) {
            if case .entity(let name) = spec.filter { return registry.entity(name)?.descriptor }
        }
        return nil
    }

    /// Literal words, choices, record kinds and settings a pattern can take, minus those typed.
    func patternWords(_ elements: [PatternElement], typed: [String]) -> [String] {
        var words: [String] = []
        for element in elements {
            switch element {
            case .word(let w): if !typed.contains(w) { words.append(w) }
            case .optional(let inner, _): words += patternWords(inner, typed: typed)
            case .choice(let alternatives): alternatives.forEach { words += patternWords($0, typed: typed) }
            case .slot(_, .choice(let options)): words += options
            case .slot(_, .entity): words += registry.entities.keys
            case .slot(_, .setting): words += registry.settings.keys
            case .slot: continue
            }
        }
        return words
    }

    func word(_ token: Token) -> String? {
        switch token.kind {
        case .identifier(let w): return w
        case .keyword(let k): return k.rawValue
        default: return nil
        }
    }
}

extension FilterSource: Equatable {
    public static func == (a: FilterSource, b: FilterSource) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.entity(let x), .entity(let y)), (.slot(let x), .slot(let y)): return x == y
        default: return false
        }
    }
}
