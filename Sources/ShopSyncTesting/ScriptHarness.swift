import Foundation
import LedgerService
import SandboxService
import ShopSyncApp
import ShopSyncCore
import ShsInterpreter
import ShsLanguage

/// Runs `.shs` text against an embedded interpreter and keeps everything it showed, for tests.
///
/// The clock is a `ManualClock` (default: 2026-12-01T09:00:00Z), so `now` and `today` are fixed,
/// and the ledger is a fresh in-memory database unless `services` says otherwise.
public final class ScriptHarness {
    public let output: CapturingOutputSink
    public let clock: ManualClock
    public let interpreter: Interpreter

    public static let defaultStart = Timestamp(date: CivilDate(year: 2026, month: 12, day: 1)!,
                                               time: TimeOfDay(hour: 9, minute: 0)!)

    public init(registry: CommandRegistry = ShopSyncRegistry.make(), format: OutputFormat = .plain,
                start: Timestamp = ScriptHarness.defaultStart, services: Services = Services(),
                loader: any SourceLoader = FileSourceLoader()) {
        if services.get(LedgerProvider.self) == nil {
            services.register(LedgerProvider(path: ":memory:"))
        }
        if services.get(SandboxEngineSource.self) == nil {
            services.register(SandboxCommands.engineSource)
        }
        output = CapturingOutputSink(format: format)
        clock = ManualClock(start)
        interpreter = Interpreter(registry: registry, output: output, clock: clock,
                                  services: services, loader: loader)
    }

    /// Runs text and returns what it did; output of earlier runs is not included.
    @discardableResult
    public func run(_ text: String, name: String = "<test>") -> ScriptRun {
        output.reset()
        let outcome = interpreter.run(text, name: name)
        return ScriptRun(outcome: outcome, results: output.results,
                         standardOutput: output.standardOutput, standardError: output.standardError)
    }
}

/// What one run did.
public struct ScriptRun: Sendable {
    public let outcome: RunOutcome
    public let results: [Value]
    public let standardOutput: String
    public let standardError: String

    public var status: RunStatus { outcome.status }
    public var diagnostics: [Diagnostic] { outcome.diagnostics }
    /// The diagnostics' messages, e.g. for `#expect(run.messages == ["unknown field ..."])`.
    public var messages: [String] { diagnostics.map(\.message.text) }
    /// `line:column` of each diagnostic.
    public var locations: [String] {
        diagnostics.map { d in
            let (line, column) = d.file.location(of: d.range.start)
            return "\(line):\(column)"
        }
    }
}

/// A golden script: a `.shs` file and the `.expected` file beside it, which holds standard
/// output, then `--- stderr ---` and standard error, then `--- exit N ---`.
public struct GoldenScript: Sendable, CustomStringConvertible {
    public let scriptURL: URL

    public init(_ url: URL) {
        scriptURL = url
    }

    public var description: String { scriptURL.lastPathComponent }
    public var expectedURL: URL { scriptURL.deletingPathExtension().appendingPathExtension("expected") }

    /// Every `.shs` file in a folder, sorted by name.
    public static func all(in folder: URL) -> [GoldenScript] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".shs") }.sorted().map {
            GoldenScript(folder.appendingPathComponent($0))
        }
    }

    /// Runs the script in a fresh harness and renders what it did in the `.expected` layout.
    public func actual() throws -> String {
        try actual(in: ScriptHarness())
    }

    /// Runs the script in a harness prepared by the test (e.g. with orders staged in its
    /// ledger) and renders what it did in the `.expected` layout.
    public func actual(in harness: ScriptHarness) throws -> String {
        let text = try String(contentsOf: scriptURL, encoding: .utf8)
        let run = harness.run(text, name: scriptURL.path)
        let stderr = run.standardError.replacingOccurrences(
            of: scriptURL.deletingLastPathComponent().path + "/", with: "")
        return run.standardOutput + "--- stderr ---\n" + stderr
            + "--- exit \(run.status.exitCode) ---\n"
    }

    public func expected() throws -> String {
        try String(contentsOf: expectedURL, encoding: .utf8)
    }
}
