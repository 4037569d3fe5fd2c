import ShopSyncCore
import ShsLanguage

/// Runs bound statements. Control flow is returned, not thrown; errors are thrown as `ScriptError`.
struct Executor {
    let environment: Environment
    let context: ExecutionContext

    enum Flow: Equatable {
        case next
        case exit(Int32)
    }

    func run(_ statements: [BoundStatement]) throws(ScriptError) -> Flow {
        for statement in statements {
            let flow = try run(statement)
            if flow != .next { return flow }
        }
        return .next
    }

    func run(_ statement: BoundStatement) throws(ScriptError) -> Flow {
        if context.cancellation.isCancelled {
            throw ScriptError(.cancelled, at: statement.range, in: statement.file)
        }
        let evaluator = Evaluator(environment: environment, context: context, file: statement.file)
        switch statement.kind {
        case .let(let name, let value):
            environment.define(name, try evaluator.evaluate(value))
        case .if(let condition, let thenBlock, let elseBlock):
            let branch = try evaluator.condition(condition) ? thenBlock : (elseBlock ?? [])
            return try environment.withScope { () throws(ScriptError) in try run(branch) }
        case .for(let name, let sequence, let body):
            return try runLoop(name, try evaluator.evaluate(sequence), body, statement)
        case .print(let values):
            let shown = try values.map { (value) throws(ScriptError) in try evaluator.evaluate(value) }
            context.show(shown.count == 1 ? shown[0] : .string(shown.map(\.plainText).joined(separator: " ")))
        case .assert(let condition, let message):
            guard try !evaluator.condition(condition) else { return .next }
            var text: String?
            if let message { text = try evaluator.evaluate(message).plainText }
            throw ScriptError(.assertionFailed(text), at: statement.range, in: statement.file)
        case .exit(let code):
            guard let code else { return .exit(0) }
            guard case .int(let n) = try evaluator.evaluate(code), (0...255).contains(n) else {
                throw ScriptError(.runtime("an exit code is a whole number from 0 to 255"),
                                  at: statement.range, in: statement.file)
            }
            return .exit(Int32(n))
        case .command(let command):
            switch try runCommand(command, evaluator) {
            case .exit(let code): return .exit(code)
            case .result(.value(let value)): context.show(value)
            case .result(.message(let text)): context.output.message(text, format: context.format)
            case .result(.none): break
            }
        case .letCommand(let name, let command):
            switch try runCommand(command, evaluator) {
            case .exit(let code): return .exit(code)
            case .result(.value(let value)): environment.define(name, value)
            case .result(.message(let text)): environment.define(name, .string(text))
            case .result(.none): environment.define(name, .null)
            }
        case .include(let statements):
            return try run(statements)
        }
        return .next
    }

    func runLoop(_ name: String, _ sequence: Value, _ body: [BoundStatement],
                 _ statement: BoundStatement) throws(ScriptError) -> Flow {
        let items: [Value]
        switch sequence {
        case .list(let list): items = list
        case .table(let table): items = table.records.map { .record($0) }
        default:
            throw ScriptError(.runtime("cannot loop over \(sequence.type)"), at: statement.range,
                              in: statement.file)
        }
        for item in items {
            let flow = try environment.withScope { () throws(ScriptError) -> Flow in
                environment.define(name, item)
                return try run(body)
            }
            if flow != .next { return flow }
        }
        return .next
    }

    enum CommandFlow {
        case result(CommandResult)
        case exit(Int32)
    }

    func runCommand(_ command: BoundCommand, _ evaluator: Evaluator) throws(ScriptError) -> CommandFlow {
        let invocation = try makeInvocation(command, evaluator)
        let result: CommandResult
        do {
            result = try command.spec.run(invocation, context)
        } catch is QuitRequest {
            return .exit(0)
        } catch let error as ScriptError {
            throw error
        } catch let error as CommandError {
            throw ScriptError(.runtime(error.message), at: command.range, in: command.file,
                              transient: error.isTransient)
        } catch is CancelledError {
            throw ScriptError(.cancelled, at: command.range, in: command.file)
        } catch {
            throw ScriptError(.runtime("\(error)"), at: command.range, in: command.file)
        }
        return .result(result)
    }

    /// Evaluates a bound command's arguments and clauses.
    func makeInvocation(_ command: BoundCommand, _ evaluator: Evaluator) throws(ScriptError) -> Invocation {
        var arguments: [String: Value] = [:]
        for (name, argument) in command.arguments { arguments[name] = try evaluator.evaluate(argument) }
        var options: [String: Value] = [:]
        for (name, option) in command.options { options[name] = try evaluator.evaluate(option) }
        let query = BoundQuery(source: NoEntity(), filter: command.filter, ordering: command.ordering,
                               limit: command.limit)
        let evaluated = try evaluator.entityQuery(query)
        let nested = command.nested.map { NestedCommand(source: $0.source, command: $0.command) }
        return Invocation(spec: command.spec, arguments: arguments, flags: command.flags,
                          filter: evaluated.filter, ordering: evaluated.ordering, limit: evaluated.limit,
                          options: options, blockSource: command.blockSource, nested: nested,
                          source: command.source, range: command.range, file: command.file)
    }
}

/// Stands in where a query's clauses are evaluated without a record kind.
private struct NoEntity: EntitySource {
    let descriptor = EntityDescriptor(name: "", help: "", fields: [])
    func fetch(_ query: EntityQuery, context: ExecutionContext) throws -> Table { Table(columns: []) }
    func count(_ query: EntityQuery, context: ExecutionContext) throws -> Int { 0 }
}
