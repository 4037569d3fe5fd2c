import SandboxService

/// What the `shs` command line asks for. Parsing is data in, data out: no I/O, no exit.
public struct LaunchOptions: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// The shell on a terminal, or statements from piped standard input.
        case interactive
        /// `shs run FILE [args...]`
        case script(path: String)
        /// `shs -c 'text' [args...]`
        case command(String)
        case help
        case version
        /// `shs worker [--once] [--concurrency N] [--name NAME]`
        case worker(WorkerOptions)
    }

    public var mode: Mode = .interactive
    public var arguments: [String] = []
    public var format: String?
    public var databasePath: String?
    public var continueOnError = false

    /// Parses the arguments after the program name; a usage error names the problem. Options
    /// may come anywhere; after `--`, or once a script's own arguments start, unknown words and
    /// dashes belong to the script.
    public static func parse(_ arguments: [String]) -> Result<LaunchOptions, UsageError> {
        var options = LaunchOptions()
        var rest = arguments[...]
        var positional: [String] = []
        while let argument = rest.popFirst() {
            switch argument {
            case "--":
                positional += rest
                rest = []
            case "-h", "--help": options.mode = .help
            case "--version": options.mode = .version
            case "--continue-on-error": options.continueOnError = true
            case "-c", "--format", "--db":
                guard let value = rest.popFirst() else {
                    return .failure(UsageError("\(argument) needs a value"))
                }
                switch argument {
                case "-c": options.mode = .command(value)
                case "--format": options.format = value
                default: options.databasePath = value
                }
            default:
                if let value = argument.value(of: "--format") {
                    options.format = value
                } else if let value = argument.value(of: "--db") {
                    options.databasePath = value
                } else if argument.hasPrefix("-"), argument.count > 1,
                          !takesScriptArguments(options, positional),
                          !["worker", "sandbox"].contains(positional.first) {
                    return .failure(UsageError("unknown option '\(argument)'"))
                } else {
                    positional.append(argument)
                }
            }
        }
        return finish(options, positional)
    }

    /// True once words belong to a script: after `-c TEXT`, or after `run FILE`.
    static func takesScriptArguments(_ options: LaunchOptions, _ positional: [String]) -> Bool {
        if case .command = options.mode { return true }
        return positional.count >= 2 && positional[0] == "run"
    }

    static func finish(_ options: LaunchOptions, _ positional: [String]) -> Result<LaunchOptions, UsageError> {
        var options = options
        if let format = options.format, !["table", "plain", "json", "csv"].contains(format) {
            return .failure(UsageError("--format must be table, plain, json or csv"))
        }
        switch options.mode {
        case .command: options.arguments = positional
        case .interactive:
            guard let first = positional.first else { return .success(options) }
            if first == "worker" { return WorkerOptions.parse(Array(positional.dropFirst()), options) }
            if first == "sandbox" { return sandboxServe(Array(positional.dropFirst()), options) }
            guard first == "run" else { return .failure(UsageError("unknown command '\(first)'")) }
            guard positional.count >= 2 else { return .failure(UsageError("'run' needs a script file")) }
            options.mode = .script(path: positional[1])
            options.arguments = Array(positional.dropFirst(2))
        default: break
        }
        return .success(options)
    }

    /// `shs sandbox serve [--port N] [--plan P] [--token T] [--faults F]` runs as the statement
    /// `sandbox serve ...`.
    static func sandboxServe(_ words: [String], _ options: LaunchOptions) -> Result<LaunchOptions, UsageError> {
        guard words.first == "serve" else {
            return .failure(UsageError("'sandbox' on the command line only takes 'serve'"))
        }
        switch SandboxCommands.serveStatement(arguments: Array(words.dropFirst())) {
        case .success(let statement):
            var options = options
            options.mode = .command(statement)
            return .success(options)
        case .failure(let error): return .failure(UsageError(error.message))
        }
    }

    public static let usage = """
    usage: shs [options]                      the shell (or statements from piped input)
           shs [options] run FILE [args...]   run a script; args are in the list 'args'
           shs [options] -c TEXT [args...]    run the text
           shs [options] worker [--once] [--concurrency N] [--name NAME]
                                              run the job queue until SIGTERM (--once: until idle)
           shs [options] sandbox serve [--port N] [--plan P] [--token T] [--faults F]
                                              serve the sandbox store over HTTP until Ctrl-C
    options:
      --format table|plain|json|csv   how results are shown (default: table on a terminal, else plain)
      --db PATH                       the ledger (default: $SHS_DB, else ~/.local/share/shopsync/ledger.db)
      --continue-on-error             keep running after a statement fails (exit code 1 at the end)
      --version, -h/--help
    exit codes: 0 ok, 1 a statement failed, 2 usage error, 3 script error (parse or bind),
    or the code a script gives to 'exit'.
    """
}

/// A wrong command line: exit code 2.
public struct UsageError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

extension String {
    /// `--name=value` gives `value` for `--name`.
    func value(of option: String) -> String? {
        hasPrefix(option + "=") ? String(dropFirst(option.count + 1)) : nil
    }
}
