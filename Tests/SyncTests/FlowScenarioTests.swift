import Foundation
import GraphQL
import ShopSyncCore
import ShopSyncTesting
import Testing
@testable import Ledger

/// The ERP side of the seeded sandbox shop: items for its SKUs (all but 1008, so one product
/// stays unmapped), variants, stock at MAIN, a shipping account, mapping settings.
enum FlowSetup {
    static let ledger = """
        location add "MAIN" name "Main warehouse"
        account add "6100" name "Shipping charges"
        set shipping_charges_account = "6100"
        set default_location = "MAIN"
        set sku_mapping = "item_no_variant_code"
        set auto_create_customers = true
        for no in ["1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1009"] do
          item add no description ("Item " + no) price 100
          stock adjust no at "MAIN" by 50
        end
        for v in ["S", "M", "L", "XL"] do
          variant add "1001" v
          variant add "1002" v
          variant add "1007" v
        end
        for v in ["RED", "BLUE", "GREEN", "BLACK"] do
          variant add "1004" v
          variant add "1006" v
          variant add "1009" v
        end
        """
}

extension SandboxScenario {
    /// A seeded shop whose ledger is set up for the whole flow.
    static func flow() -> SandboxScenario {
        let scenario = SandboxScenario(seed: 42, orders: 40)
        let setup = scenario.harness.run(FlowSetup.ledger)
        precondition(setup.status == .success, setup.standardError)
        return scenario
    }

    /// Sends a query to the sandbox shop and returns the reply's `data`.
    func shopify(_ query: String) throws -> JSON? {
        let run = harness.run("shopify query \"\(query.replacingOccurrences(of: "\"", with: "\\\""))\"")
        #expect(run.status == .success, "\(run.standardError)")
        return try JSON.parse(run.standardOutput)["data"]
    }

    /// How many fulfilments the sandbox's orders have in all.
    func fulfillmentCount() throws -> Int {
        let orders = try shopify("{ orders(first: 250) { nodes { fulfillments { id } } } }")
        return (orders?["orders"]?["nodes"]?.arrayValue ?? []).reduce(0) {
            $0 + ($1["fulfillments"]?.arrayValue?.count ?? 0)
        }
    }
}

@Suite("the order-to-cash flow against the sandbox")
struct FlowScenarioTests {
    @Test("sync products maps variants by item no. and variant code and leaves an unknown SKU unmapped")
    func products() throws {
        let scenario = SandboxScenario.flow()
        let run = try #require(scenario.sync("sync products"))
        #expect(run.int("created") == 10)
        #expect(run.int("skipped") == 1, "product 1008 has no item")
        #expect(scenario.count("count shopify_products where item_no is empty") == 1)
        #expect(scenario.count("count shopify_variants where item_no is empty") == 1)
        let again = try #require(scenario.sync("sync products"))
        #expect(again.int("created") == 0 && again.int("updated") == 0)
    }

    @Test("orders become documents, post, and their shipments become fulfilments; twice changes nothing")
    func wholeFlow() throws {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync products")
        _ = scenario.sync("sync orders")
        let documents = scenario.harness.run("create sales documents")
        #expect(documents.status == .success)
        #expect(scenario.count("count sales_orders") > 0)
        #expect(scenario.harness.run("post sales orders").status == .success)
        let waiting = scenario.count("count posted_shipments")
        #expect(waiting > 0)
        let before = try scenario.fulfillmentCount()
        let sent = try #require(scenario.sync("sync shipments"))
        #expect(sent.int("created") + sent.int("failed") + sent.int("skipped") == waiting)
        #expect(try scenario.fulfillmentCount() == before + Int(sent.int("created")))
        let ledger = try scenario.ledger
        let refused = try ledger.connection.query(
            "SELECT fulfillment_error FROM sales_shipment_header WHERE shopify_fulfillment_id = -1")
        for row in refused {
            #expect(try row.string("fulfillment_error").contains("no longer open to fulfil"))
        }
        let again = try #require(scenario.sync("sync shipments"))
        #expect(again.int("fetched") == 0)
        #expect(try scenario.fulfillmentCount() == before + Int(sent.int("created")))
        let orders = try #require(scenario.sync("sync orders"))
        #expect(orders.int("created") == 0)
    }

