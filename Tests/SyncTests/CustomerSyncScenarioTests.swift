import Foundation
import GraphQL
import ShopSyncCore
import ShopSyncTesting
import Testing
@testable import Ledger

@Suite("sync customers against the sandbox")
struct CustomerSyncScenarioTests {
    /// The first Shopify customers with both an e-mail and a phone.
    static func customers(_ scenario: SandboxScenario) throws -> [(email: String, phone: String, name: String)] {
        let data = try scenario.shopify("""
            { customers(first: 50) { nodes { firstName lastName defaultEmailAddress { emailAddress } \
            defaultPhoneNumber { phoneNumber } } } }
            """)
        return (data?["customers"]?["nodes"]?.arrayValue ?? []).compactMap { node in
            guard let email = node["defaultEmailAddress"]?["emailAddress"]?.stringValue,
                  let phone = node["defaultPhoneNumber"]?["phoneNumber"]?.stringValue else { return nil }
            let name = [node["firstName"]?.stringValue, node["lastName"]?.stringValue].compactMap { $0 }
            return (email, phone, name.joined(separator: " "))
        }
    }

    @Test("with_order links customers that match by e-mail or by phone digits, and creates none")
    func linksMatches() throws {
        let scenario = SandboxScenario()
        let known = try Self.customers(scenario)
        try #require(known.count >= 2)
        // One ERP customer shares an e-mail in another case; one a phone written another way.
        let phone = known[1].phone.filter(\.isNumber)
        let setup = scenario.harness.run("""
            customer add "C1" name "By mail" email "\(known[0].email.uppercased())"
            customer add "C2" name "By phone" phone "(\(phone.prefix(4))) \(phone.dropFirst(4))"
            """)
        #expect(setup.status == .success, "\(setup.standardError)")
        let run = try #require(scenario.sync("sync customers"))
        #expect(run.int("created") == 0)
        #expect(run.int("updated") == 2)
        #expect(scenario.count("count shopify_customers where customer_no = \"C1\"") == 1)
        #expect(scenario.count("count shopify_customers where customer_no = \"C2\"") == 1)
        #expect(scenario.count("count customers") == 2)
        let unmapped = try scenario.ledger.cueCounts(shop: "demo").first { $0.cue == .unmappedCustomers }
        #expect(unmapped?.count == Int(run.int("skipped")))
    }

    @Test("'all' with auto-create creates every unmatched customer once; a second run changes nothing")
    func createsAll() throws {
        let scenario = SandboxScenario()
        #expect(scenario.harness.run("set customer_import = \"all\"; set auto_create_customers = true")
            .status == .success)
        let run = try #require(scenario.sync("sync customers"))
        // The seeded shop has customers sharing a phone: the second links to the first's customer.
        #expect(run.int("created") + run.int("updated") == run.int("fetched"))
        #expect(run.int("created") > 0 && run.int("skipped") == 0)
        #expect(scenario.count("count customers") == run.int("created"))
        #expect(scenario.count("count shopify_customers where customer_no is empty") == 0)
        let again = try #require(scenario.sync("sync customers"))
        #expect(again.int("created") == 0 && again.int("updated") == 0)
        #expect(scenario.count("count customers") == run.int("created"))
    }

    @Test("'none' imports nothing")
    func none() throws {
        let scenario = SandboxScenario()
        #expect(scenario.harness.run("set customer_import = \"none\"").status == .success)
        let run = try #require(scenario.sync("sync customers"))
        #expect(run.int("fetched") == 0)
        #expect(scenario.count("count shopify_customers") == 0)
    }

    @Test("a change in Shopify reaches the linked ERP customer only when Shopify may update customers")
    func shopifyUpdates() throws {
        let scenario = SandboxScenario()
        _ = scenario.harness.run("set customer_import = \"all\"; set auto_create_customers = true")
        _ = scenario.sync("sync customers")
        let email = try #require(try Self.customers(scenario).first?.email)
        scenario.harness.clock.advance(by: TimeSpan(milliseconds: 60_000))
        #expect(scenario.harness.run("sandbox customer \"\(email)\" last name \"Renamed\"").status == .success)
        _ = scenario.sync("sync customers")
        #expect(scenario.count("count customers where name like \"*Renamed\"") == 0)
        scenario.harness.clock.advance(by: TimeSpan(milliseconds: 60_000))
        _ = scenario.harness.run("set shopify_can_update_customers = true")
        #expect(scenario.harness.run("sandbox customer \"\(email)\" last name \"Again\"").status == .success)
        let run = try #require(scenario.sync("sync customers"))
        #expect(run.int("updated") == 1)
        #expect(scenario.count("count customers where name like \"*Again\"") == 1)
    }
}
