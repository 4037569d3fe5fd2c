import Database
import Foundation
import ShopSyncCore

/// The ERP ledger: one connection to its database, migrated to the current schema when opened,
/// and the queries the language runs over its record kinds. Use it from one thread at a time;
/// open another for another thread or process.
public final class Ledger {
    public let connection: Database
    public let clock: any Clock

    /// Every schema step, oldest first.
    public static let migrations: [Migration] = [
        ERPModelMigration.migration, ShopifyStagingMigration.migration,
        JobQueueMigration.migration, LedgerOperationsMigration.migration,
        OrderProcessingMigration.migration, WriteBackMigration.migration,
    ]

    /// Test hook: when set, a posting fails with `LedgerError.injectedFault` once it has made
    /// this many writes, so tests can prove a posting is all-or-nothing.
    var postingFaultAfterWrites: Int?

    /// Opens (creating if needed) and migrates the ledger at `path` (`:memory:` for tests).
    public init(path: String, clock: any Clock = SystemClock()) throws {
        if path != ":memory:" {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        connection = try Database(path: path, migrations: Ledger.migrations)
        // Statement journals (every savepoint, every upsert inside a transaction) then stay in
        // memory instead of temporary files: staging a page of orders wrote ten times fewer pages.
        try connection.execute(script: "PRAGMA temp_store = MEMORY")
        self.clock = clock
    }

    /// The ledger a command line means: `--db PATH`, else `$SHS_DB`, else
    /// `$XDG_DATA_HOME/shopsync/ledger.db` (default `~/.local/share/shopsync/ledger.db`).
    public static func path(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["SHS_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return data + "/shopsync/ledger.db"
    }

    var now: Int64 { clock.now().milliseconds }
    var today: String { clock.now().date.description }
}
