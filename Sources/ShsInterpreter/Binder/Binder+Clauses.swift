import ShopSyncCore
import ShsLanguage

extension Binder {
    /// Builds the bound command from the chosen match: arguments, then clauses, then checks.
    mutating func bindMatched(_ spec: CommandSpec, _ state: PatternMatcher.State, _ command: Command,
                              terms: [BindTerm], values: [Int: BoundExpression], origin: [Int])
        -> BoundCommand?
    {
        var arguments: [String: BoundExpression] = [:]
        var nested: (source: String, command: BoundCommand)?
        for (name, match) in state.slots {
            switch match {
            case .term(let i):
                arguments[name] = values[i] ?? wordArgument(terms[i], spec: spec, name: name)
            case .custom(let found, let start):
                if let problem = found.problem { report(.invalidValue(problem.message), problem.range) }
                let range = terms[start].range.union(terms[start + found.count - 1].range)
                arguments[name] = BoundExpression(.constant(found.value), found.value.type, range)
            case .rest(let i):
                if case .slot(_, .words)? = slotType(named: name, in: spec.pattern.elements) {
                    let words = terms[i...].compactMap(\.word).map { Value.string($0) }
                    let range = terms[i].range.union(terms[terms.count - 1].range)
                    arguments[name] = BoundExpression(.constant(.list(words)), .list(.string), range)
                    continue
                }
                nested = bindNested(command, fromTerm: origin[i])
                if nested == nil { return nil }
            }
        }
        if nested != nil {
            return BoundCommand(spec: spec, arguments: arguments, flags: state.flags, filter: nil,
                                ordering: [], limit: nil, options: [:], blockSource: nil,
                                nested: nested, source: file.text(of: command.range),
                                range: command.range, file: file)
        }
        let entity = filterEntity(spec, arguments)
        let filter = bindFilterClause(command, spec, entity)
        let ordering = bindOrderingClause(command, spec, entity)
        let limit = bindLimitClause(command, spec)
        let options = bindOptions(command.options, spec)
        let blockSource = bindCommandBlock(command, spec)
        runValidation(spec, arguments, state.flags, command.range)
        return BoundCommand(spec: spec, arguments: arguments, flags: state.flags, filter: filter,
                            ordering: ordering, limit: limit, options: options,
                            blockSource: blockSource, nested: nil,
                            source: file.text(of: command.range), range: command.range, file: file)
    }

    /// A word filling an argument: a name taken as text, or a variable used as a value.
    func wordArgument(_ term: BindTerm, spec: CommandSpec, name: String) -> BoundExpression {
        guard let word = term.word else { return BoundExpression(.constant(.null), .any, term.range) }
        if case .slot(_, .value)? = slotType(named: name, in: spec.pattern.elements) {
            if let type = lookup(word) { return BoundExpression(.variable(word), type, term.range) }
            if let function = registry.functions[word] {
                return BoundExpression(.call(function, []), function.result, term.range)
            }
        }
        return BoundExpression(.constant(.string(word)), .string, term.range)
    }

    func slotType(named name: String, in elements: [PatternElement]) -> PatternElement? {
        for element in elements {
            switch element {
            case .slot(let slotName, _) where slotName == name: return element
            case .optional(let inner, _):
                if let found = slotType(named: name, in: inner) { return found }
            case .choice(let alternatives):
                for inner in alternatives {
                    if let found = slotType(named: name, in: inner) { return found }
                }
            default: continue
            }
        }
        return nil
    }

    /// `enqueue sync orders where ...`: the rest of the statement is a command of its own. It is
    /// bound without the script's variables, because it runs later, elsewhere.
    mutating func bindNested(_ command: Command, fromTerm index: Int)
        -> (source: String, command: BoundCommand)?
    {
        let start = command.terms[index].range.start
        let inner = Command(terms: Array(command.terms[index...]), filter: command.filter,
                            ordering: command.ordering, limit: command.limit,
                            options: command.options, block: command.block,
                            range: SourceRange(command.terms[index].range.start, command.range.end))
        let saved = scopes
        scopes = [[:]]
        defer { scopes = saved }
        guard let bound = bindCommand(inner) else { return nil }
        return (file.text(of: SourceRange(start, command.range.end)), bound)
    }

    func filterEntity(_ spec: CommandSpec, _ arguments: [String: BoundExpression]) -> EntityDescriptor? {
        switch spec.filter {
        case .none: return nil
        case .entity(let name): return registry.entity(name)?.descriptor
        case .slot(let slot):
            guard case .string(let name)? = arguments[slot]?.constantValue else { return nil }
            return registry.entity(name)?.descriptor
        }
    }

    mutating func bindFilterClause(_ command: Command, _ spec: CommandSpec,
                                   _ entity: EntityDescriptor?) -> BoundExpression? {
        guard let filter = command.filter else { return nil }
        guard let entity else {
            report(.notAllowed(clause: "'where' filter", command: spec.name), filter.range)
            return nil
        }
        return bindFilter(filter, entity: entity)
    }

    mutating func bindFilter(_ filter: Expression, entity: EntityDescriptor) -> BoundExpression {
        let saved = fieldScope
        fieldScope = entity
        defer { fieldScope = saved }
        return bindCondition(filter, context: "a 'where' filter")
    }

    mutating func bindOrderingClause(_ command: Command, _ spec: CommandSpec,
                                     _ entity: EntityDescriptor?) -> [SortKey] {
        guard let first = command.ordering.first else { return [] }
        guard spec.allowsOrdering, let entity else {
            report(.notAllowed(clause: "'order by'", command: spec.name), first.field.range)
            return []
        }
        return bindOrdering(command.ordering, entity: entity)
    }

    mutating func bindOrdering(_ keys: [OrderKey], entity: EntityDescriptor) -> [SortKey] {
        keys.compactMap { key in
            guard entity.field(named: key.field.text) != nil else {
                let fields = entity.fields.map(\.name)
                report(.unknownField(key.field.text, entity: entity.name,
                                     suggestion: Suggestions.closest(to: key.field.text, in: fields)),
                       key.field.range)
                return nil
            }
            return SortKey(key.field.text, descending: key.descending)
        }
    }

    mutating func bindLimitClause(_ command: Command, _ spec: CommandSpec) -> BoundExpression? {
        guard let limit = command.limit else { return nil }
        guard spec.allowsLimit else {
            report(.notAllowed(clause: "'limit'", command: spec.name), limit.range)
            return nil
        }
        return bindExpecting(limit, .int, "a limit")
    }
}
