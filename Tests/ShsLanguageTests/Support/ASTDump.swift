import ShopSyncCore
@testable import ShsLanguage

/// A compact S-expression spelling of the syntax tree, so a test states the shape it expects in
/// one readable line: `(let x (+ 1 (* 2 3)))`. Ranges are left out; tests check them apart.
enum ASTDump {
    static func script(_ script: Script) -> String {
        script.statements.map(statement).joined(separator: "\n")
    }

    static func statement(_ statement: Statement) -> String {
        switch statement.kind {
        case .let(let name, let value): return "(let \(name.text) \(expression(value)))"
        case .letCommand(let name, let command): return "(let \(name.text) \(self.command(command)))"
        case .if(let condition, let then, let otherwise):
            let elsePart = otherwise.map { " (else\(block($0)))" } ?? ""
            return "(if \(expression(condition)) (then\(block(then)))\(elsePart))"
        case .for(let variable, let sequence, let body):
            return "(for \(variable.text) \(expression(sequence)) (do\(block(body))))"
        case .include(let path, _): return "(include \(StringEscaping.quote(path)))"
        case .print(let values): return "(print" + list(values) + ")"
        case .assert(let condition, let message):
            let suffix = message.map { " " + expression($0) } ?? ""
            return "(assert \(expression(condition))\(suffix))"
        case .exit(let code): return "(exit" + (code.map { " " + expression($0) } ?? "") + ")"
        case .command(let command): return self.command(command)
        }
    }

    static func block(_ statements: [Statement]) -> String {
        statements.map { " " + statement($0) }.joined()
    }

    static func list(_ expressions: [Expression]) -> String {
        expressions.map { " " + expression($0) }.joined()
    }

    static func command(_ command: Command) -> String {
        var parts = command.terms.map(term)
        if let filter = command.filter { parts.append("(where \(expression(filter)))") }
        if !command.ordering.isEmpty { parts.append(ordering(command.ordering)) }
        if let limit = command.limit { parts.append("(limit \(expression(limit)))") }
        parts += command.options.map(option)
        if let block = command.block { parts.append("(do\(self.block(block.statements)))") }
        return "(command " + parts.joined(separator: " ") + ")"
    }

    static func term(_ term: Term) -> String {
        switch term.kind {
        case .word(let word): return word
        case .value(let value): return expression(value)
        case .assign(let value): return "(= \(expression(value)))"
        case .symbol(let p): return "'\(p.rawValue)'"
        }
    }

    static func option(_ option: Option) -> String {
        "--" + option.name + (option.value.map { "=" + StringEscaping.quote($0) } ?? "")
    }

    static func ordering(_ keys: [OrderKey]) -> String {
        "(order-by " + keys.map { $0.field.text + ($0.descending ? " desc" : "") }
            .joined(separator: ", ") + ")"
    }

    static func expression(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let value): return literal(value)
        case .name(let name): return name
        case .call(let name, let arguments): return "(call \(name.text)\(list(arguments)))"
        case .member(let base, let name): return "(. \(self.expression(base)) \(name.text))"
        case .index(let base, let key): return "([] \(self.expression(base)) \(self.expression(key)))"
        case .list(let items): return "(list\(list(items)))"
        case .record(let fields):
            let pairs = fields.map { " \($0.key.text): \(self.expression($0.value))" }
            return "(record" + pairs.joined() + ")"
        case .negate(let operand): return "(neg \(self.expression(operand)))"
        case .not(let operand): return "(not \(self.expression(operand)))"
        case .arithmetic(let op, let l, let r): return binary(op.rawValue, l, r)
        case .compare(let op, let l, let r): return binary(op.rawValue, l, r)
        case .and(let l, let r): return binary("and", l, r)
        case .or(let l, let r): return binary("or", l, r)
        default: return predicate(expression)
        }
    }

    static func predicate(_ expression: Expression) -> String {
        func not(_ negated: Bool) -> String { negated ? "not-" : "" }
        switch expression.kind {
        case .isIn(let l, let items, let negated): return binary(not(negated) + "in", l, items)
        case .between(let value, let low, let high, let negated):
            return "(\(not(negated))between \(self.expression(value)) \(self.expression(low)) "
                + "\(self.expression(high)))"
        case .like(let value, let pattern, let negated):
            return binary(not(negated) + "like", value, pattern)
        case .isEmpty(let value, let negated):
            return "(is-\(not(negated))empty \(self.expression(value)))"
        case .query(let query): return self.query(query)
        default: return "?"
        }
    }

    static func query(_ query: Query) -> String {
        var parts = ["query", query.entity.text]
        if let filter = query.filter { parts.append("(where \(expression(filter)))") }
        if !query.ordering.isEmpty { parts.append(ordering(query.ordering)) }
        if let limit = query.limit { parts.append("(limit \(expression(limit)))") }
        return "(" + parts.joined(separator: " ") + ")"
    }

    static func binary(_ op: String, _ left: Expression, _ right: Expression) -> String {
        "(\(op) \(expression(left)) \(expression(right)))"
    }

    /// Literals name their type where the spelling alone would be ambiguous: `dec:12.5`.
    static func literal(_ value: Value) -> String {
        switch value {
        case .decimal(let d): return "dec:" + DecimalText.format(d)
        case .date(let d): return "date:\(d)"
        case .dateTime(let t): return "ts:\(t)"
        case .time(let t): return "time:\(t)"
        case .duration(let d): return "dur:\(d)"
        default: return value.literalText
        }
    }
}
