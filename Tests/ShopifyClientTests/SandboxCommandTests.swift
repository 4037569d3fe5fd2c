import Foundation
import GraphQL
import ShopSyncTesting
import Testing

/// The commands on a sandbox shop, reached in-process through the session's sandbox store.
@Suite("Shopify commands against a sandbox shop", .serialized)
struct SandboxCommandTests {
    func seeded() -> ScriptHarness {
        let harness = ScriptHarness()
        let run = harness.run("""
            shop "demo" sandbox
            sandbox seed 42 customers 10 products 5 orders 30 companies 1
            """)
        #expect(run.status == .success, "\(run.messages)")
        return harness
    }

    @Test("shop test on a sandbox shop passes and says the plan and scopes are not served there")
    func shopTest() throws {
        let run = seeded().run("set format = json\nshop \"demo\" test")
        #expect(run.status == .success, "\(run.messages)")
        let report = try JSON.parse(run.standardOutput)
        #expect(report["served_version"]?.stringValue == "2026-07")
        #expect(report["token"]?.stringValue == "in-process")
        #expect(report["scopes"]?.stringValue == "not served by this store")
        #expect(report["bucket"]?.stringValue == "2000 points, restores 100/s")
        #expect(report["problems"]?.arrayValue?.isEmpty == true)
    }

    @Test("shopify query reads the sandbox store; a staged 503 is retried and logged as an error")
    func queryAndFault() throws {
        let harness = seeded()
        harness.run("sandbox faults next \"http503\"")
        let run = harness.run("shopify query \"{ orders(first: 3) { nodes { name } } }\"")
        #expect(run.status == .success, "\(run.messages)")
        let reply = try JSON.parse(run.standardOutput)
        #expect(reply["data"]?["orders"]?["nodes"]?.arrayValue?.count == 3)
        let log = harness.run("set format = json\nshopify log where is_error")
        let entries = try JSON.parse(log.standardOutput).arrayValue ?? []
        #expect(entries.map { $0["http_status"]?.intValue } == [503])
    }

    @Test("a mutation through shopify query changes the sandbox store only with allow mutations")
    func mutation() throws {
        let harness = seeded()
        let read = harness.run("""
            set format = json
            let r = shopify query "{ customers(first: 1) { nodes { id } } }"
            set format = plain
            print r.data.customers.nodes[0].id
            """)
        let id = read.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        #expect(id.hasPrefix("gid://shopify/Customer/"))
        let mutation = #"mutation { tagsAdd(id: \"\#(id)\", tags: [\"vip\"]) "#
            + "{ userErrors { message } } }"
        #expect(harness.run("shopify query \"\(mutation)\"").status != .success)
        let allowed = harness.run("shopify query \"\(mutation)\" allow mutations")
        #expect(allowed.status == .success, "\(allowed.messages)")
        let after = harness.run("shopify query \"{ customer(id: \\\"\(id)\\\") { tags } }\"")
        #expect(after.standardOutput.contains("vip"))
    }
}
