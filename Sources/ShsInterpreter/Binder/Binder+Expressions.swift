import ShopSyncCore
import ShsLanguage

extension Binder {
    mutating func bindExpression(_ expression: Expression) -> BoundExpression {
        let range = expression.range
        switch expression.kind {
        case .literal(let value): return BoundExpression(.constant(value), value.type, range)
        case .name(let name): return bindName(name, range)
        case .call(let name, let arguments): return bindCall(name, arguments, range)
        case .member(let base, let name): return bindMember(bindExpression(base), name, range)
        case .index(let base, let key):
            let container = bindExpression(base)
            let element: ValueType
            if case .list(let type) = container.type { element = type } else { element = .any }
            return BoundExpression(.index(container, bindExpression(key)), element, range)
        case .list(let items):
            let bound = items.map { bindExpression($0) }
            let types = Set(bound.map(\.type))
            let element = types.count == 1 ? types.first! : .any
            return fold(BoundExpression(.list(bound), .list(element), range))
        case .record(let fields):
            let bound = fields.map { ($0.key.text, bindExpression($0.value)) }
            return fold(BoundExpression(.record(bound), .record(entity: nil), range))
        case .negate(let operand):
            let bound = bindExpression(operand)
            if ![.int, .decimal, .duration, .any].contains(bound.type) {
                report(.operandTypes(op: "-", "nothing", bound.type.description), range)
            }
            return fold(BoundExpression(.negate(bound), bound.type, range))
        case .not(let operand):
            return BoundExpression(.not(bindCondition(operand, context: "'not'")), .bool, range)
        case .arithmetic(let op, let left, let right):
            return bindArithmetic(op, bindExpression(left), bindExpression(right), range)
        case .compare(let op, let left, let right):
            let (a, b) = (bindExpression(left), bindExpression(right))
            checkComparable(a, b, range)
            return BoundExpression(.compare(op, a, b), .bool, range)
        case .and(let left, let right):
            let a = bindCondition(left, context: "'and'"), b = bindCondition(right, context: "'and'")
            return BoundExpression(.and(a, b), .bool, range)
        case .or(let left, let right):
            let a = bindCondition(left, context: "'or'"), b = bindCondition(right, context: "'or'")
            return BoundExpression(.or(a, b), .bool, range)
        default:
            return bindPredicate(expression)
        }
    }

    mutating func bindPredicate(_ expression: Expression) -> BoundExpression {
        let range = expression.range
        switch expression.kind {
        case .isIn(let value, let items, let negated):
            let x = bindExpression(value)
            let list = bindExpression(items)
            if case .list(let element) = list.type {
                if case .list(let elements) = list.kind {
                    elements.forEach { checkComparable(x, $0, $0.range) }
                } else if !element.isComparable(with: x.type) {
                    report(.notComparable(x.type.description, element.description), range)
                }
            } else if list.type != .any {
                report(.argumentType(name: "in", expected: "a list", found: list.type.description),
                       items.range)
            }
            return negate(BoundExpression(.isIn(x, list), .bool, range), negated)
        case .between(let value, let low, let high, let negated):
            let (x, a, b) = (bindExpression(value), bindExpression(low), bindExpression(high))
            checkComparable(x, a, low.range)
            checkComparable(x, b, high.range)
            return negate(BoundExpression(.between(x, a, b), .bool, range), negated)
        case .like(let value, let pattern, let negated):
            let x = bindExpecting(value, .string, "the left side of 'like'")
            let p = bindExpecting(pattern, .string, "a 'like' pattern")
            return negate(BoundExpression(.like(x, p), .bool, range), negated)
        case .isEmpty(let value, let negated):
            return negate(BoundExpression(.isEmpty(bindExpression(value)), .bool, range), negated)
        case .query(let query):
            return bindQuery(query, range) ?? BoundExpression(.constant(.null), .any, range)
        default:
            preconditionFailure("bindExpression handles every other expression")
        }
    }

    func negate(_ expression: BoundExpression, _ negated: Bool) -> BoundExpression {
        negated ? BoundExpression(.not(expression), .bool, expression.range) : expression
    }

    /// A name is a field (inside a filter), a variable, a function without arguments, or a kind.
    mutating func bindName(_ name: String, _ range: SourceRange) -> BoundExpression {
        if let field = fieldScope?.field(named: name) {
            return BoundExpression(.field(name), field.type, range)
        }
        if let type = lookup(name) { return BoundExpression(.variable(name), type, range) }
        if let function = registry.functions[name], function.arity.contains(0) {
            return BoundExpression(.call(function, []), function.result, range)
        }
        if fieldScope == nil, let source = registry.entity(name) {
            let query = BoundQuery(source: source, filter: nil, ordering: [], limit: nil)
            return BoundExpression(.query(query), .table, range)
        }
        if let entity = fieldScope {
            let candidates = entity.fields.map(\.name) + visibleNames
            report(.unknownField(name, entity: entity.name,
                                 suggestion: Suggestions.closest(to: name, in: candidates)), range)
        } else {
            let candidates = visibleNames + Array(registry.entities.keys)
            report(.unknownVariable(name, suggestion: Suggestions.closest(to: name, in: candidates)),
                   range)
        }
        return BoundExpression(.constant(.null), .any, range)
    }

