import Foundation
import Ledger
import LedgerService
import SandboxService
import ShopifyService
import ShsInterpreter

/// The services every interpreter of a ledger needs, whoever runs it: the shell, a script, a
/// job in a worker. One place, so a job sees the same world as the session that queued it.
public enum SessionServices {
    /// Registers the ledger at `path`, the Shopify connections (tokens resolved from
    /// `environment`) and the sandbox store beside the ledger with its engine.
    public static func register(in services: Services, path: String,
                                environment: [String: String] = ProcessInfo.processInfo.environment) {
        services.register(LedgerProvider(path: path))
        services.register(ShopifyConnections(environment: environment))
        services.register(SandboxStoreProvider(ledgerPath: path))
        services.register(SandboxCommands.engineSource)
    }
}
