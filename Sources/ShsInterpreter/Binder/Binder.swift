import ShopSyncCore
import ShsLanguage

/// Checks a parsed script against the registry before anything runs: commands and their
/// arguments, filters against record fields, names, types, includes. Like the parser it never
/// throws; every problem becomes a diagnostic, and a script with any runs no statement.
struct Binder {
    let registry: CommandRegistry
    let loader: any SourceLoader
    /// Variable scopes, innermost last; the first holds the session's globals.
    var scopes: [[String: ValueType]]
    /// The record kind whose fields a filter being bound may use.
    var fieldScope: EntityDescriptor?
    var files: [SourceFile] = []
    var includeStack: [String] = []
    var diagnostics: [Diagnostic] = []

    init(registry: CommandRegistry, globals: [String: ValueType], loader: any SourceLoader) {
        self.registry = registry
        self.loader = loader
        self.scopes = [globals]
    }

    var file: SourceFile { files[files.count - 1] }

    mutating func bind(_ script: Script) -> [BoundStatement] {
        files.append(script.file)
        defer { files.removeLast() }
        return bindStatements(script.statements)
    }

    mutating func bindStatements(_ statements: [Statement]) -> [BoundStatement] {
        statements.compactMap { bindStatement($0) }
    }

    /// Binds a block in a scope of its own.
    mutating func bindBlock(_ statements: [Statement]) -> [BoundStatement] {
        scopes.append([:])
        defer { scopes.removeLast() }
        return bindStatements(statements)
    }

    mutating func bindStatement(_ statement: Statement) -> BoundStatement? {
        let kind: BoundStatement.Kind
        switch statement.kind {
        case .let(let name, let value):
            let bound = bindExpression(value)
            declare(name.text, bound.type)
            kind = .let(name.text, bound)
        case .letCommand(let name, let command):
            guard let bound = bindCommand(command) else { return nil }
            declare(name.text, .any)
            kind = .letCommand(name.text, bound)
        case .if(let condition, let thenBlock, let elseBlock):
            let test = bindCondition(condition, context: "an 'if' condition")
            kind = .if(test, bindBlock(thenBlock), elseBlock.map { bindBlock($0) })
        case .for(let variable, let sequence, let body):
            let (items, element) = bindSequence(sequence)
            scopes.append([variable.text: element])
            let boundBody = bindStatements(body)
            scopes.removeLast()
            kind = .for(variable.text, items, boundBody)
        case .include(let path, let pathRange):
            guard let included = bindInclude(path, at: pathRange) else { return nil }
            kind = .include(included)
        case .print(let values):
            kind = .print(values.map { bindExpression($0) })
        case .assert(let condition, let message):
            let test = bindCondition(condition, context: "an assertion")
            kind = .assert(test, message.map { bindExpecting($0, .string, "an assertion message") })
        case .exit(let code):
            kind = .exit(code.map { bindExpecting($0, .int, "an exit code") })
        case .command(let command):
            guard let bound = bindCommand(command) else { return nil }
            kind = .command(bound)
        }
        return BoundStatement(kind: kind, range: statement.range, file: file)
    }

    /// `for x in <sequence>`: a list, a table, or a record kind (with or without clauses).
    mutating func bindSequence(_ sequence: Expression) -> (BoundExpression, ValueType) {
        if case .name(let name) = sequence.kind, lookup(name) == nil,
           let source = registry.entity(name) {
            let query = BoundQuery(source: source, filter: nil, ordering: [], limit: nil)
            let type = ValueType.record(entity: name)
            return (BoundExpression(.query(query), .table, sequence.range), type)
        }
        let bound = bindExpression(sequence)
        switch bound.type {
        case .list(let element): return (bound, element)
        case .table:
            if case .query(let query) = bound.kind {
                return (bound, .record(entity: query.source.descriptor.name))
            }
            return (bound, .record(entity: nil))
        case .any: return (bound, .any)
        default:
            report(.argumentType(name: "for", expected: "a list, a table or a record kind",
                                 found: bound.type.description), sequence.range)
            return (bound, .any)
        }
    }

    /// `include "other.shs"`: parsed and bound in place, so its errors stop the whole script.
    mutating func bindInclude(_ path: String, at range: SourceRange) -> [BoundStatement]? {
        let identity = loader.identity(of: path, includedFrom: file)
        guard !includeStack.contains(identity) else {
            report(.includeCycle(path: path), range)
            return nil
        }
        let included: SourceFile
        do {
            included = try loader.load(path, includedFrom: file)
        } catch {
            report(.includeFailed(path: path, reason: "\(error)"), range)
            return nil
        }
        let parsed = Parser.parse(included)
        diagnostics += parsed.diagnostics
        includeStack.append(identity)
        defer { includeStack.removeLast() }
        return bind(parsed.script)
    }

    // MARK: - names and diagnostics

    func lookup(_ name: String) -> ValueType? {
        for scope in scopes.reversed() {
            if let type = scope[name] { return type }
        }
        return nil
    }

    /// `let` assigns to the innermost scope that has the name, like the run time does.
    mutating func declare(_ name: String, _ type: ValueType) {
        let index = scopes.lastIndex { $0[name] != nil } ?? scopes.count - 1
        let previous = scopes[index][name]
        scopes[index][name] = previous == nil || previous == type ? type : .any
    }

    var visibleNames: [String] {
        scopes.flatMap(\.keys) + registry.functions.keys
    }

    mutating func report(_ message: DiagnosticMessage, _ range: SourceRange,
                         notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(message, at: range, in: file, notes: notes))
    }
}
