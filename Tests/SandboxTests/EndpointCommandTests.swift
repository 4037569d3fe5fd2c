import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Glibc
import GraphQL
import LedgerService
import Sandbox
import SandboxService
import ShopSyncApp
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Synchronization
import Testing

/// `sandbox serve` and `sandbox faults` as the shell runs them.
@Suite("endpoint: commands", .serialized)
struct EndpointCommandTests {
    static func registry() -> CommandRegistry {
        ShopSyncRegistry.make()
    }

    @Test("every example of the sandbox's commands (endpoint and store) parses and binds")
    func examplesBind() {
        let registry = Self.registry()
        let specs = registry.commands.filter { $0.pattern.leadingWords.first == "sandbox" }
        #expect(specs.count == 16)
        for spec in specs {
            #expect(!spec.examples.isEmpty, "\(spec.name) has no example")
            for example in spec.examples {
                let harness = ScriptHarness(registry: registry)
                #expect(harness.interpreter.check(example).isEmpty, "\(spec.name): \(example)")
            }
        }
    }

    @Test("sandbox faults sets rates and a script on the session's plan, and shows them")
    func faultsCommands() throws {
        let services = Services()
        let harness = ScriptHarness(registry: Self.registry(), services: services)
        #expect(harness.run("sandbox faults http503 rate 0.25").status == .success)
        #expect(harness.run("sandbox faults slow rate 0.1 seconds 1.5").status == .success)
        #expect(harness.run("sandbox faults next \"throttled drop_after\"").status == .success)
        let plan = try #require(services.get(FaultPlan.self))
        #expect(plan.pendingScript == [.throttled, .dropAfterApply])
        let shown = harness.run("sandbox faults")
        #expect(shown.standardOutput
                == "faults: http503 rate 0.25; slow:1.5 rate 0.1; next throttled drop_after\n")
        harness.run("sandbox faults shop locked")
        #expect(plan.shopState == .locked)
        harness.run("sandbox faults off")
        #expect(plan.summary == "off")
        #expect(plan.shopState == .active)
    }

    @Test("sandbox faults refuses an unknown fault and rates over 1, naming the problem")
    func faultsErrors() {
        let harness = ScriptHarness(registry: Self.registry())
        let unknown = harness.run("sandbox faults next \"throttled boom\"")
        #expect(unknown.messages.first?.contains("unknown fault 'boom'") == true)
        let over = harness.run("sandbox faults http500 rate 1.5")
        #expect(over.messages.first?.contains("between 0 and 1") == true)
    }

    @Test("shs sandbox serve options become the statement, and bad values are refused")
    func commandLine() {
        let statement = SandboxCommands.serveStatement(
            arguments: ["--port", "8080", "--plan=plus", "--faults", "next http503"])
        #expect(statement == .success("sandbox serve port 8080 plan plus faults \"next http503\""))
        #expect(SandboxCommands.serveStatement(arguments: ["--plan", "gold"])
                == .failure(.init(message: "--plan is standard, advanced, plus or enterprise")))
        #expect(SandboxCommands.serveStatement(arguments: ["--token", "a\"b"]).isFailure)
        #expect(SandboxCommands.serveStatement(arguments: ["--verbose"]).isFailure)
        #expect(SandboxCommands.serveStatement(arguments: ["--port"]).isFailure)
    }

    @Test("sandbox serve answers over HTTP with its faults, and stops when interrupted")
    func serveUntilInterrupted() async throws {
        let session = ServeUnderTest()
        let port = try await session.start("sandbox serve plan plus faults \"next http503\"")
        let first = try await send(makeSession(), port: port, query: "{ shop { name } }",
                                   token: SandboxCommands.defaultAccessToken)
        let second = try await send(makeSession(), port: port, query: "{ shop { name } }",
                                    token: SandboxCommands.defaultAccessToken)
        #expect(first.status == 503)
        #expect(second.status == 200)
        let cost = try JSON.parse(bytes: second.body)["extensions"]?["cost"]
        #expect(cost?["throttleStatus"]?["maximumAvailable"] == .int(20000))
        session.interrupt()
        let outcome = await session.finished()
        #expect(outcome.status == .success)
        #expect(session.output.standardOutput.contains("sandbox stopped (interrupted) after 2 requests"))
    }

    @Test("sandbox serve stops cleanly on SIGTERM and gives the signal back")
    func serveUntilTerminated() async throws {
        let session = ServeUnderTest()
        _ = try await session.start("sandbox serve")
        kill(getpid(), SIGTERM)
        let outcome = await session.finished()
        #expect(outcome.status == .success)
        #expect(session.output.standardOutput.contains("sandbox stopped (signal \(SIGTERM))"))
        var disposition = sigaction()
        sigaction(SIGTERM, nil, &disposition)
        #expect(disposition.__sigaction_handler.sa_handler == nil, "SIGTERM is back to default")
    }

    @Test("sandbox serve refuses a port out of range and a port already in use")
    func serveRefusals() throws {
        let services = Services()
        services.register(SandboxEngineSource { _ in FakeEngine() })
        let harness = ScriptHarness(registry: Self.registry(), services: services)
        let outOfRange = harness.run("sandbox serve port 70000")
        #expect(outOfRange.messages.first?.contains("between 0 and 65535") == true)
        let holder = SandboxServer(endpoint: EndpointFixture().endpoint)
        let taken = try holder.start()
        defer { holder.stop() }
        let busy = harness.run("sandbox serve port \(taken)")
        #expect(busy.messages.first?.hasPrefix("cannot serve the sandbox") == true)
    }

    @Test("sandbox faults in another process reaches a running server through the ledger's channel")
    func faultsAcrossProcesses() async throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("endpoint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("ledger.db").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "next http502\n".write(toFile: ledger + ".faults", atomically: true, encoding: .utf8)
        let server = ServeUnderTest()
        let port = try await server.start("sandbox serve", ledger: ledger)
        let services = Services()
        services.register(LedgerProvider(path: ledger))
        let shell = ScriptHarness(registry: Self.registry(), services: services)
        #expect(shell.run("sandbox faults next \"http503\"").status == .success)
        var status = 200
        for _ in 0..<100 where status == 200 {
            try await Task.sleep(for: .milliseconds(50))
            status = try await send(makeSession(), port: port, query: "{ shop { name } }",
                                    token: SandboxCommands.defaultAccessToken).status
        }
        #expect(status == 503, "the clause written before the server started is not replayed")
        server.interrupt()
        _ = await server.finished()
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}

