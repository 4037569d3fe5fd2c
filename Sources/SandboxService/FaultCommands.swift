import Foundation
import Sandbox
import ShopSyncCore
import ShsInterpreter

/// `sandbox faults ...`: which failures the sandbox stages on GraphQL requests.
///
/// Each command is one clause of the text `FaultPlan.configure` reads. It applies to the
/// session's plan (a `FaultPlan` among its services, used by every server the session starts)
/// and is published on the ledger's `FaultChannel`, so a `sandbox serve` running in another
/// process picks it up within a quarter of a second.
enum FaultCommands {
    static let faultChoice = FaultKind.words.joined(separator: "|")

    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [show(registry), off(registry), rate(registry), next(registry), seed(registry),
         shop(registry)]
    }

    static let details = "Faults: throttled (a THROTTLED body, nothing runs), http429 (429 with "
        + "Retry-After, default 2 s), http500, http502, http503 (nothing runs), drop_before (the "
        + "connection is lost, nothing runs), drop_after (the request runs, then the reply is "
        + "lost), slow (the reply comes late, default 3 s), malformed (the request runs, the body "
        + "is not JSON), internal_error (200 with INTERNAL_SERVER_ERROR, nothing runs), none. "
        + "A script ('next') is used first, one fault per request; rates apply after it. "
        + "In a script, 'http429:1' and 'slow:0.5' set the seconds. A server running in another "
        + "shs process on the same ledger follows these commands too."

    static func show(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox faults"), topic: "sandbox",
                    summary: "show the faults the sandbox stages", details: details,
                    examples: ["sandbox faults"]) { _, context in
            .message("faults: " + context.sandboxFaults.summary)
        }
    }

    static func off(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox faults off"), topic: "sandbox",
                    summary: "stage no more faults: clear rates and script, make the shop active",
                    examples: ["sandbox faults off"]) { _, context in
            try apply("off", context)
        }
    }

    static func rate(_ registry: CommandRegistry) -> CommandSpec {
        let pattern = "sandbox faults <fault:\(faultChoice)> rate <rate:decimal> "
            + "[seconds <seconds:decimal>]"
        return CommandSpec(registry.pattern(pattern), topic: "sandbox",
                           summary: "stage a fault on a share of requests (rate 0 removes it)",
                           details: details,
                           examples: ["sandbox faults http503 rate 0.05",
                                      "sandbox faults throttled rate 0.1",
                                      "sandbox faults slow rate 0.2 seconds 1.5"]) {
            invocation, context in
            var fault = invocation.string("fault") ?? ""
            if let seconds = decimal(invocation, "seconds") { fault += ":\(seconds)" }
            let rate = decimal(invocation, "rate") ?? 0
            return try apply("\(fault) rate \(rate)", context)
        }
    }

    static func next(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox faults next <script:string>"), topic: "sandbox",
                    summary: "stage faults on the next requests, one each, in order",
                    details: details,
                    examples: ["sandbox faults next \"throttled http503 drop_after slow:2\""]) {
            invocation, context in
            let words = (invocation.string("script") ?? "").split(whereSeparator: \.isWhitespace)
            return try apply((["next"] + words.map(String.init)).joined(separator: " "), context)
        }
    }

    static func seed(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox faults seed <seed:int>"), topic: "sandbox",
                    summary: "restart the random fault draws from a seed, to repeat a run",
                    examples: ["sandbox faults seed 42"]) { invocation, context in
            try apply("seed \(invocation.int("seed") ?? 0)", context)
        }
    }

    static func shop(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox faults shop <state:active|frozen|fraud|locked>"),
                    topic: "sandbox",
                    summary: "set the shop's standing: frozen (402), fraud (403), locked (423)",
                    examples: ["sandbox faults shop frozen", "sandbox faults shop active"]) {
            invocation, context in
            try apply("shop \(invocation.string("state") ?? "active")", context)
        }
    }

    /// Applies one clause to the session's plan, publishes it to other processes, and shows
    /// the resulting configuration.
    static func apply(_ clause: String, _ context: ExecutionContext) throws -> CommandResult {
        let plan = context.sandboxFaults
        do {
            try plan.configure(clause)
        } catch {
            throw CommandError(String(describing: error))
        }
        do {
            try FaultChannel(context: context)?.publish(clause)
        } catch {
            throw CommandError("faults changed here, but other shs processes were not told: "
                + "cannot write beside the ledger (\(error.localizedDescription))")
        }
        return .message("faults: " + plan.summary)
    }

    /// A decimal argument as a Double (an integer literal is accepted too).
    static func decimal(_ invocation: Invocation, _ name: String) -> Double? {
        switch invocation.arguments[name] {
        case .decimal(let value)?: NSDecimalNumber(decimal: value).doubleValue
        case .int(let value)?: Double(value)
        default: nil
        }
    }
}
