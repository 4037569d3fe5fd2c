import Foundation
import LedgerService
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing
@testable import Ledger

/// A ledger and a sandbox shop in memory, driven through the language as a person would.
struct SandboxScenario {
    let provider: LedgerProvider
    let harness: ScriptHarness

    init(services: Services = Services(), seed: Int = 42, orders: Int = 60) {
        if services.get(LedgerProvider.self) == nil { services.register(LedgerProvider(path: ":memory:")) }
        provider = services.get(LedgerProvider.self)!
        harness = ScriptHarness(services: services)
        let setup = harness.run("""
            shop "demo" sandbox
            sandbox seed \(seed) customers 20 products 10 orders \(orders)
            """)
        precondition(setup.status == .success, setup.standardError)
    }

    /// Runs a sync statement and returns its summary record.
    func sync(_ statement: String) -> Record? {
        let run = harness.run(statement)
        guard run.status == .success, case .record(let summary)? = run.results.last else {
            Issue.record("'\(statement)' failed: \(run.standardError)")
            return nil
        }
        return summary
    }

    func count(_ text: String) -> Int64 {
        let run = harness.run(text)
        guard case .int(let n)? = run.results.last else {
            Issue.record("'\(text)' gave no count: \(run.standardError)")
            return -1
        }
        return n
    }

    var ledger: Ledger {
        get throws { try provider.ledger(clock: harness.clock) }
    }
}

extension Record {
    func int(_ key: String) -> Int64 {
        if case .int(let n)? = self[key] { return n }
        return -1
    }
}

@Suite("sync orders against the sandbox")
struct OrderSyncScenarioTests {
    @Test("a first run imports the open orders, never a closed one, and a second changes nothing")
    func firstRunThenNothing() throws {
        let scenario = SandboxScenario()
        let first = try #require(scenario.sync("sync orders"))
        #expect(first.int("created") > 0)
        #expect(first.int("failed") == 0)
        #expect(scenario.count("count shopify_orders") == first.int("created"))
        let closed = try scenario.ledger.connection.scalar("SELECT COUNT(*) FROM order_header WHERE closed = 1")
        #expect(closed?.int64 == 0)
        let second = try #require(scenario.sync("sync orders"))
        #expect(second.int("created") == 0 && second.int("updated") == 0)
    }

    @Test("an order changed in Shopify after the first run is updated by the next")
    func changedOrder() throws {
        let scenario = SandboxScenario()
        _ = scenario.sync("sync orders")
        let unpaid = try #require(try scenario.ledger.connection.scalar(
            "SELECT name FROM order_header WHERE fully_paid = 0 AND cancelled = 0 ORDER BY id LIMIT 1")?.string)
        scenario.harness.clock.advance(by: TimeSpan(milliseconds: 60_000))
        #expect(scenario.harness.run("sandbox order \"\(unpaid)\" pay").status == .success)
        let next = try #require(scenario.sync("sync orders"))
        #expect(next.int("updated") == 1)
        let paid = try scenario.ledger.connection.scalar(
            "SELECT fully_paid FROM order_header WHERE name = ?", [.text(unpaid)])
        #expect(paid?.int64 == 1)
    }

    @Test("a filter imports what it selects and leaves the rest in orders_to_import")
    func filter() throws {
        let scenario = SandboxScenario()
        let run = try #require(scenario.sync("sync orders where fully_paid"))
        #expect(run.int("filtered_out") > 0)
        #expect(scenario.count("count orders_to_import") == run.int("filtered_out"))
        #expect(scenario.count("count shopify_orders where not fully_paid") == 0)
        #expect(scenario.count("count shopify_orders") == run.int("created"))
    }

    @Test("a filter on a field orders do not have is refused before anything runs")
    func badFilter() {
        let scenario = SandboxScenario()
        let run = scenario.harness.run("sync orders where fully_payed")
        #expect(run.status == .scriptError)
        #expect(run.standardError.contains("fully_paid"))
        #expect(scenario.count("count orders_to_import") == 0)
    }

    @Test("a dry run reports the orders it would import and writes nothing")
    func dryRun() throws {
        let scenario = SandboxScenario()
        let dry = try #require(scenario.sync("sync orders --dry-run"))
        #expect(dry.int("created") > 0)
        #expect(scenario.count("count shopify_orders") == 0)
        #expect(scenario.count("count orders_to_import") == 0)
        #expect(try scenario.ledger.syncCursor(shop: "demo", entity: .orders) == nil)
        let real = try #require(scenario.sync("sync orders"))
        #expect(real.int("created") == dry.int("created"))
    }

    @Test("throttling, 5xx and dropped connections end in the same ledger as a clean run")
    func faults() throws {
        let clean = SandboxScenario()
        _ = clean.sync("sync orders")
        let faulty = SandboxScenario()
        let staged = faulty.harness.run("""
            sandbox faults seed 7
            sandbox faults http503 rate 0.3
            sandbox faults throttled rate 0.2
            sandbox faults drop_before rate 0.1
            """)
        #expect(staged.status == .success, "\(staged.standardError)")
        let run = try #require(faulty.sync("sync orders"))
        #expect(run.int("failed") == 0)
        #expect(faulty.count("count api_requests where retries > 0 or is_error") > 0, "faults were met")
        let query = "SELECT group_concat(name || ':' || total || ':' || financial_status, ',') FROM "
            + "(SELECT * FROM order_header ORDER BY id)"
        #expect(try faulty.ledger.connection.scalar(query) == clean.ledger.connection.scalar(query))
    }
}
