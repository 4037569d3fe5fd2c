import Foundation
import Sandbox
import ShopSyncCore
import ShsInterpreter

extension SandboxCommands {
    /// Registers the sandbox store's commands: `sandbox [status]`, `sandbox seed`,
    /// `sandbox clock` and the simulation commands that change the store as merchants and
    /// buyers do.
    public static func registerStore(in registry: inout CommandRegistry) {
        registry.register(topic: "sandbox", summary: "the built-in Shopify emulator and its store")
        let commands = [StoreCommands.status(registry), StoreCommands.seed(registry),
                        StoreCommands.clock(registry)] + SimulationCommands.all(registry)
        for command in commands { registry.register(command) }
    }
}

/// `sandbox [status]`, `sandbox seed ...`, `sandbox clock ...`.
enum StoreCommands {
    static func status(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox [status]"), topic: "sandbox",
                    summary: "show the sandbox store: its file, its clock and what it holds",
                    details: "The store lives beside the ledger in '<ledger>.sandbox' (in memory "
                        + "when the ledger is), so every shs run on that ledger sees the same shop.",
                    examples: ["sandbox", "sandbox status"]) { _, context in
            let store = try context.sandboxStore()
            var fields: [(String, Value)] = [("file", .string(store.path)),
                                             ("clock", .dateTime(store.currentTime))]
            for (kind, count) in try store.counts() { fields.append((kind, .int(Int64(count)))) }
            return .value(.record(Record(fields)))
        }
    }

    static func seed(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            sandbox seed <seed:int> [customers <customers:int>] [products <products:int>] \
            [orders <orders:int>] [companies <companies:int>] [locations <locations:int>]
            """), topic: "sandbox",
                    summary: "replace the sandbox store with a shop generated from a seed",
                    details: "The same seed and sizes give the same shop on every machine: web, "
                        + "point-of-sale and B2B orders over the last 180 days, several "
                        + "currencies, unpaid, partly paid, refunded, cancelled and partly "
                        + "fulfilled orders, risky orders, SKUs that match no product, customers "
                        + "sharing a phone. Defaults: customers 200, products 100, orders 1000, "
                        + "companies 5, locations 3.",
                    examples: ["sandbox seed 42", "sandbox seed 42 customers 200 products 100 orders 1000",
                               "sandbox seed 7 orders 50 companies 0"]) { inv, context in
            let sizes = try Self.sizes(inv)
            let seed = inv.int("seed") ?? 42
            guard seed >= 0 else { throw CommandError("a seed is 0 or more, not \(seed)") }
            let store = try context.sandboxStore()
            try store.generate(seed: UInt64(seed), sizes: sizes)
            return .message("sandbox seeded with \(seed): \(sizes.customers) customers, "
                + "\(sizes.products) products, \(sizes.orders) orders, \(sizes.companies) companies, "
                + "\(sizes.locations) locations")
        }
    }

    static func sizes(_ inv: Invocation) throws -> StoreSizes {
        let defaults = StoreSizes()
        func size(_ name: String, _ fallback: Int) throws -> Int {
            let value = inv.int(name).map(Int.init) ?? fallback
            guard (0...1_000_000).contains(value) else {
                throw CommandError("\(name) is between 0 and 1000000, not \(value)")
            }
            return value
        }
        return StoreSizes(customers: try size("customers", defaults.customers),
                          products: try size("products", defaults.products),
                          orders: try size("orders", defaults.orders),
                          companies: try size("companies", defaults.companies),
                          locations: try size("locations", defaults.locations))
    }

    static func clock(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern(
            "sandbox clock [advance <span:duration>] [set <time:datetime>]"), topic: "sandbox",
                    summary: "show the sandbox's time, move it forward, or set it",
                    details: "Sandbox time is the real clock plus an offset kept in the store, so "
                        + "a change holds for later runs. New orders, payments and every other "
                        + "change are stamped with it, and 'updated_at' searches compare with it.",
                    examples: ["sandbox clock", "sandbox clock advance 2d",
                               "sandbox clock set 2026-12-24T18:00Z"]) { inv, context in
            let store = try context.sandboxStore()
            if case .dateTime(let instant)? = inv.arguments["time"] { try store.setClock(to: instant) }
            if case .duration(let span)? = inv.arguments["span"] { try store.advanceClock(by: span) }
            return .message("sandbox clock: \(store.currentTime)")
        }
    }
}
