import ShopSyncCore
import ShsLanguage

/// How a run ended, as a process exit code would say it.
public enum RunStatus: Equatable, Sendable {
    case success
    /// A statement failed while running (exit code 1).
    case runtimeError
    /// The script did not parse or bind; nothing ran (exit code 3).
    case scriptError
    /// The script asked to stop with `exit N` or `quit`.
    case exit(Int32)

    public var exitCode: Int32 {
        switch self {
        case .success: return 0
        case .runtimeError: return 1
        case .scriptError: return 3
        case .exit(let code): return code
        }
    }
}

public struct RunOutcome: Sendable {
    public let status: RunStatus
    /// Every error and warning, parse, bind and runtime, in order.
    public let diagnostics: [Diagnostic]
    /// Whether a runtime error is worth retrying later (a network failure, a busy database).
    public let isTransient: Bool
}

/// The embeddable `.shs` interpreter: give it a registry, an output sink, a clock and services,
/// then run text. Variables persist between runs, as in the shell. One thread at a time.
public final class Interpreter {
    public let registry: CommandRegistry
    public let context: ExecutionContext
    public var continueOnError = false
    let loader: any SourceLoader
    let environment: Environment
    private let interruptCheck: (@Sendable () -> Bool)?

    /// - Parameter interruptCheck: polled by long work; the shell passes its Ctrl-C flag.
    public init(registry: CommandRegistry, output: any OutputSink, clock: any Clock = SystemClock(),
                services: Services = Services(), loader: any SourceLoader = FileSourceLoader(),
                interruptCheck: (@Sendable () -> Bool)? = nil) {
        let environment = Environment()
        self.registry = registry
        self.environment = environment
        self.context = ExecutionContext(output: output, clock: clock, services: services,
                                        registry: registry, environment: environment)
        self.loader = loader
        self.interruptCheck = interruptCheck
    }

    /// Sets a variable scripts can read, e.g. `args`.
    public func define(_ name: String, _ value: Value) {
        environment.define(name, value)
    }

    /// The session's variables.
    public var variables: [String: Value] { environment.globals }

    /// Parses and binds without running: every diagnostic of the text.
    public func check(_ text: String, name: String = "<input>") -> [Diagnostic] {
        prepare(SourceFile(name: name, text: text)).diagnostics
    }

    /// Runs text. Nothing runs if any statement fails to parse or bind.
    @discardableResult
    public func run(_ text: String, name: String = "<input>") -> RunOutcome {
        let prepared = prepare(SourceFile(name: name, text: text))
        guard prepared.diagnostics.isEmpty else {
            report(prepared.diagnostics, name: name)
            return RunOutcome(status: .scriptError, diagnostics: prepared.diagnostics, isTransient: false)
        }
        return execute(prepared.statements)
    }

    /// The most diagnostics shown for one script; the rest are counted, since after that many
    /// the first ones are what matters.
    public static let diagnosticLimit = 50

    func report(_ diagnostics: [Diagnostic], name: String) {
        for diagnostic in diagnostics.prefix(Interpreter.diagnosticLimit) {
            context.output.diagnostic(DiagnosticRenderer.render(diagnostic))
        }
        let hidden = diagnostics.count - Interpreter.diagnosticLimit
        if hidden > 0 { context.output.diagnostic("\(name): \(hidden) more errors not shown") }
    }

    /// Whether the shell should read more lines before running `text`.
    public func isIncomplete(_ text: String) -> Bool {
        Parser.parse(SourceFile(name: "<input>", text: text)).isIncomplete
    }

    func prepare(_ file: SourceFile) -> (statements: [BoundStatement], diagnostics: [Diagnostic]) {
        let parsed = Parser.parse(file)
        var binder = Binder(registry: registry, globals: environment.globals.mapValues(\.type),
                            loader: loader)
        let statements = binder.bind(parsed.script)
        let diagnostics = (parsed.diagnostics + binder.diagnostics).sorted { a, b in
            a.file === b.file ? a.range.start < b.range.start : a.file === file
        }
        return (statements, diagnostics)
    }

    /// Runs statements one by one; a failure stops the run unless `continueOnError` is set.
    func execute(_ statements: [BoundStatement]) -> RunOutcome {
        context.resetCancellation(CancellationToken(external: interruptCheck))
        let executor = Executor(environment: environment, context: context)
        var failures: [Diagnostic] = []
        var transient = false
        for statement in statements {
            do {
                let flow = try executor.run(statement)
                if case .exit(let code) = flow {
                    return RunOutcome(status: .exit(code), diagnostics: failures, isTransient: false)
                }
            } catch {
                environment.unwind()
                failures.append(error.diagnostic)
                transient = transient || error.isTransient
                context.output.diagnostic(DiagnosticRenderer.render(error.diagnostic))
                if !continueOnError || error.message == .cancelled { break }
            }
        }
        let status: RunStatus = failures.isEmpty ? .success : .runtimeError
        return RunOutcome(status: status, diagnostics: failures, isTransient: transient)
    }
}
