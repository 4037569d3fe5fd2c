#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ShopSyncCore
import JobQueue
import Ledger
import LedgerService
import ShsInterpreter
import ShsShell

/// What `shs` does with its command line: everything but the wiring of real stdio and the
/// process exit, which `main.swift` does.
public enum Launcher {
    public static func main(_ arguments: [String]) -> Int32 {
        let options: LaunchOptions
        switch LaunchOptions.parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let error):
            FileStream.standardError.write("shs: \(error.message)\n\(LaunchOptions.usage)\n")
            return 2
        }
        switch options.mode {
        case .help:
            FileStream.standardOutput.write(LaunchOptions.usage + "\n")
            return 0
        case .version:
            FileStream.standardOutput.write("shs \(LanguageCommands.version) (ShopSync)\n")
            return 0
        default:
            return run(options)
        }
    }

    static func run(_ options: LaunchOptions) -> Int32 {
        let out = FileStream.standardOutput
        let sink = StreamOutputSink(out: out, err: FileStream.standardError,
                                    format: options.format.flatMap(OutputFormat.init(rawValue:)),
                                    isTerminal: out.isTerminal,
                                    errorIsTerminal: FileStream.standardError.isTerminal)
        let services = Services()
        let environment = ProcessInfo.processInfo.environment
        let path = Ledger.path(option: options.databasePath, environment: environment)
        if case .worker(let workerOptions) = options.mode {
            return JobWiring.runWorker(workerOptions, path: path)
        }
        SessionServices.register(in: services, path: path, environment: environment)
        JobWiring.register(in: services, path: path, clock: SystemClock())
        let interpreter = Interpreter(registry: ShopSyncRegistry.make(), output: sink, services: services)
        interpreter.continueOnError = options.continueOnError
        interpreter.define("args", .list(options.arguments.map { .string($0) }))
        let status: Int32
        switch options.mode {
        case .script(let path):
            guard let text = readScript(path) else { return 2 }
            status = interpreter.run(text, name: path).status.exitCode
        case .command(let text):
            status = interpreter.run(text, name: "<command line>").status.exitCode
        default:
            status = ShellLauncher.run(interpreter)
        }
        // A worker started in the session finishes or releases its jobs before the process ends.
        services.get(InProcessWorker.self)?.stop()
        return status
    }

    static func readScript(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileStream.standardError.write("shs: cannot read '\(path)': no such file or not readable\n")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            FileStream.standardError.write("shs: '\(path)' is not UTF-8 text\n")
            return nil
        }
        return text
    }
}

/// The shell: libedit with history on a terminal, the same loop without either for a pipe.
enum ShellLauncher {
    static func run(_ interpreter: Interpreter) -> Int32 {
        let interactive = Terminal.isTTY(0)
        let session = InterpreterSession(interpreter: interpreter, interactive: interactive)
        SignalHandling.install()
        guard interactive else {
            return REPL(session: session, source: StreamLineSource(fileDescriptor: 0)).run()
        }
        let environment = ProcessInfo.processInfo.environment
        let history = HistoryStore.defaultPath(environment: environment).flatMap { try? HistoryStore(path: $0) }
        let source = EditLineSource(completions: session.completions)
        return REPL(session: session, source: source, history: history).run()
    }
}
