import Foundation
import GraphQL
import ShopSyncCore
import ShopSyncTesting
import Testing
@testable import Ledger

extension SandboxScenario {
    /// The flow shop with products staged and linked, the ERP owning the items, and every API
    /// request kept in the request log so tests can count calls.
    static func pricing() -> SandboxScenario {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync products")
        let setup = scenario.harness.run("""
            set sync_item_direction = "to_shopify"
            set logging_mode = "all"
            """)
        precondition(setup.status == .success, setup.standardError)
        return scenario
    }

    func priceCalls() -> Int64 {
        count("count api_requests where operation = \"ProductVariantsPriceUpdate\"")
    }

    /// The prices Shopify shows for the variants whose SKU starts with `sku`.
    func shopifyPrices(sku: String) throws -> [String] {
        let data = try shopify("{ productVariants(first: 10, query: \"sku:\(sku)*\") { nodes { price } } }")
        return (data?["productVariants"]?["nodes"]?.arrayValue ?? []).compactMap { $0["price"]?.stringValue }
    }
}

@Suite("sync products to shopify against the sandbox")
struct ProductExportScenarioTests {
    @Test("the ERP's prices reach every linked variant, one call per product")
    func pricesReachShopify() throws {
        let scenario = SandboxScenario.pricing()
        let run = try #require(scenario.sync("sync products to shopify"))
        #expect(run.int("fetched") == 9, "the nine products linked to items; 1008 has none")
        #expect(run.int("updated") == 9 && run.int("failed") == 0)
        #expect(scenario.priceCalls() == 9)
        let prices = try scenario.shopifyPrices(sku: "1001")
        #expect(prices.count == 4 && prices.allSatisfy { Decimal(string: $0) == 100 }, "\(prices)")
    }

    @Test("a second run makes no API call")
    func secondRunIsFree() throws {
        let scenario = SandboxScenario.pricing()
        _ = scenario.sync("sync products to shopify")
        let calls = scenario.count("count api_requests")
        let again = try #require(scenario.sync("sync products to shopify"))
        #expect(again.int("updated") == 0 && again.int("unchanged") == 9)
        #expect(scenario.count("count api_requests") == calls, "no request at all")
    }

    @Test("a changed price sends only its product")
    func changedPriceOnly() throws {
        let scenario = SandboxScenario.pricing()
        _ = scenario.sync("sync products to shopify")
        let ledger = try scenario.ledger
        var item = try #require(try ledger.item("1003"))
        item.unitPrice = Decimal(string: "123.45")!
        try ledger.updateItem(item)
        let calls = scenario.priceCalls()
        let run = try #require(scenario.sync("sync products to shopify"))
        #expect(run.int("updated") == 1 && run.int("unchanged") == 8)
        #expect(scenario.priceCalls() == calls + 1)
        #expect(try scenario.shopifyPrices(sku: "1003") == ["123.45"])
    }

    @Test("a price changed in Shopify and staged by sync products is set back")
    func merchantPriceSetBack() throws {
        let scenario = SandboxScenario.pricing()
        _ = scenario.sync("sync products to shopify")
        let ledger = try scenario.ledger
        try ledger.connection.run("UPDATE shopify_variant SET price = 990000 WHERE sku = '1000'")
        let run = try #require(scenario.sync("sync products to shopify"))
        #expect(run.int("updated") == 1)
    }

    @Test("a dry run counts what it would send and sends nothing")
    func dryRun() throws {
        let scenario = SandboxScenario.pricing()
        let dry = try #require(scenario.sync("sync products to shopify --dry-run"))
        #expect(dry.int("updated") == 9)
        #expect(scenario.priceCalls() == 0)
        let hashes = try scenario.ledger.connection.scalar(
            "SELECT COUNT(*) FROM shopify_product WHERE content_hash <> ''")
        #expect(hashes?.int64 == 0)
    }

    @Test("refused while Shopify owns the items, naming the setting")
    func refusedWhenShopifyOwnsItems() {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync products")
        let run = scenario.harness.run("sync products to shopify")
        #expect(run.status != .success)
        #expect(run.standardError.contains("sync_item_direction"), "\(run.standardError)")
    }
}
