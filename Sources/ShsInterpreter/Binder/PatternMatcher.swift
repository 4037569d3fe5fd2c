import ShopSyncCore
import ShsLanguage

/// Matches a command's terms against one pattern, with backtracking over optional groups and
/// choices. Runs of optional groups match in any order. The outcome is either the slots found or
/// the furthest point reached and what was expected there, for the error message.
final class PatternMatcher {
    let terms: [BindTerm]
    let registry: CommandRegistry
    /// Whether a bare word names a value (a variable or a function without arguments).
    let resolvesAsValue: (String) -> ValueType?

    struct State {
        var position = 0
        var slots: [String: SlotMatch] = [:]
        var flags: Set<String> = []
        var literalWords = 0
    }

    enum SlotMatch {
        case term(Int)
        case custom(CustomSlotMatch, start: Int)
        case rest(Int)
    }

    /// The furthest term index any attempt reached, and what was expected there.
    private(set) var furthest = 0
    private(set) var expected: [String] = []

    init(terms: [BindTerm], registry: CommandRegistry, resolvesAsValue: @escaping (String) -> ValueType?) {
        self.terms = terms
        self.registry = registry
        self.resolvesAsValue = resolvesAsValue
    }

    func match(_ pattern: Pattern) -> State? {
        var result: State?
        _ = matchSequence(pattern.elements[...], State()) { state in
            guard state.position == terms.count else {
                note(state.position, "end of statement")
                return false
            }
            result = state
            return true
        }
        return result
    }

    /// Matches `elements` from `state`, calling `next` with every way it can end until one
    /// returns true.
    func matchSequence(_ elements: ArraySlice<PatternElement>, _ state: State,
                       _ next: (State) -> Bool) -> Bool {
        guard let first = elements.first else { return next(state) }
        let rest = elements.dropFirst()
        if case .optional = first {
            let run = elements.prefix { if case .optional = $0 { return true } else { return false } }
            let after = elements.dropFirst(run.count)
            return matchOptionals(Array(run), used: [], state) { s in
                self.matchSequence(after, s, next)
            }
        }
        return matchElement(first, state) { s in self.matchSequence(rest, s, next) }
    }

    /// A run of optional groups: any subset, in any order, each at most once.
    func matchOptionals(_ run: [PatternElement], used: Set<Int>, _ state: State,
                        _ next: (State) -> Bool) -> Bool {
        for (i, element) in run.enumerated() where !used.contains(i) {
            guard case .optional(let inner, let flag) = element else { continue }
            let matched = matchSequence(inner[...], state) { s in
                guard s.position > state.position else { return false }
                var s = s
                if let flag { s.flags.insert(flag) }
                return self.matchOptionals(run, used: used.union([i]), s, next)
            }
            if matched { return true }
        }
        return next(state)
    }

    func matchElement(_ element: PatternElement, _ state: State,
                      _ next: (State) -> Bool) -> Bool {
        switch element {
        case .word(let word):
            guard state.position < terms.count, matchesWord(terms[state.position], word) else {
                note(state.position, "'\(word)'")
                return false
            }
            var s = state
            s.position += 1
            s.literalWords += 1
            return next(s)
        case .slot(let name, let type):
            guard let (match, end) = matchSlot(type, at: state.position) else { return false }
            var s = state
            s.slots[name] = match
            s.position = end
            return next(s)
        case .optional(let inner, let flag):
            let matched = matchSequence(inner[...], state) { s in
                var s = s
                if let flag { s.flags.insert(flag) }
                return next(s)
            }
            return matched || next(state)
        case .choice(let alternatives):
            for alternative in alternatives {
                if matchSequence(alternative[...], state, next) { return true }
            }
            return false
        }
    }

    /// Whether the term at `index` can fill a slot of `type`; returns where the slot ends.
    func matchSlot(_ type: SlotType, at index: Int) -> (SlotMatch, Int)? {
        if case .custom(let slot) = type {
            guard let found = slot.read(terms, from: index) else {
                note(index, slot.expectation)
                return nil
            }
            return (.custom(found, start: index), index + found.count)
        }
        if case .words = type {
            guard index < terms.count, terms[index...].allSatisfy({ $0.word != nil }) else {
                note(index, "words")
                return nil
            }
            return (.rest(index), terms.count)
        }
        if case .statement = type {
            guard index < terms.count, terms[index].word != nil else {
                note(index, "a command")
                return nil
            }
            return (.rest(index), terms.count)
        }
        guard index < terms.count, accepts(type, terms[index]) else {
            if case .choice(let words) = type {
                words.forEach { note(index, "'\($0)'") }
            } else {
                note(index, type.expectation)
            }
            return nil
        }
        return (.term(index), index + 1)
    }

    func accepts(_ type: SlotType, _ term: BindTerm) -> Bool {
        switch (type, term.kind) {
        case (.value(let expected), .constant(let value)): return expected.accepts(value.type)
        case (.value(let expected), .expression(let actual)): return expected.accepts(actual)
        case (.value(let expected), .word(let word)):
            guard let actual = resolvesAsValue(word) else { return false }
            return expected.accepts(actual)
        case (.word, .word), (.word, .constant(.string)): return true
        case (.choice(let words), .word(let word)): return words.contains(word)
        case (.entity, .word(let word)): return registry.entity(word) != nil
        case (.setting, .word(let word)): return registry.settings[word] != nil
        default: return false
        }
    }

    func matchesWord(_ term: BindTerm, _ word: String) -> Bool {
        switch term.kind {
        case .word(let w): return w == word
        case .assign: return word == "="
        case .symbol(let p): return p.rawValue == word
        default: return false
        }
    }

    func note(_ position: Int, _ what: String) {
        if position > furthest {
            furthest = position
            expected = [what]
        } else if position == furthest, !expected.contains(what) {
            expected.append(what)
        }
    }
}
