import Foundation
import GraphQL
import ShopSyncCore
import ShopSyncTesting
import ShopifyClient
import Testing
@testable import SyncService

@Suite("sync orders: bulk backfills")
struct OrderBackfillTests {
    /// Every imported order, line and shipping line, as text: what the two paths must agree on.
    /// The raw JSON is compared apart, without the paged query's `pageInfo`.
    static func importedOrders(_ scenario: SandboxScenario) throws -> [String] {
        let ledger = try scenario.ledger
        var rows: [String] = []
        let tables = ["order_header", "order_line", "order_shipping_line", "order_refund", "order_to_import"]
        for table in tables {
            let columns = try ledger.connection.query("SELECT name FROM pragma_table_info('\(table)')")
                .compactMap { $0["name"]?.string }
                .filter { !["raw_hash", "imported_at"].contains($0) }
            let list = columns.joined(separator: ", ")
            rows += try ledger.connection.query("SELECT \(list) FROM \(table) ORDER BY 1, 2, 3")
                .map { "\(table): \($0)" }
        }
        return rows
    }

    static func rawOrders(_ scenario: SandboxScenario) throws -> [JSON] {
        try scenario.ledger.connection.query("""
            SELECT body FROM raw_json JOIN order_header ON raw_hash = hash ORDER BY order_header.id
            """).map { row in
            guard case .object(var order) = try JSON.parse(row["body"]?.string ?? "") else { return .null }
            if case .object(var lines)? = order["lineItems"] {
                lines["pageInfo"] = nil
                order["lineItems"] = .object(lines)
            }
            return .object(order)
        }
    }

    @Test("a backfill above bulk_threshold is one bulk query that imports exactly what pages import")
    func sameAsPages() throws {
        let paged = SandboxScenario(orders: 120)
        let bulk = SandboxScenario(orders: 120)
        #expect(bulk.harness.run("set bulk_threshold = 50\nset logging_mode = \"all\"").status == .success)
        for scenario in [paged, bulk] {
            #expect(scenario.harness.run("sandbox order \"#1001\" refund\nsandbox order \"#1002\" refund")
                .status == .success)
        }
        let byPages = try #require(paged.sync("sync orders"))
        let byBulk = try #require(bulk.sync("sync orders"))
        #expect(byPages.string("discovery") == "pages")
        #expect(byBulk.string("discovery") == "bulk")
        #expect(byBulk.int("created") == byPages.int("created"))
        #expect(byBulk.int("created") > 50)
        #expect(bulk.count("count api_requests where operation = \"OrderImportPage\"") == 0)
        #expect(bulk.count("count api_requests where operation = \"BulkOperationRunQuery\"") == 1)
        let refunds = try paged.ledger.connection.scalar("SELECT COUNT(*) FROM order_refund")
        #expect((refunds?.int64 ?? 0) > 0, "the store has refunds that took units back")
        let expected = try Self.importedOrders(paged)
        #expect(try Self.importedOrders(bulk) == expected)
        #expect(try Self.rawOrders(bulk) == Self.rawOrders(paged))
    }

    @Test("after a backfill the next run reads pages; after a reset, bulk again; neither changes anything")
    func cursorAfterBulk() throws {
        let scenario = SandboxScenario(orders: 120)
        #expect(scenario.harness.run("set bulk_threshold = 50").status == .success)
        _ = scenario.sync("sync orders")
        #expect(try scenario.ledger.syncCursor(shop: "demo", entity: .orders) != nil)
        let next = try #require(scenario.sync("sync orders"))
        #expect(next.string("discovery") == "pages")
        #expect(next.int("created") == 0 && next.int("updated") == 0)
        #expect(scenario.harness.run("reset sync orders to 2020-01-01").status == .success)
        let reset = try #require(scenario.sync("sync orders"))
        #expect(reset.string("discovery") == "bulk")
        #expect(reset.int("unchanged") > 50 && reset.int("created") == 0 && reset.int("updated") == 0)
    }

    @Test("a bulk query Shopify refuses falls back to pages and says so")
    func fallback() throws {
        let scenario = SandboxScenario(orders: 120)
        #expect(scenario.harness.run("set bulk_threshold = 50").status == .success)
        // Shopify runs at most five bulk queries at a time per app and shop.
        for _ in 0..<5 {
            let started = scenario.harness.run("""
                shopify query "mutation { bulkOperationRunQuery(\
                query: \\"{ products { edges { node { id } } } }\\") \
                { bulkOperation { id } userErrors { message } } }" allow mutations
                """)
            #expect(started.status == .success, "\(started.standardError)")
        }
        let run = try #require(scenario.sync("sync orders"))
        let discovery = run.string("discovery") ?? ""
        #expect(discovery.hasPrefix("pages (the bulk query failed: Shopify refused the bulk query"))
        #expect(run.int("created") > 50 && run.int("failed") == 0)
    }

    @Test("a bulk object gets its children back under the connections their __typename names")
    func regrouping() throws {
        var order = BulkObject(json: .object(["id": .string("gid://shopify/Order/1")]))
        order.children = [
            BulkObject(json: .object(["__typename": .string("LineItem"), "id": .string("a")])),
            BulkObject(json: .object(["__typename": .string("ShippingLine"), "title": .string("Post")])),
            BulkObject(json: .object(["__typename": .string("LineItem"), "id": .string("b")])),
        ]
        let json = order.regrouped(connections: OrderBackfill.connections)
        let lines = json["lineItems"]?["nodes"]?.arrayValue ?? []
        #expect(lines.map { $0["id"]?.stringValue } == ["a", "b"])
        #expect(lines.allSatisfy { $0["__typename"] == nil && $0["lineItems"] == nil })
        #expect(json["shippingLines"]?["nodes"]?.arrayValue?.count == 1)
        let lonely = BulkObject(json: .object(["id": .string("gid://shopify/Order/2")]))
        let empty = lonely.regrouped(connections: OrderBackfill.connections)
        #expect(empty["lineItems"]?["nodes"] == JSON.array([]))
    }

    @Test("the backfill's bulk query is valid against the 2026-07 Admin schema",
          .enabled(if: ShopifyMaterial.isAvailable, Comment(rawValue: ShopifyMaterial.absentReason)))
    func bulkQueryIsValid() throws {
        let schema = try #require(ShopifyMaterial.schema)
        let text = SyncDocuments.orderBackfill(search: "status:open financial_status:paid \"x\\\"")
        let parsed = try Parser.parseDocument(text).get()
        let errors = validate(parsed, against: schema)
        #expect(errors.isEmpty, "\(errors.map(\.description))")
    }
}

extension Record {
    func string(_ key: String) -> String? {
        if case .string(let text)? = self[key] { return text }
        return nil
    }
}
