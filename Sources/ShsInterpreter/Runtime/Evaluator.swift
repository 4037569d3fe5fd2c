import ShopSyncCore
import ShsLanguage

/// Evaluates bound expressions. Filters are not evaluated here but turned into `Filter` values
/// (fields stay fields, everything else becomes a constant), so the store can run them.
struct Evaluator {
    let environment: Environment
    let context: ExecutionContext
    let file: SourceFile

    /// The value of an expression that reads no variable, field, function or store.
    static func constantValue(of expression: BoundExpression) -> Value? {
        guard expression.isPure else { return nil }
        let evaluator = Evaluator(environment: Environment(), context: .constantFolding,
                                  file: SourceFile(name: "<constant>", text: ""))
        return try? evaluator.evaluate(expression)
    }

    func evaluate(_ expression: BoundExpression) throws(ScriptError) -> Value {
        switch expression.kind {
        case .constant(let value): return value
        case .variable(let name):
            guard let value = environment.value(of: name) else {
                throw fail(.unknownVariable(name, suggestion: nil), expression)
            }
            return value
        case .field(let name):
            throw fail(.runtime("field '\(name)' is only known inside a filter"), expression)
        case .call(let function, let arguments):
            let values = try arguments.map { (argument) throws(ScriptError) in try evaluate(argument) }
            return try guarded(expression) { try function.evaluate(values, context) }
        case .count(let query):
            let bound = try entityQuery(query)
            return try guarded(expression) { .int(Int64(try query.source.count(bound, context: context))) }
        case .query(let query):
            let bound = try entityQuery(query)
            return try guarded(expression) { .table(try query.source.fetch(bound, context: context)) }
        case .member(let base, let name): return try member(try evaluate(base), name, expression)
        case .index(let base, let key):
            return try index(try evaluate(base), try evaluate(key), expression)
        case .list(let items):
            return .list(try items.map { (item) throws(ScriptError) in try evaluate(item) })
        case .record(let fields):
            var record = Record()
            for (key, value) in fields { record[key] = try evaluate(value) }
            return .record(record)
        default:
            return try evaluateOperator(expression)
        }
    }

    func evaluateOperator(_ expression: BoundExpression) throws(ScriptError) -> Value {
        switch expression.kind {
        case .negate(let operand):
            let value = try evaluate(operand)
            return try operation(expression) { () throws(ValueError) in try ValueOperations.negate(value) }
        case .not(let operand): return .bool(!(try condition(operand)))
        case .arithmetic(let op, let a, let b):
            let (x, y) = (try evaluate(a), try evaluate(b))
            return try operation(expression) { () throws(ValueError) in
                try ValueOperations.arithmetic(op, x, y)
            }
        case .compare(let op, let a, let b):
            return .bool(ValueOperations.compare(op, try evaluate(a), try evaluate(b)))
        case .and(let a, let b):
            guard try condition(a) else { return .bool(false) }
            return .bool(try condition(b))
        case .or(let a, let b):
            if try condition(a) { return .bool(true) }
            return .bool(try condition(b))
        case .isIn(let a, let list):
            let value = try evaluate(a)
            guard case .list(let items) = try evaluate(list) else {
                throw fail(.runtime("'in' needs a list"), list)
            }
            return .bool(items.contains { ValueOperations.equals(value, $0) })
        case .between(let a, let low, let high):
            let value = try evaluate(a)
            let (l, h) = (try evaluate(low), try evaluate(high))
            return .bool(ValueOperations.compare(.greaterOrEqual, value, l)
                && ValueOperations.compare(.lessOrEqual, value, h))
        case .like(let a, let pattern):
            guard case .string(let text) = try evaluate(a), case .string(let p) = try evaluate(pattern)
            else { return .bool(false) }
            return .bool(ValueOperations.like(text, pattern: p))
        case .isEmpty(let a): return .bool(try evaluate(a).isEmpty)
        default: preconditionFailure("evaluate handles every other expression")
        }
    }

    /// A value that must be true or false.
    func condition(_ expression: BoundExpression) throws(ScriptError) -> Bool {
        switch try evaluate(expression) {
        case .bool(let value): return value
        case .null: return false
        case let other:
            throw fail(.notBoolean(context: "a condition", found: other.type.description), expression)
        }
    }

    func entityQuery(_ query: BoundQuery) throws(ScriptError) -> EntityQuery {
        let filter = try query.filter.map { (f) throws(ScriptError) in try self.filter(f) }
        var limit: Int?
        if let bound = query.limit {
            guard case .int(let n) = try evaluate(bound), n >= 0 else {
                throw fail(.runtime("a limit must be a whole number of 0 or more"), bound)
            }
            limit = Int(n)
        }
        return EntityQuery(filter: filter, ordering: query.ordering, limit: limit)
    }

    func fail(_ message: DiagnosticMessage, _ expression: BoundExpression) -> ScriptError {
        ScriptError(message, at: expression.range, in: file)
    }

    func operation(_ expression: BoundExpression, _ body: () throws(ValueError) -> Value)
        throws(ScriptError) -> Value
    {
        do {
            return try body()
        } catch {
            throw fail(.runtime(ValueErrorText.describe(error)), expression)
        }
    }

    /// Runs code that may throw any error (functions, stores) and places the error here.
    func guarded(_ expression: BoundExpression, _ body: () throws -> Value) throws(ScriptError) -> Value {
        do {
            return try body()
        } catch let error as ScriptError {
            throw error
        } catch let error as CommandError {
            throw ScriptError(.runtime(error.message), at: expression.range, in: file,
                              transient: error.isTransient)
        } catch is CancelledError {
            throw fail(.cancelled, expression)
        } catch {
            throw fail(.runtime("\(error)"), expression)
        }
    }
}
