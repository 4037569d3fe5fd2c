import Foundation
import GraphQL
import ShopSyncCore
import ShopSyncTesting
import Testing
@testable import Ledger

extension SandboxScenario {
    /// A seeded shop that lets the ERP write customers, with four ERP customers: two new to
    /// Shopify, one with a seeded customer's e-mail in other case, one with no e-mail.
    static func customerExport() throws -> (SandboxScenario, seeded: String) {
        let scenario = SandboxScenario(orders: 0)
        let data = try scenario.shopify("{ customers(first: 1, sortKey: ID) { nodes { email } } }")
        let seeded = try #require(data?["customers"]?["nodes"]?.arrayValue?.first?["email"]?.stringValue)
        let setup = scenario.harness.run("""
            set can_update_shopify_customers = true
            set logging_mode = "all"
            customer add "C1" name "Ada Lovelace" email "ada@example.com" phone "+4930111222"
            customer add "C2" name "Grace Hopper" email "grace@example.com"
            customer add "C3" name "Known Buyer" email "\(seeded.uppercased())"
            customer add "C4" name "Walk In"
            """)
        precondition(setup.status == .success, setup.standardError)
        return (scenario, seeded)
    }

    func shopifyCustomers(email: String) throws -> [JSON] {
        let data = try shopify("{ customers(first: 5, query: \"email:\(email)\") { nodes { id firstName lastName } } }")
        return data?["customers"]?["nodes"]?.arrayValue ?? []
    }

    var customerWrites: Int64 {
        calls("CustomerCreate") + calls("CustomerUpdate")
    }
}

@Suite("sync customers to shopify against the sandbox")
struct CustomerExportScenarioTests {
    @Test("new customers are created, one with a Shopify customer's e-mail is linked, one without is skipped")
    func createAndLink() throws {
        let (scenario, seeded) = try SandboxScenario.customerExport()
        let run = try #require(scenario.sync("sync customers to shopify"))
        #expect(run.int("created") == 2 && run.int("updated") == 1 && run.int("skipped") == 1)
        #expect(scenario.calls("CustomerCreate") == 2)
        #expect(try scenario.shopifyCustomers(email: "ada@example.com").first?["lastName"]?.stringValue == "Lovelace")
        #expect(try scenario.shopifyCustomers(email: seeded).count == 1, "linked, not created twice")
        let links = try scenario.ledger.connection.scalar(
            "SELECT COUNT(*) FROM shopify_customer WHERE customer_no IN ('C1', 'C2', 'C3')")
        #expect(links?.int64 == 3)
        #expect(scenario.count("count skipped_records where record_id = \"C4\"") == 1)
    }

    @Test("a second run writes nothing; a changed ERP customer updates only its Shopify customer")
    func onlyChanges() throws {
        let (scenario, _) = try SandboxScenario.customerExport()
        _ = scenario.sync("sync customers to shopify")
        let writes = scenario.customerWrites
        let again = try #require(scenario.sync("sync customers to shopify"))
        #expect(again.int("created") == 0 && again.int("updated") == 0 && again.int("unchanged") == 3)
        #expect(scenario.customerWrites == writes)
        let ledger = try scenario.ledger
        var grace = try #require(try ledger.customer("C2"))
        grace.name = "Grace B. Hopper"
        try ledger.updateCustomer(grace)
        let changed = try #require(scenario.sync("sync customers to shopify"))
        #expect(changed.int("updated") == 1 && scenario.customerWrites == writes + 1)
        let shown = try scenario.shopifyCustomers(email: "grace@example.com").first
        #expect(shown?["firstName"]?.stringValue == "Grace B." && shown?["lastName"]?.stringValue == "Hopper")
    }

