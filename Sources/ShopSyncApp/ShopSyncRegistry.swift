import DashboardService
import JobQueue
import LedgerService
import SandboxService
import ShopifyService
import ShsInterpreter
import SyncService

/// Builds the registry of every command this build has. Each layer registers its own part; the
/// order here is the order topics appear in `help`.
public enum ShopSyncRegistry {
    public static func make() -> CommandRegistry {
        var registry = CommandRegistry()
        LanguageCommands.register(in: &registry)
        LedgerCommands.register(in: &registry)
        JobCommands.register(in: &registry)
        SandboxCommands.registerStore(in: &registry)
        SandboxCommands.registerEndpoint(in: &registry)
        ShopifyCommands.register(in: &registry)
        SyncCommands.register(in: &registry)
        DashboardCommands.register(in: &registry)
        return registry
    }
}
