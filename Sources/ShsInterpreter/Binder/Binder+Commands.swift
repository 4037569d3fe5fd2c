import ShopSyncCore
import ShsLanguage

extension Binder {
    /// Matches a command against the registry and checks its arguments and clauses.
    mutating func bindCommand(_ command: Command) -> BoundCommand? {
        guard let verb = command.verb else {
            report(.expected("a command or statement", found: "a value"), command.terms[0].range)
            return nil
        }
        let candidates = registry.candidates(for: verb.text)
        guard !candidates.isEmpty else {
            let words = registry.verbs + Keyword.allCases.map(\.rawValue)
            report(.unknownCommand(verb.text, suggestion: Suggestions.closest(to: verb.text, in: words)),
                   verb.range)
            return nil
        }
        let (terms, values, origin) = bindTerms(command.terms)
        guard let (spec, state) = chooseCandidate(candidates, terms, command) else { return nil }
        return bindMatched(spec, state, command, terms: terms, values: values, origin: origin)
    }

    /// The binder's view of the terms; values are bound (and folded) on the way.
    mutating func bindTerms(_ terms: [Term]) -> ([BindTerm], [Int: BoundExpression], [Int]) {
        var result: [BindTerm] = []
        var values: [Int: BoundExpression] = [:]
        var origin: [Int] = []
        func addValue(_ bound: BoundExpression, _ range: SourceRange, _ termIndex: Int) {
            values[result.count] = bound
            let kind: BindTerm.Kind = bound.constantValue.map { .constant($0) } ?? .expression(bound.type)
            result.append(BindTerm(kind: kind, range: range))
            origin.append(termIndex)
        }
        for (index, term) in terms.enumerated() {
            switch term.kind {
            case .word(let word):
                result.append(BindTerm(kind: .word(word), range: term.range))
                origin.append(index)
            case .value(let expression):
                addValue(bindExpression(expression), term.range, index)
            case .assign(let expression):
                result.append(BindTerm(kind: .assign, range: SourceRange.at(term.range.start)))
                origin.append(index)
                if case .name(let word) = expression.kind, valueType(ofWord: word) == nil,
                   registry.entity(word) == nil {
                    // `set format = json`: an unknown bare word after '=' is a word, not a name.
                    result.append(BindTerm(kind: .word(word), range: expression.range))
                    origin.append(index)
                    continue
                }
                addValue(bindExpression(expression), expression.range, index)
            case .symbol(let p):
                result.append(BindTerm(kind: .symbol(p), range: term.range))
                origin.append(index)
            }
        }
        return (result, values, origin)
    }

    /// The matching candidate with the most literal words; or an error from the best attempt.
    mutating func chooseCandidate(_ candidates: [CommandSpec], _ terms: [BindTerm], _ command: Command)
        -> (CommandSpec, PatternMatcher.State)?
    {
        var best: (CommandSpec, PatternMatcher.State)?
        var bestFailure: PatternMatcher?
        for spec in candidates {
            let matcher = PatternMatcher(terms: terms, registry: registry) { [self] word in
                self.valueType(ofWord: word)
            }
            if let state = matcher.match(spec.pattern) {
                if best == nil || state.literalWords > best!.1.literalWords { best = (spec, state) }
            } else if bestFailure == nil || matcher.furthest > bestFailure!.furthest {
                bestFailure = matcher
            }
        }
        if let best { return best }
        reportMismatch(bestFailure!, terms, command, candidates)
        return nil
    }

    mutating func reportMismatch(_ failure: PatternMatcher, _ terms: [BindTerm], _ command: Command,
                                 _ candidates: [CommandSpec]) {
        let name = terms.prefix(failure.furthest).compactMap(\.word).prefix(3).joined(separator: " ")
        guard failure.furthest < terms.count else {
            report(.missingArgument(command: name, expected: failure.expected),
                   SourceRange.at(terms[terms.count - 1].range.end))
            return
        }
        let term = terms[failure.furthest]
        if case .word(let word) = term.kind, lookup(word) == nil,
           failure.expected.contains(where: { $0.hasPrefix("a ") && $0 != "a name" }) {
            // A bare word where a value belongs is most often a misspelled variable or a kind.
            if failure.expected == [SlotType.entity.expectation] {
                let kinds = Array(registry.entities.keys)
                report(.unknownEntity(word, suggestion: Suggestions.closest(to: word, in: kinds)),
                       term.range)
                return
            }
        }
        report(.unexpectedTerm(found: spelling(term), command: name, expected: failure.expected),
               term.range)
    }

    func spelling(_ term: BindTerm) -> String {
        switch term.kind {
        case .word(let w): return "'\(w)'"
        case .constant(let v): return "\(v.type) \(v.literalText)"
        case .expression(let t): return "a \(t) expression"
        case .assign: return "'='"
        case .symbol(let p): return "'\(p.rawValue)'"
        }
    }

    /// A bare word used as a value: a variable or a function without arguments.
    func valueType(ofWord word: String) -> ValueType? {
        if let type = lookup(word) { return type }
        if let function = registry.functions[word], function.arity.contains(0) { return function.result }
        return nil
    }
}
