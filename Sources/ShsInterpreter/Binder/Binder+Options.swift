import ShopSyncCore
import ShsLanguage

extension Binder {
    /// `--flag` and `--name=value`, checked against the command's options.
    mutating func bindOptions(_ options: [Option], _ spec: CommandSpec) -> [String: BoundExpression] {
        var bound: [String: BoundExpression] = [:]
        for option in options {
            guard let known = spec.options.first(where: { $0.name == option.name }) else {
                let names = spec.options.map(\.name)
                report(.unknownOption(option.name, command: spec.name,
                                      suggestion: Suggestions.closest(to: option.name, in: names)),
                       option.range)
                continue
            }
            guard let value = optionValue(option, known) else { continue }
            bound[option.name] = BoundExpression(.constant(value), value.type, option.range)
        }
        return bound
    }

    mutating func optionValue(_ option: Option, _ spec: OptionSpec) -> Value? {
        guard let type = spec.valueType else {
            if option.value != nil {
                report(.optionValue(name: option.name, problem: "takes no value"), option.range)
                return nil
            }
            return .bool(true)
        }
        guard let text = option.value else {
            report(.optionValue(name: option.name, problem: "needs a value: --\(option.name)=..."),
                   option.range)
            return nil
        }
        if let value = OptionParsing.parse(text, as: type) { return value }
        report(.optionValue(name: option.name, problem: "must be \(type.expectation)"), option.range)
        return nil
    }

    /// A `do ... end` block is checked now and kept as text: it runs later (a job), so it sees
    /// none of the script's variables.
    mutating func bindCommandBlock(_ command: Command, _ spec: CommandSpec) -> String? {
        guard let block = command.block else {
            if spec.block == .required { report(.blockRequired(command: spec.name), command.range) }
            return nil
        }
        guard spec.block != .none else {
            report(.notAllowed(clause: "'do ... end' block", command: spec.name), block.range)
            return nil
        }
        let saved = scopes
        scopes = [[:]]
        _ = bindStatements(block.statements)
        scopes = saved
        return file.text(of: block.bodyRange)
    }

    mutating func runValidation(_ spec: CommandSpec, _ arguments: [String: BoundExpression],
                                _ flags: Set<String>, _ range: SourceRange) {
        guard let validate = spec.validate else { return }
        var constants: [String: Value] = [:]
        var ranges: [String: SourceRange] = [:]
        for (name, argument) in arguments {
            ranges[name] = argument.range
            if let value = argument.constantValue { constants[name] = value }
        }
        let problems = validate(BoundArguments(constants: constants, ranges: ranges, flags: flags,
                                               commandRange: range, registry: registry))
        for problem in problems { report(.invalidValue(problem.message), problem.range) }
    }

    /// `items where ... order by ... limit n` as an expression.
    mutating func bindQuery(_ query: Query, _ range: SourceRange) -> BoundExpression? {
        guard let source = registry.entity(query.entity.text) else {
            let kinds = Array(registry.entities.keys)
            report(.unknownEntity(query.entity.text,
                                  suggestion: Suggestions.closest(to: query.entity.text, in: kinds)),
                   query.entity.range)
            return nil
        }
        let entity = source.descriptor
        let filter = query.filter.map { bindFilter($0, entity: entity) }
        let ordering = bindOrdering(query.ordering, entity: entity)
        let limit = query.limit.map { bindExpecting($0, .int, "a limit") }
        let bound = BoundQuery(source: source, filter: filter, ordering: ordering, limit: limit)
        return BoundExpression(.query(bound), .table, range)
    }
}

/// Option values arrive as text (`--format=json`); these read them as the option's type.
enum OptionParsing {
    static func parse(_ text: String, as type: SlotType) -> Value? {
        switch type {
        case .choice(let words): return words.contains(text) ? .string(text) : nil
        case .word, .value(.string), .value(.any): return .string(text)
        case .value(.int): return Int64(text).map { .int($0) }
        case .value(.bool): return ["true": true, "false": false][text].map { .bool($0) }
        default:
            // Any other type is read with the script's own literal syntax.
            let tokens = Lexer.tokenize(SourceFile(name: "<option>", text: text)).tokens
            guard tokens.count == 2, case .literal(let value) = tokens[0].kind,
                  case .value(let expected) = type, expected.accepts(value.type) else { return nil }
            return value
        }
    }
}
