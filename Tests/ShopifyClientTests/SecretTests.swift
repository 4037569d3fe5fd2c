import Foundation
import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient
import ShsLanguage
import Testing

@Suite("Tokens and redaction")
struct SecretTests {
    @Test("a secret prints, interpolates and dumps only as shpat_… and its last four characters")
    func masked() {
        let secret = Secret(testToken)
        #expect(secret.description == "shpat_…c9d2")
        #expect("\(secret)" == "shpat_…c9d2")
        #expect(!String(reflecting: secret).contains(testToken))
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains(testToken))
    }

    @Test("a token is read from the environment variable its reference names")
    func fromEnvironment() throws {
        let resolver = TokenResolver(environment: ["SHOPIFY_TOKEN": testToken + "\n"])
        #expect(try resolver.resolve("env:SHOPIFY_TOKEN") == Secret(testToken))
        #expect(throws: TokenError.variableNotSet("OTHER")) { try resolver.resolve("env:OTHER") }
        #expect(throws: TokenError.malformedReference("vault:x")) { try resolver.resolve("vault:x") }
    }

    @Test("a token file must be mode 0600; a readable-by-others file is refused without showing the token")
    func fromFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = FileManager.default.createFile(atPath: path, contents: Data(testToken.utf8),
                                       attributes: [.posixPermissions: 0o644])
        let resolver = TokenResolver(environment: [:])
        do {
            _ = try resolver.resolve("file:" + path)
            Issue.record("a 0644 token file was accepted")
        } catch {
            #expect(error == .fileTooOpen(path: path, mode: "0644"))
            #expect(!error.description.contains(testToken))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try resolver.resolve("file:" + path) == Secret(testToken))
    }

    @Test("the redactor removes the client's token and anything shaped like a Shopify token")
    func redactor() {
        let redactor = Redactor(secrets: [Secret(testToken)])
        let text = "header X-Shopify-Access-Token: \(testToken), other shpca_0123456789abcdef0123 end"
        let redacted = redactor.redact(text)
        #expect(!redacted.contains(testToken))
        #expect(!redacted.contains("shpca_0123456789abcdef0123"))
        #expect(redacted.contains("shpat_…c9d2") && redacted.contains("shpca_…0123"))
        #expect(redactor.redact("shpat_ is a prefix") == "shpat_ is a prefix")
    }

    @Test("a statement carrying the token in a query or its variables is kept out of the shell's history")
    func history() {
        let lines = ["shopify query \"{ shop(t: \\\"\(testToken)\\\") { name } }\"",
                     "shopify query \"{ shop { name } }\" variables {t: \"\(testToken)\"}"]
        for line in lines { #expect(SecretDetector.carriesSecret(line), "\(line)") }
        #expect(!SecretDetector.carriesSecret("shop \"acme\" url \"https://acme.myshopify.com\" token env \"T\""))
    }

    @Test("the token's text is nowhere: not in log entries, events, errors or the ledger's file")
    func nowhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("client-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.db").path
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.serverError(500), .throttled)
        let sink = LedgerRequestLog(ledger: try Ledger(path: path, clock: fake.clock))
        var configuration = ClientConfiguration(shop: "acme", token: Secret(testToken))
        configuration.loggingMode = .all
        configuration.random = { 0 }
        let client = ShopifyClient(configuration: configuration, transport: fake.transport, clock: fake.clock,
                                   bucket: ThrottleBucket(), requestLog: sink)
        // A careless caller even puts the token into variables: the log must still not hold it.
        _ = try client.execute(ShopifyDocuments.orderImportPage, variables: ["query": .string("tag:\(testToken)")])
        #expect(fake.tokensSeen.allSatisfy { $0 == testToken })
        let entries = try sink.ledger.withLock { try $0.requestLog(shop: "acme") }
        #expect(entries.count == 3)
        #expect(entries.allSatisfy { !$0.requestBody.contains(testToken) && !$0.responseBody.contains(testToken) })
        #expect(client.monitor.events.allSatisfy { !$0.logLine.contains(testToken) })
        // The database, its write-ahead log and shared memory: wherever the rows may sit.
        var bytes = Data()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            bytes.append(try Data(contentsOf: folder.appendingPathComponent(file)))
        }
        #expect(bytes.range(of: Data(testToken.utf8)) == nil)
        #expect(bytes.range(of: Data("shpat_…c9d2".utf8)) != nil)
    }
}
