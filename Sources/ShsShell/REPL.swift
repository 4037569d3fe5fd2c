/// The one input loop for a terminal, a pipe and a script file.
///
/// Lines are gathered while the session says the statement is incomplete (showing the
/// continuation prompt), then the whole statement is recorded in history once and run.
/// Printing results is the session's job; the loop itself writes nothing.
public final class REPL {
    private let session: any ShellSession
    private let source: any LineSource
    private let history: (any ShellHistory)?
    private let interrupts: InterruptFlag
    private var pending: [String] = []
    private var pendingStartLine = 1
    private var linesRead = 0

    /// - Parameters:
    ///   - session: parses and runs statements.
    ///   - source: the terminal, a pipe, or a script.
    ///   - history: where statements are remembered; nil for scripts and pipes.
    ///   - interrupts: the flag raised by Ctrl-C, watched while a statement runs.
    public init(
        session: any ShellSession,
        source: any LineSource,
        history: (any ShellHistory)? = nil,
        interrupts: InterruptFlag = .shared
    ) {
        self.session = session
        self.source = source
        self.history = history
        self.interrupts = interrupts
    }

    /// Runs until input ends or a statement asks to quit.
    /// - Returns: the process exit status: the quitting statement's, else `session.finish()`.
    public func run() -> Int32 {
        while true {
            let prompt = pending.isEmpty ? session.prompt : session.continuationPrompt
            switch source.readLine(prompt: prompt) {
            case .line(let line):
                if let code = accept(line) {
                    return code
                }
            case .interrupted:
                pending = []
            case .endOfInput:
                return finishInput()
            }
        }
    }

    /// Adds one line to the statement being gathered and runs the statement once whole.
    private func accept(_ line: String) -> Int32? {
        let number = linesRead + 1
        linesRead += line.count(where: { $0 == "\n" }) + 1
        if pending.isEmpty {
            // A blank line at the main prompt is not a statement, just a fresh prompt.
            guard line.contains(where: { !$0.isWhitespace }) else { return nil }
            pendingStartLine = number
        }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        guard session.inputState(of: text) == .complete else { return nil }
        pending = []
        return submit(text, line: pendingStartLine)
    }

    /// At the end of input a partial statement still runs, so the parser reports what is
    /// missing instead of the shell dropping it silently.
    private func finishInput() -> Int32 {
        if !pending.isEmpty {
            let text = pending.joined(separator: "\n")
            pending = []
            if let code = submit(text, line: pendingStartLine) {
                return code
            }
        }
        return session.finish()
    }

    /// Records `text` (unless it carries a secret), then runs it while watching for Ctrl-C.
    private func submit(_ text: String, line: Int) -> Int32? {
        if let history, !session.carriesSecret(text) {
            history.record(text)
        }
        let watch = ExecutionWatch.start(session: session, interrupts: interrupts)
        let outcome = session.execute(text, line: line)
        watch.stop()
        // The statement has reacted to any Ctrl-C by now; do not let it cancel the next read.
        _ = interrupts.take()
        return outcome.exitCode
    }
}
