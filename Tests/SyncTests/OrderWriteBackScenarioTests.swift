import Foundation
import GraphQL
import ShopSyncCore
import ShopSyncTesting
import Testing
@testable import Ledger

extension SandboxScenario {
    /// The flow shop with orders imported and their sales documents created, every API
    /// request kept in the request log.
    static func processed() -> SandboxScenario {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync products")
        _ = scenario.sync("sync orders")
        let run = scenario.harness.run("""
            set logging_mode = "all"
            create sales documents
            """)
        precondition(run.status == .success, run.standardError)
        return scenario
    }

    func calls(_ operation: String) -> Int64 {
        count("count api_requests where operation = \"\(operation)\"")
    }

    /// The value of the order's `ERP document no.` attribute in the sandbox.
    func documentNoAttribute(of order: String) throws -> String? {
        let data = try shopify(
            "{ orders(first: 1, query: \"name:\(order)\") { nodes { customAttributes { key value } } } }")
        let node = data?["orders"]?["nodes"]?.arrayValue?.first
        let attributes = node?["customAttributes"]?.arrayValue ?? []
        return attributes.first { $0["key"]?.stringValue == "ERP document no." }?["value"]?.stringValue
    }
}

@Suite("sync orders writes back to processed orders")
struct OrderWriteBackScenarioTests {
    @Test("without the settings nothing is written to Shopify")
    func offByDefault() throws {
        let scenario = SandboxScenario.processed()
        let run = try #require(scenario.sync("sync orders"))
        #expect(run.int("written_back") == 0)
        #expect(scenario.calls("OrderUpdate") == 0 && scenario.calls("OrderClose") == 0)
    }

    @Test("the sales document number reaches each processed order once")
    func documentNumber() throws {
        let scenario = SandboxScenario.processed()
        let ledger = try scenario.ledger
        let processed = try #require(try ledger.connection.scalar(
            "SELECT COUNT(*) FROM order_header WHERE processed = 1")?.int64)
        #expect(processed > 0)
        _ = scenario.harness.run("set write_document_no_to_shopify = true")
        let run = try #require(scenario.sync("sync orders"))
        #expect(run.int("written_back") == processed)
        #expect(scenario.calls("OrderUpdate") == processed)
        let row = try #require(try ledger.connection.queryOne(
            "SELECT name, sales_document_no FROM order_header WHERE processed = 1 ORDER BY id LIMIT 1"))
        #expect(try scenario.documentNoAttribute(of: row.string("name")) == row.string("sales_document_no"))
        let again = try #require(scenario.sync("sync orders"))
        #expect(again.int("written_back") == 0)
        #expect(scenario.calls("OrderUpdate") == processed, "nothing is written twice")
        #expect(again.int("updated") == processed, "the write bumped updatedAt once")
        #expect(try #require(scenario.sync("sync orders")).int("updated") == 0)
    }

    @Test("the order's other custom attributes are kept beside the document number")
    func otherAttributesKept() throws {
        let scenario = SandboxScenario.processed()
        let row = try #require(try scenario.ledger.connection.queryOne(
            "SELECT id, name FROM order_header WHERE processed = 1 ORDER BY id LIMIT 1"))
        let id = try row.int64("id")
        let gift = scenario.harness.run("""
            shopify query "mutation { orderUpdate(input: {id: \\"gid://shopify/Order/\(id)\\", \
            customAttributes: [{key: \\"gift wrap\\", value: \\"yes\\"}]}) { userErrors { message } } }" \
            allow mutations
            """)
        #expect(gift.status == .success, "\(gift.standardError)")
        _ = scenario.harness.run("set write_document_no_to_shopify = true")
        _ = scenario.sync("sync orders")
        let data = try scenario.shopify(
            "{ order(id: \"gid://shopify/Order/\(id)\") { customAttributes { key value } } }")
        let keys = (data?["order"]?["customAttributes"]?.arrayValue ?? []).compactMap { $0["key"]?.stringValue }
        #expect(keys == ["gift wrap", "ERP document no."])
    }

    @Test("processed orders that are paid and fulfilled are closed once, the others stay open")
    func archive() throws {
        let scenario = SandboxScenario.processed()
        let ledger = try scenario.ledger
        let eligible = try #require(try ledger.connection.scalar("""
            SELECT COUNT(*) FROM order_header WHERE processed = 1 AND fully_paid = 1 AND cancelled = 0
              AND fulfillment_status = 'fulfilled' AND closed = 0
            """)?.int64)
        #expect(eligible > 0, "the seeded shop has paid and fulfilled orders")
        _ = scenario.harness.run("set archive_processed_orders = true")
        let run = try #require(scenario.sync("sync orders"))
        #expect(run.int("written_back") == eligible)
        #expect(scenario.calls("OrderClose") == eligible)
        let closed = try scenario.shopify("{ orders(first: 250, query: \"status:closed\") { nodes { name } } }")
        #expect((closed?["orders"]?["nodes"]?.arrayValue?.count ?? 0) >= Int(eligible))
        let unpaidClosed = try ledger.connection.scalar(
            "SELECT COUNT(*) FROM order_header WHERE closed_by_erp_at IS NOT NULL AND fully_paid = 0")
        #expect(unpaidClosed?.int64 == 0)
        _ = scenario.sync("sync orders")
        #expect(scenario.calls("OrderClose") == eligible, "an order is closed once")
    }

    @Test("a dry run counts the write-backs and writes nothing")
    func dryRun() throws {
        let scenario = SandboxScenario.processed()
        _ = scenario.harness.run("set write_document_no_to_shopify = true")
        let dry = try #require(scenario.sync("sync orders --dry-run"))
        #expect(dry.int("written_back") > 0)
        #expect(scenario.calls("OrderUpdate") == 0 && scenario.calls("SyncOrderAttributes") == 0)
        let written = try scenario.ledger.connection.scalar(
            "SELECT COUNT(*) FROM order_header WHERE written_document_no <> ''")
        #expect(written?.int64 == 0)
    }
}
