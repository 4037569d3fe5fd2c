/// Whether the text typed so far forms a whole statement. The parser decides, not the shell.
public enum InputState: Sendable, Equatable {
    /// The text is a whole statement (or an error the parser can already report).
    case complete
    /// The text opens something not yet closed, such as a `do` block; more lines are needed.
    case incomplete
}

/// What running one statement asks of the shell.
public struct ExecutionOutcome: Sendable, Equatable {
    /// Non-nil asks the shell to stop and exit the process with this status.
    public var exitCode: Int32?

    /// Creates an outcome; `nil` keeps the shell running.
    public init(exitCode: Int32? = nil) {
        self.exitCode = exitCode
    }

    /// Keep reading statements.
    public static let proceed = ExecutionOutcome()

    /// Stop the shell with `code` as the process exit status.
    public static func quit(_ code: Int32) -> ExecutionOutcome {
        ExecutionOutcome(exitCode: code)
    }
}

/// The interpreter as the shell sees it. The shell owns input, history and Ctrl-C;
/// the session owns parsing, running and all output of results.
///
/// Every requirement except `interrupt()` is called on the thread that runs `REPL.run()`.
public protocol ShellSession: AnyObject {
    /// The prompt before a new statement, e.g. `shs> `.
    var prompt: String { get }
    /// The prompt while a statement is still open, e.g. `...> `.
    var continuationPrompt: String { get }
    /// Whether `text` (lines joined by `\n`) is a whole statement.
    func inputState(of text: String) -> InputState
    /// Runs one complete statement, which may span several lines.
    /// - Parameter line: the 1-based input line the statement starts on, for `file:line:` errors.
    func execute(_ text: String, line: Int) -> ExecutionOutcome
    /// Whole candidate words for the word before `cursor` (a `Character` offset into `line`).
    /// The word is the one `CompletionWords.word(in:cursor:)` finds; candidates that do
    /// not start with it are dropped.
    func completions(for line: String, cursor: Int) -> [String]
    /// True when `text` holds a secret such as an access token; it is then never recorded
    /// in history, neither in memory nor on disk.
    func carriesSecret(_ text: String) -> Bool
    /// Ctrl-C arrived while `execute` runs. Called on the shell's watcher thread, not the
    /// signal handler and not the thread inside `execute`: touch only thread-safe state
    /// (an atomic, `Task.cancel()`) and let `execute` stop cooperatively.
    func interrupt()
    /// The exit status when input ends without an explicit quit. Defaults to 0; a script
    /// runner may report earlier failures here.
    func finish() -> Int32
}

extension ShellSession {
    /// Input ended normally: success.
    public func finish() -> Int32 { 0 }
}
