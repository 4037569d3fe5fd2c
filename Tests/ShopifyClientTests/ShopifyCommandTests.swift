import Foundation
import GraphQL
import HTTPServer
import Ledger
import LedgerService
import ShopSyncCore
import ShopSyncTesting
import ShopifyClient
import ShopifyService
import ShsInterpreter
import Testing

/// A session whose shop "acme" is the fake served over HTTP, its token in an environment
/// variable the session's connections read.
struct CommandSession {
    let harness: ScriptHarness
    let fake: FakeShopify
    let server: HTTPServer
    let ledgerPath: String

    init(token: String = testToken) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shopify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        ledgerPath = folder.appendingPathComponent("ledger.db").path
        let services = Services()
        services.register(LedgerProvider(path: ledgerPath))
        services.register(ShopifyConnections(environment: ["ACME_TOKEN": token], buckets: ThrottleBuckets()))
        harness = ScriptHarness(services: services)
        fake = FakeShopify(clock: harness.clock, token: testToken)
        let served = try fake.serve()
        server = served.server
        harness.run("shop \"acme\" url \"\(served.baseURL)\" token env \"ACME_TOKEN\"")
    }

    @discardableResult
    func run(_ text: String) -> ScriptRun { harness.run(text) }

    /// Everything the session showed and stored, to search for the token's text.
    func everything(_ runs: [ScriptRun]) throws -> Data {
        var bytes = Data(runs.map { $0.standardOutput + $0.standardError + $0.messages.joined() }.joined().utf8)
        let folder = URL(fileURLWithPath: ledgerPath).deletingLastPathComponent()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            bytes.append(try Data(contentsOf: folder.appendingPathComponent(file)))
        }
        return bytes
    }

    func close() {
        _ = server.stop()
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: ledgerPath).deletingLastPathComponent().path)
    }
}

@Suite("Shopify commands against a store over HTTP", .serialized)
struct ShopifyCommandTests {
    @Test("shop test reports name, served version, bucket and token, and fails on missing scopes")
    func shopTest() throws {
        let session = try CommandSession()
        defer { session.close() }
        let run = session.run("shop \"acme\" test")
        #expect(run.status != .success)
        let text = run.standardOutput + run.messages.joined()
        #expect(text.contains("Fake") && text.contains("fake.myshopify.com"))
        #expect(text.contains("2026-07"))
        #expect(text.contains("2000 points, restores 100/s"))
        #expect(text.contains("shpat_…c9d2"))
        #expect(run.messages.contains { $0.contains("missing access scopes: read_customers") })
        #expect(!text.contains(testToken))
    }

    @Test("another API version served than the one pinned is a warning and fails the shop test")
    func versionMismatch() throws {
        let session = try CommandSession()
        defer { session.close() }
        session.fake.inject(.servedVersion("2026-10"))
        let run = session.run("shop \"acme\" test")
        #expect(run.standardError.contains("event=api_version_mismatch requested=2026-07 served=2026-10"))
        #expect(run.messages.contains { $0.contains("Shopify served API version 2026-10 for the pinned 2026-07") })
    }

    @Test("a shop's API version is pinned when it is connected, and checked for its form")
    func pinnedVersion() throws {
        let session = try CommandSession()
        defer { session.close() }
        session.run("shop \"old\" url \"https://old.myshopify.com\" token env \"X\" api version \"2026-04\"")
        let card = session.run("set format = json\nshow shop \"old\"")
        #expect(try JSON.parse(card.standardOutput)["api_version"]?.stringValue == "2026-04")
        let bad = session.run("shop \"bad\" url \"https://bad.myshopify.com\" token env \"X\" api version \"26-4\"")
        #expect(bad.messages == ["an API version is like \"2026-07\" (or \"unstable\"), not \"26-4\""])
    }

    @Test("a backfill above the shop's bulk_threshold is a bulk query; two codes of one store share its bucket")
    func bulkThresholdAndBuckets() throws {
        let session = try CommandSession()
        defer { session.close() }
        let context = session.harness.interpreter.context
        session.run("set bulk_threshold = 1000")
        let shop = try context.withLedger { try $0.shop("acme") }
        #expect(try !context.shopifyConnections.backfillUsesBulk(records: 1000, shop: shop, in: context))
        #expect(try context.shopifyConnections.backfillUsesBulk(records: 1001, shop: shop, in: context))
        session.run("shop \"alias\" url \"\(shop.shopifyURL)\" token env \"ACME_TOKEN\"")
        session.run("shop \"other\" url \"https://other.myshopify.com\" token env \"ACME_TOKEN\"")
        let acme = try context.shopifyClient(shop: "acme")
        #expect(try context.shopifyClient(shop: "alias").bucket === acme.bucket)
        #expect(try context.shopifyClient(shop: "other").bucket !== acme.bucket)
    }

    @Test("a wrong token is a clear 401 error that names the shop and never the token")
    func wrongToken() throws {
        let session = try CommandSession(token: "shpat_" + String(repeating: "0", count: 28) + "dead")
        defer { session.close() }
        let run = session.run("shop \"acme\" test")
        #expect(run.status != .success)
        #expect(run.messages.contains { $0.contains("Shopify refused the access token (401)") })
        #expect(run.standardOutput.contains("shpat_…dead"))
        #expect(!(run.standardOutput + run.messages.joined()).contains("0000000000dead"))
    }

