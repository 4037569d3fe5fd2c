// swift-tools-version:6.2
import PackageDescription

/// Every Swift target is built in Swift 6 mode with warnings as errors.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .treatWarning("DeprecatedDeclaration", as: .warning),
]

let package = Package(
    name: "ShopSync",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "shs", targets: ["shs"]),
        .library(name: "ShopSyncTesting", targets: ["ShopSyncTesting"]),
    ],
    targets: [
        // C libraries from Debian, each behind a tiny shim header.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        // Layer 0: values, filters, clocks shared by every layer.
        .target(name: "ShopSyncCore", swiftSettings: strict),
        // Layer 1: the .shs language (lexer, parser, AST, diagnostics).
        .target(name: "ShsLanguage", dependencies: ["ShopSyncCore"], swiftSettings: strict),
        // Layer 2: command registry, binder, evaluator, output.
        .target(name: "ShsInterpreter", dependencies: ["ShsLanguage", "ShopSyncCore"],
                swiftSettings: strict),
        // Leaf libraries used by the services.
        .target(name: "Database", dependencies: ["CSQLite", "ShopSyncCore"], swiftSettings: strict),
        // The ERP ledger: schema, record kinds, filters as SQL, posting. All SQL lives here.
        .target(name: "Ledger", dependencies: ["Database", "ShopSyncCore"], swiftSettings: strict),
        // Layer 3, services: the ledger's commands and record kinds.
        .target(name: "LedgerService", dependencies: ["Ledger", "ShsInterpreter", "ShopSyncCore"],
                swiftSettings: strict),
        // Order to cash, the ERP side: Shopify orders mapped and turned into sales documents.
        .target(name: "Sync", dependencies: ["Ledger", "Database", "ShopSyncCore"], swiftSettings: strict),
        .target(name: "GraphQL", swiftSettings: strict),
        // The Shopify sandbox: an emulator of the Admin GraphQL API, in-process and over HTTP.
        .target(name: "Sandbox", dependencies: ["GraphQL", "Database", "HTTPServer", "ShopSyncCore"],
                swiftSettings: strict),
        .target(name: "SandboxService",
                dependencies: ["Sandbox", "ShsInterpreter", "LedgerService", "Ledger", "ShopSyncCore"],
                swiftSettings: strict),
        // The sync tasks: orders, customers, products, shipments, inventory.
        .target(name: "SyncService",
                dependencies: ["Sync", "ShopifyClient", "ShopifyService", "Ledger", "LedgerService", "JobQueue",
                               "ShsInterpreter", "ShopSyncCore", "GraphQL", "Database"],
                swiftSettings: strict),
        // The activities dashboard: cues over the ledger, thresholds, HTML export.
        .target(name: "DashboardService",
                dependencies: ["Ledger", "LedgerService", "ShsInterpreter", "ShopSyncCore"],
                swiftSettings: strict),
        .target(name: "Scheduling", dependencies: ["ShopSyncCore"], swiftSettings: strict),
        // The job queue: schedules in the language, workers, retries, background syncs.
        .target(name: "JobQueue",
                dependencies: ["ShsInterpreter", "Ledger", "Database", "Scheduling", "ShopSyncCore",
                               "LedgerService"],
                swiftSettings: strict),
        .target(name: "HTTPServer", swiftSettings: strict),
        // The Shopify Admin API client: transports, rate limits, retries, documents, decoding.
        .target(name: "ShopifyClient", dependencies: ["GraphQL", "Ledger", "ShopSyncCore"],
                swiftSettings: strict),
        // The client's commands and its wiring to shops: tokens, transports, the sandbox.
        .target(name: "ShopifyService",
                dependencies: ["ShopifyClient", "ShsInterpreter", "LedgerService", "Ledger",
                               "ShopSyncCore", "GraphQL", "Sandbox", "SandboxService", "HTTPServer"],
                swiftSettings: strict),
        // The interactive shell: line editing, input loop, completion.
        .target(name: "ShsShell", dependencies: ["CEdit"], swiftSettings: strict),
        // Wiring: registers every service's commands, parses the command line.
        .target(name: "ShopSyncApp",
                dependencies: ["ShsInterpreter", "ShsShell", "ShopSyncCore", "LedgerService", "Ledger",
                               "JobQueue", "Sandbox", "SandboxService", "ShopifyService",
                               "DashboardService", "SyncService"],
                swiftSettings: strict),
        .executableTarget(name: "shs", dependencies: ["ShopSyncApp"], swiftSettings: strict),
        // Benchmark figures for scripts/bench (not a test).
        .executableTarget(name: "shs-bench",
                          dependencies: ["ShopSyncApp", "ShsInterpreter", "JobQueue", "Ledger", "LedgerService",
                                         "Sandbox", "ShopSyncCore", "Sync", "ShopifyClient", "GraphQL"],
                          swiftSettings: strict),
        // Helpers for tests of ours and of integrators.
        .target(name: "ShopSyncTesting",
                dependencies: ["ShopSyncApp", "ShsInterpreter", "LedgerService", "SandboxService", "GraphQL"],
                swiftSettings: strict),

        .testTarget(name: "ShsLanguageTests", dependencies: ["ShsLanguage", "ShopSyncTesting"]),
        .testTarget(name: "ShsInterpreterTests",
                    dependencies: ["ShsInterpreter", "ShopSyncApp", "ShopSyncTesting"]),
        .testTarget(name: "ShsShellTests", dependencies: ["ShsShell", "ShopSyncTesting"]),
        .testTarget(name: "ScriptTests",
                    dependencies: ["ShopSyncApp", "ShopSyncTesting", "Ledger", "LedgerService"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "Database", "ShopSyncCore"]),
        .testTarget(name: "DatabaseTests", dependencies: ["Database", "ShopSyncCore"]),
        .testTarget(name: "GraphQLTests", dependencies: ["GraphQL"]),
        .testTarget(name: "SandboxTests",
                    dependencies: ["Sandbox", "SandboxService", "GraphQL", "HTTPServer", "ShopSyncTesting"]),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling", "ShopSyncCore"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"]),
        .testTarget(name: "ShopifyClientTests",
                    dependencies: ["ShopifyClient", "ShopifyService", "HTTPServer", "GraphQL",
                                   "Ledger", "ShopSyncCore", "ShsInterpreter", "LedgerService",
                                   "Sandbox", "SandboxService", "ShopSyncTesting", "ShopSyncApp",
                                   "JobQueue"]),
        .testTarget(name: "SyncTests",
                    dependencies: ["Sync", "SyncService", "Database", "ShopSyncCore", "ShopifyClient",
                                   "ShopifyService", "Ledger", "GraphQL", "ShopSyncApp", "ShopSyncTesting",
                                   "Sandbox", "SandboxService"]),
        .testTarget(name: "DashboardTests",
                    dependencies: ["DashboardService", "Ledger", "ShopSyncApp", "ShopSyncTesting"]),
        .testTarget(name: "JobQueueTests",
                    dependencies: ["JobQueue", "Ledger", "Scheduling", "ShopSyncApp", "ShopSyncTesting"]),
    ]
)
