import HTTPServer
import Sandbox
import ShopSyncCore
import ShsInterpreter

extension SandboxCommands {
    /// Registers the endpoint's commands: `sandbox serve` and `sandbox faults ...`.
    public static func registerEndpoint(in registry: inout CommandRegistry) {
        registry.register(topic: "sandbox", summary: "the built-in Shopify emulator and its store")
        registry.register(serve(registry))
        for command in FaultCommands.all(registry) { registry.register(command) }
    }

    /// The access token `sandbox serve` expects when none is given.
    public static let defaultAccessToken = "shpat_sandbox_0000"

    static func serve(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox serve [port <port:int>] "
                + "[plan <plan:standard|advanced|plus|enterprise>] [token <token:string>] "
                + "[faults <faults:string>]"),
            topic: "sandbox",
            summary: "serve the sandbox as Shopify's Admin GraphQL API on 127.0.0.1",
            details: "Answers POST /admin/api/{version}/graphql.json with the access token in "
                + "X-Shopify-Access-Token (default \(defaultAccessToken)), charging a leaky bucket "
                + "of the plan (default standard: 2000 points, 100 per second). Runs until Ctrl-C "
                + "or SIGTERM. 'faults' takes clauses separated by ';': off, <fault> rate <r>, "
                + "next <faults>, seed <n>, shop <state> (faults as in 'help sandbox faults'), "
                + "e.g. \"http503 rate 0.05; next throttled\". While serving, 'sandbox faults' "
                + "run by another shs on the same ledger applies here too. Port 0 (the default) "
                + "picks a free port.",
            examples: ["sandbox serve port 8080", "sandbox serve port 8080 plan plus",
                       "sandbox serve faults \"http503 rate 0.05; next throttled drop_after\""]) {
            invocation, context in
            try ServeSession(invocation, context).run()
        }
    }
}

/// One run of `sandbox serve`: configure, start, wait for a stop, stop.
struct ServeSession {
    let invocation: Invocation
    let context: ExecutionContext

    init(_ invocation: Invocation, _ context: ExecutionContext) {
        self.invocation = invocation
        self.context = context
    }

    func run() throws -> CommandResult {
        let requestedPort = try self.requestedPort()
        let server = try makeServer()
        // Follows clauses from other processes from now on, before anyone can see the server.
        let follower = FaultChannel(context: context).map {
            FaultFollower(channel: $0, plan: server.endpoint.faults)
        }
        // Handlers go in before the start line is shown, so whoever reads it may signal.
        let saved = ServeSignals.install()
        defer { ServeSignals.restore(saved) }
        let port: UInt16
        do {
            port = try server.start(port: requestedPort)
        } catch {
            throw CommandError("cannot serve the sandbox: \(error)")
        }
        context.output.message(startLine(port: port, server: server), format: context.format)
        let signal = ServeSignals.waitForStop(context.cancellation) { follower?.poll() }
        let clean = server.stop()
        let served = server.statistics?.requestsServed ?? 0
        let reason = signal == 0 ? "interrupted" : "signal \(signal)"
        return .message("sandbox stopped (\(reason)) after \(served) requests"
            + (clean ? "" : "; a request still running was cut off"))
    }

    private func requestedPort() throws -> UInt16 {
        let port = invocation.int("port") ?? 0
        guard let valid = UInt16(exactly: port) else {
            throw CommandError("a port is between 0 and 65535, not \(port)")
        }
        return valid
    }

    private func makeServer() throws -> SandboxServer {
        let faults = context.sandboxFaults
        if let text = invocation.string("faults") {
            do {
                try faults.configure(text)
            } catch {
                throw CommandError(String(describing: error))
            }
        }
        let engine = try context.services.require(SandboxEngineSource.self).engine(for: context)
        let plan = ThrottlePlan(rawValue: invocation.string("plan") ?? "") ?? .standard
        let token = invocation.string("token") ?? SandboxCommands.defaultAccessToken
        let endpoint = SandboxEndpoint(engine: engine, accessToken: token, plan: plan,
                                       clock: context.clock, faults: faults)
        return SandboxServer(endpoint: endpoint)
    }

    private func startLine(port: UInt16, server: SandboxServer) -> String {
        let endpoint = server.endpoint
        let newest = endpoint.versions.supported.last ?? "unstable"
        let plan = endpoint.bucket.plan
        let token = invocation.string("token") ?? SandboxCommands.defaultAccessToken
        return "sandbox serving http://127.0.0.1:\(port)/admin/api/\(newest)/graphql.json "
            + "plan=\(plan.rawValue) bucket=\(plan.maximumAvailable)/\(plan.restoreRate) "
            + "token=shpat_…\(token.suffix(4)) faults=\"\(endpoint.faults.summary)\"; "
            + "stop with Ctrl-C"
    }
}