    @Test("products an order sells that the ledger never saw are imported on the fly and mapped")
    func productsOnTheFly() throws {
        let scenario = SandboxScenario.flow()
        #expect(scenario.count("count shopify_products") == 0)
        _ = scenario.sync("sync orders")
        let unknown = try scenario.ledger.connection.scalar("""
            SELECT COUNT(*) FROM order_line l WHERE l.variant_id <> 0
              AND NOT EXISTS (SELECT 1 FROM shopify_variant v WHERE v.id = l.variant_id)
            """)
        #expect(unknown?.int64 == 0, "every ordered variant is staged")
        #expect(scenario.count("count shopify_variants where item_no is not empty") > 0)
    }

    @Test("a filter over posted shipments sends only the shipments it selects")
    func shipmentFilter() throws {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync orders")
        _ = scenario.harness.run("create sales documents")
        _ = scenario.harness.run("post sales orders")
        let first = try #require(try scenario.ledger.connection.scalar(
            "SELECT MIN(no) FROM sales_shipment_header")?.string)
        let one = try #require(scenario.sync("sync shipments where no = \"\(first)\""))
        #expect(one.int("fetched") == 1)
        let rest = try #require(scenario.sync("sync shipments"))
        #expect(rest.int("fetched") == scenario.count("count posted_shipments") - 1)
    }

    @Test("a fulfilment whose reply was lost after it landed is not created twice")
    func lostFulfillmentReply() throws {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync orders")
        _ = scenario.harness.run("create sales documents")
        _ = scenario.harness.run("post sales orders")
        let before = try scenario.fulfillmentCount()
        // The first shipment's fulfilment-order read goes through; its fulfillmentCreate lands
        // in Shopify but the reply is dropped.
        #expect(scenario.harness.run("sandbox faults next \"none drop_after\"").status == .success)
        let sent = try #require(scenario.sync("sync shipments"))
        #expect(sent.int("created") > 0)
        #expect(scenario.count("count api_requests where operation = \"FulfillmentCreate\" and is_error") == 1,
                "the reply was lost")
        #expect(try scenario.fulfillmentCount() == before + Int(sent.int("created")))
        let unknown = try scenario.ledger.connection.scalar(
            "SELECT COUNT(*) FROM sales_shipment_header WHERE shopify_fulfillment_id = 0")
        #expect(unknown?.int64 == 0, "every shipment is settled")
    }

    @Test("sync inventory sends only differences, and a second run sends nothing")
    func inventory() throws {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync products")
        _ = scenario.sync("sync locations")
        let main = try #require(try scenario.ledger.connection.scalar(
            "SELECT shopify_id FROM shop_location WHERE name = 'Main Warehouse'")?.int64)
        #expect(scenario.harness.run("shop location \(main) stock available from \"MAIN\"").status == .success)
        let first = try #require(scenario.sync("sync inventory"))
        #expect(first.int("updated") > 0 && first.int("failed") == 0)
        let second = try #require(scenario.sync("sync inventory"))
        #expect(second.int("updated") == 0)
        #expect(second.int("unchanged") == first.int("fetched") - first.int("skipped"))
        let levels = try scenario.shopify("""
            { productVariants(first: 1, query: "sku:1000") { nodes { inventoryItem { inventoryLevels(first: 5) \
            { nodes { location { name } quantities(names: ["on_hand"]) { quantity } } } } } } }
            """)
        let item = levels?["productVariants"]?["nodes"]?.arrayValue?.first?["inventoryItem"]
        let nodes = item?["inventoryLevels"]?["nodes"]
        let atMain = nodes?.arrayValue?.first { $0["location"]?["name"]?.stringValue == "Main Warehouse" }
        #expect(atMain?["quantities"]?.arrayValue?.first?["quantity"]?.intValue == 50)
    }

    @Test("a level a merchant changed in Shopify is set back to the ERP's figure on the next run")
    func merchantChange() throws {
        let scenario = SandboxScenario.flow()
        _ = scenario.sync("sync products")
        _ = scenario.sync("sync locations")
        let main = try #require(try scenario.ledger.connection.scalar(
            "SELECT shopify_id FROM shop_location WHERE name = 'Main Warehouse'")?.int64)
        _ = scenario.harness.run("shop location \(main) stock available from \"MAIN\"")
        _ = scenario.sync("sync inventory")
        // A merchant counts stock in Shopify; the ERP's figure must win on the next run.
        #expect(scenario.harness.run("sandbox variant \"1000\" stock 7 at \"Main Warehouse\"").status == .success)
        let run = try #require(scenario.sync("sync inventory"))
        #expect(run.int("updated") == 1)
        #expect(run.int("failed") == 0)
    }
}
