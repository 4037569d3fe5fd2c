import ShsInterpreter
import ShsLanguage
import ShsShell

/// The interpreter as the shell sees it: completeness, running, completion, secrets, Ctrl-C.
final class InterpreterSession: ShellSession {
    let interpreter: Interpreter
    /// The name diagnostics print: `<stdin>` for piped input, `<input>` at the terminal.
    let sourceName: String
    /// Piped input keeps the line numbers of the whole stream; at a terminal each entry is line 1.
    let numbersLinesAcrossInput: Bool
    private var worstStatus: Int32 = 0

    let prompt = "shs> "
    let continuationPrompt = "...> "

    init(interpreter: Interpreter, interactive: Bool) {
        self.interpreter = interpreter
        self.sourceName = interactive ? "<input>" : "<stdin>"
        self.numbersLinesAcrossInput = !interactive
    }

    func inputState(of text: String) -> InputState {
        interpreter.isIncomplete(text) ? .incomplete : .complete
    }

    func execute(_ text: String, line: Int) -> ExecutionOutcome {
        // Leading line breaks give diagnostics the statement's real line in the stream.
        let padding = numbersLinesAcrossInput ? String(repeating: "\n", count: max(0, line - 1)) : ""
        let outcome = interpreter.run(padding + text, name: sourceName)
        if case .exit(let code) = outcome.status { return .quit(code) }
        worstStatus = max(worstStatus, outcome.status.exitCode)
        return .proceed
    }

    func completions(for line: String, cursor: Int) -> [String] {
        interpreter.completions(for: line, cursor: cursor)
    }

    func carriesSecret(_ text: String) -> Bool {
        SecretDetector.carriesSecret(text)
    }

    /// Called on the shell's watcher thread: the token is thread-safe.
    func interrupt() {
        interpreter.context.cancellation.cancel()
    }

    /// Piped input ends with the worst status any statement had (1 or 3), as a script would;
    /// leaving the terminal shell with Ctrl-D is a normal exit.
    func finish() -> Int32 {
        numbersLinesAcrossInput ? worstStatus : 0
    }
}