/// Runs a `sandbox serve` statement on a thread of its own, as the shell would.
final class ServeUnderTest: Sendable {
    let output = CapturingOutputSink(format: .plain)
    private let interrupted = Atomic<Bool>(false)
    private let outcome = Mutex<RunOutcome?>(nil)

    /// Starts `statement` and waits for its start line; returns the port it serves.
    func start(_ statement: String, ledger: String = ":memory:") async throws -> UInt16 {
        let services = Services()
        services.register(LedgerProvider(path: ledger))
        services.register(SandboxEngineSource { _ in FakeEngine() })
        let thread = Thread { [self] in
            let interpreter = Interpreter(
                registry: EndpointCommandTests.registry(), output: output,
                clock: ManualClock(testStart), services: services,
                interruptCheck: { [self] in interrupted.load(ordering: .relaxed) })
            let result = interpreter.run(statement)
            self.outcome.withLock { $0 = result }
        }
        thread.start()
        for _ in 0..<500 {
            if let port = servedPort() { return port }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw CommandError("the server did not start: \(output.standardError)")
    }

    func interrupt() { interrupted.store(true, ordering: .relaxed) }

    /// Waits for the statement to end and returns how it ended.
    func finished() async -> RunOutcome {
        while true {
            if let result = outcome.withLock({ $0 }) { return result }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    private func servedPort() -> UInt16? {
        let text = output.standardOutput
        guard let start = text.range(of: "http://127.0.0.1:")?.upperBound else { return nil }
        return UInt16(text[start...].prefix { $0.isNumber })
    }
}