    mutating func bindCall(_ name: Name, _ arguments: [Expression], _ range: SourceRange)
        -> BoundExpression
    {
        if name.text == "count", arguments.count == 1, let query = countedQuery(arguments[0]) {
            return BoundExpression(.count(query), .int, range)
        }
        guard let function = registry.functions[name.text] else {
            let suggestion = Suggestions.closest(to: name.text, in: Array(registry.functions.keys))
            report(.unknownFunction(name.text, suggestion: suggestion), name.range)
            arguments.forEach { _ = bindExpression($0) }
            return BoundExpression(.constant(.null), .any, range)
        }
        let bound = arguments.map { bindExpression($0) }
        if !function.arity.contains(bound.count) {
            let expected = function.arity.lowerBound == function.arity.upperBound
                ? "\(function.parameters.count) argument(s)"
                : "\(function.arity.lowerBound) to \(function.arity.upperBound) arguments"
            report(.functionArguments(name: name.text, expected: expected), range)
        }
        for (argument, parameter) in zip(bound, function.parameters) where !parameter.accepts(argument.type) {
            report(.argumentType(name: name.text, expected: "a \(parameter)",
                                 found: argument.type.description), argument.range)
        }
        return BoundExpression(.call(function, bound), function.result, range)
    }

    /// `count(items where ...)` counts in the store instead of fetching every record.
    mutating func countedQuery(_ argument: Expression) -> BoundQuery? {
        switch argument.kind {
        case .query(let query):
            if case .query(let bound)? = bindQuery(query, argument.range)?.kind { return bound }
            return nil
        case .name(let name) where lookup(name) == nil:
            guard let source = registry.entity(name) else { return nil }
            return BoundQuery(source: source, filter: nil, ordering: [], limit: nil)
        default:
            return nil
        }
    }

    mutating func bindMember(_ base: BoundExpression, _ name: Name, _ range: SourceRange)
        -> BoundExpression
    {
        if case .record(let entityName?) = base.type, let entity = registry.entity(entityName) {
            guard let field = entity.descriptor.field(named: name.text) else {
                let fields = entity.descriptor.fields.map(\.name)
                report(.unknownField(name.text, entity: entityName,
                                     suggestion: Suggestions.closest(to: name.text, in: fields)),
                       name.range)
                return BoundExpression(.member(base, name.text), .any, range)
            }
            return BoundExpression(.member(base, name.text), field.type, range)
        }
        if ![.any, .record(entity: nil)].contains(base.type) {
            report(.argumentType(name: ".\(name.text)", expected: "a record",
                                 found: base.type.description), base.range)
        }
        return BoundExpression(.member(base, name.text), .any, range)
    }

    mutating func bindArithmetic(_ op: ArithmeticOperator, _ a: BoundExpression,
                                 _ b: BoundExpression, _ range: SourceRange) -> BoundExpression {
        guard let type = ValueOperations.resultType(op, a.type, b.type) else {
            report(.operandTypes(op: op.rawValue, a.type.description, b.type.description), range)
            return BoundExpression(.arithmetic(op, a, b), .any, range)
        }
        return fold(BoundExpression(.arithmetic(op, a, b), type, range))
    }

    mutating func checkComparable(_ a: BoundExpression, _ b: BoundExpression, _ range: SourceRange) {
        if !a.type.isComparable(with: b.type) {
            report(.notComparable(a.type.description, b.type.description), range)
        }
    }

    /// A condition must be a boolean: `where`, `if`, `assert`, `and`, `or`, `not`.
    mutating func bindCondition(_ expression: Expression, context: String) -> BoundExpression {
        let bound = bindExpression(expression)
        if bound.type != .bool && bound.type != .any {
            report(.notBoolean(context: context, found: bound.type.description), expression.range)
        }
        return bound
    }

    mutating func bindExpecting(_ expression: Expression, _ type: ValueType, _ context: String)
        -> BoundExpression
    {
        let bound = bindExpression(expression)
        if !type.accepts(bound.type) {
            report(.argumentType(name: context, expected: "a \(type)", found: bound.type.description),
                   expression.range)
        }
        return bound
    }

    /// Replaces an expression made only of constants by its value.
    func fold(_ expression: BoundExpression) -> BoundExpression {
        guard let value = Evaluator.constantValue(of: expression) else { return expression }
        return BoundExpression(.constant(value), expression.type, expression.range)
    }
}
