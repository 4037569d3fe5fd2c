import ShopSyncCore
import ShopifyClient
import ShsInterpreter

/// The language's value; GraphQL has a `Value` of its own (a literal in a document).
typealias Value = ShopSyncCore.Value

/// The Shopify client's commands: `shopify query`, `shopify log`, `shop "x" test`.
public enum ShopifyCommands {
    public static func register(in registry: inout CommandRegistry) {
        registry.register(topic: "shopify", summary: "talk to a shop's Admin API; the request log")
        let commands = QueryCommands.all(registry) + RequestLogCommands.all(registry)
            + [ShopTest.command(registry)]
        for command in commands { registry.register(command) }
    }
}

extension ShopifyError {
    /// The error as a command error. Failures a later attempt may get past (retries ran out,
    /// an unreadable reply) are transient, so a job retries them; the rest need a person.
    var commandError: CommandError {
        switch self {
        case .retriesExhausted, .malformedResponse:
            return CommandError(description, transient: true)
        default:
            return CommandError(description)
        }
    }
}