    @Test("shopify query prints Shopify's JSON reply with its cost")
    func query() throws {
        let session = try CommandSession()
        defer { session.close() }
        let run = session.run("shopify query \"{ shop { name } }\"")
        #expect(run.status == .success)
        let reply = try JSON.parse(run.standardOutput)
        #expect(reply["data"]?["shop"]?["name"]?.stringValue == "Fake")
        #expect(reply["extensions"]?["cost"]?["throttleStatus"]?["maximumAvailable"]?.intValue == 2000)
    }

    @Test("with format json the reply is the command's value, readable field by field")
    func queryValue() throws {
        let session = try CommandSession()
        defer { session.close() }
        let run = session.run("""
            set format = json
            let r = shopify query "query ShopIdentity { shop { name currencyCode } }"
            print r.data.shop.currencyCode
            """)
        #expect(run.status == .success)
        #expect(run.standardOutput.contains("USD"))
    }

    @Test("a mutation is refused unless the statement says allow mutations")
    func mutationGate() throws {
        let session = try CommandSession()
        defer { session.close() }
        let mutation = #"mutation OrderClose { orderClose(input: {id: \"gid://shopify/Order/1\"}) "#
            + "{ userErrors { message } } }"
        let refused = session.run("shopify query \"\(mutation)\"")
        #expect(refused.messages == ["'OrderClose' is a mutation; add 'allow mutations' to send it"])
        #expect(session.fake.operations.isEmpty)
        let allowed = session.run("shopify query \"\(mutation)\" allow mutations")
        #expect(allowed.status == .success)
        #expect(session.fake.operations == ["OrderClose"])
    }

    @Test("variables are a record sent as JSON; a query in a file is read from it")
    func variablesAndFile() throws {
        let session = try CommandSession()
        defer { session.close() }
        session.fake.state.withLock { $0.orderCount = 7 }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("q-\(UUID().uuidString).graphql")
        defer { try? FileManager.default.removeItem(at: file) }
        try ShopifyDocuments.orderImportPage.text.write(to: file, atomically: true, encoding: .utf8)
        let run = session.run("shopify query file \"\(file.path)\" variables {first: 3, query: \"status:open\"}")
        #expect(run.status == .success, "\(run.messages)")
        let reply = try JSON.parse(run.standardOutput)
        #expect(reply["data"]?["orders"]?["nodes"]?.arrayValue?.count == 3)
        #expect(session.run("shopify query \"{ shop { name } \"").messages.first?.hasPrefix(
            "the GraphQL text does not parse") == true)
    }

    @Test("shopify log lists the requests the logging mode keeps; an entry's bodies carry no token")
    func requestLog() throws {
        let session = try CommandSession()
        defer { session.close() }
        session.fake.inject(.serverError(503))
        var runs = [session.run("set logging_mode = \"all\""),
                    session.run("shopify query \"query ShopIdentity { shop { name } }\"")]
        runs.append(session.run("set format = json\nshopify log where is_error"))
        let errors = try JSON.parse(runs[2].standardOutput).arrayValue ?? []
        #expect(errors.count == 1)
        #expect(errors.first?["http_status"]?.intValue == 503)
        runs.append(session.run("set format = json\nshopify log"))
        let all = try JSON.parse(runs[3].standardOutput).arrayValue ?? []
        #expect(all.map { $0["operation"]?.stringValue } == ["ShopIdentity", "ShopIdentity"])
        #expect(all.first?["retries"]?.intValue == 1)
        let id = all.first?["id"]?.intValue ?? 0
        runs.append(session.run("set format = json\nshopify log entry \(id)"))
        let entry = try JSON.parse(runs[4].standardOutput)
        #expect(entry["response_body"]?.stringValue?.contains("Fake") == true)
        let bytes = try session.everything(runs)
        #expect(bytes.range(of: Data(testToken.utf8)) == nil)
    }

    @Test("logging mode errors keeps only failed requests; off keeps none")
    func loggingModes() throws {
        let session = try CommandSession()
        defer { session.close() }
        session.fake.inject(.serverError(500))
        session.run("shopify query \"query ShopIdentity { shop { name } }\"")
        #expect(session.run("print count(api_requests)").standardOutput == "1\n")
        session.run("set logging_mode = \"off\"")
        session.fake.inject(.serverError(500))
        session.run("shopify query \"query ShopIdentity { shop { name } }\"")
        #expect(session.run("print count(api_requests)").standardOutput == "1\n")
    }

    @Test("prune deletes the current shop's entries older than the age given, and only those")
    func prune() throws {
        let session = try CommandSession()
        defer { session.close() }
        session.run("set logging_mode = \"all\"")
        session.run("shopify query \"query ShopIdentity { shop { name } }\"")
        session.harness.clock.advance(by: .seconds(3 * 86_400))
        session.run("shopify query \"query ShopIdentity { shop { name } }\"")
        let run = session.run("shopify log prune older than 2d")
        #expect(run.standardOutput + run.standardError == "1 request log entry deleted\n")
        #expect(session.run("print count(api_requests)").standardOutput == "1\n")
        #expect(session.run("shopify log prune older than 0s").messages
            == ["the age to keep is a positive duration, e.g. 30d"])
    }

    @Test("a token file others can read is refused, naming the file and the fix")
    func openTokenFile() throws {
        let session = try CommandSession()
        defer { session.close() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tok-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = FileManager.default.createFile(atPath: path, contents: Data(testToken.utf8),
                                           attributes: [.posixPermissions: 0o644])
        session.run("shop \"filed\" url \"https://filed.myshopify.com\" token file \"\(path)\"")
        let run = session.run("shopify query \"{ shop { name } }\"")
        #expect(run.messages == ["shop 'filed': token file '\(path)' has mode 0644; "
            + "it must be 0600 (chmod 600 '\(path)')"])
    }
}