    @Test("the import takes our own writes as echoes, not as Shopify's changes")
    func antiEcho() throws {
        let (scenario, _) = try SandboxScenario.customerExport()
        _ = scenario.sync("sync customers to shopify")
        let ledger = try scenario.ledger
        var ada = try #require(try ledger.customer("C1"))
        ada.name = "Ada King"
        try ledger.updateCustomer(ada)
        // The shop turns around: Shopify now updates ERP customers.
        let turn = scenario.harness.run("""
            set can_update_shopify_customers = false
            set shopify_can_update_customers = true
            set customer_import = "all"
            """)
        #expect(turn.status == .success, "\(turn.standardError)")
        _ = scenario.sync("sync customers")
        #expect(try ledger.customer("C1")?.name == "Ada King",
                "Shopify's copy changed only by our write, which is no change to import")
    }

    @Test("an ERP customer without e-mail or phone does not erase them in Shopify")
    func blanksKept() throws {
        let (scenario, seeded) = try SandboxScenario.customerExport()
        _ = scenario.sync("sync customers to shopify")
        let ledger = try scenario.ledger
        var known = try #require(try ledger.customer("C3"))
        (known.email, known.name) = ("", "Known Buyer Renamed")
        try ledger.updateCustomer(known)
        let run = try #require(scenario.sync("sync customers to shopify"))
        #expect(run.int("updated") == 1)
        let shown = try scenario.shopifyCustomers(email: seeded)
        #expect(shown.count == 1 && shown.first?["lastName"]?.stringValue == "Renamed")
        #expect(try #require(scenario.sync("sync customers to shopify")).int("unchanged") == 3)
    }

    @Test("a customer whose creation reply was lost after it landed is not created twice")
    func lostCreateReply() throws {
        let (scenario, _) = try SandboxScenario.customerExport()
        // C1's e-mail and phone searches go through; its customerCreate lands, the reply is dropped.
        #expect(scenario.harness.run("sandbox faults next \"none none drop_after\"").status == .success)
        let run = try #require(scenario.sync("sync customers to shopify"))
        #expect(run.int("created") == 2 && run.int("failed") == 0)
        #expect(scenario.count("count api_requests where operation = \"CustomerCreate\" and is_error") == 1,
                "the reply was lost")
        #expect(try scenario.shopifyCustomers(email: "ada@example.com").count == 1)
        let link = try scenario.ledger.connection.scalar(
            "SELECT COUNT(*) FROM shopify_customer WHERE customer_no = 'C1'")
        #expect(link?.int64 == 1)
    }

    @Test("a dry run reports what it would write and writes nothing")
    func dryRun() throws {
        let (scenario, _) = try SandboxScenario.customerExport()
        let dry = try #require(scenario.sync("sync customers to shopify --dry-run"))
        #expect(dry.int("created") == 2 && dry.int("updated") == 1)
        #expect(scenario.customerWrites == 0)
        #expect(try scenario.shopifyCustomers(email: "ada@example.com").isEmpty)
    }

    @Test("refused without can_update_shopify_customers, and when both directions are on")
    func refusals() throws {
        let (scenario, _) = try SandboxScenario.customerExport()
        let set = scenario.harness.run("set shopify_can_update_customers = true")
        #expect(set.status != .success, "the shop card refuses the second direction")
        // A ledger edited behind the shop card's back is refused by the syncs themselves.
        try scenario.ledger.connection.run(
            "INSERT INTO shop_setting (shop, name, value) VALUES ('demo', 'shopify_can_update_customers', 'true')")
        for command in ["sync customers to shopify", "sync customers"] {
            let both = scenario.harness.run(command)
            #expect(both.status != .success && both.standardError.contains("exclude each other"),
                    "\(command): \(both.standardError)")
        }
        try scenario.ledger.connection.run("DELETE FROM shop_setting WHERE name LIKE '%customers'")
        let off = scenario.harness.run("sync customers to shopify")
        #expect(off.status != .success && off.standardError.contains("can_update_shopify_customers is off"))
    }

    @Test("a filter sends only the customers it selects")
    func filter() throws {
        let (scenario, _) = try SandboxScenario.customerExport()
        let run = try #require(scenario.sync("sync customers to shopify where no = \"C2\""))
        #expect(run.int("fetched") == 1 && run.int("created") == 1)
    }
}
