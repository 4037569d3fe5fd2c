import GraphQL
import Ledger
import LedgerService
import ShopSyncCore
import ShopifyClient
import ShsInterpreter

/// `shop "x" test`: connects to a shop as a sync would and reports what is wrong or missing:
/// the token, the API version Shopify serves, the plan and bucket, the access scopes.
struct ShopTest {
    let shop: Shop
    let context: ExecutionContext
    var report: [(String, Value)] = []
    var problems: [String] = []

    static func command(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shop <name:string> test"), topic: "shops",
                    summary: "connect to a shop and report its API version, plan, bucket and missing scopes",
                    details: "Reads the shop through the client as a sync would. Fails, after "
                        + "showing the report, when the token is refused or missing, when Shopify "
                        + "serves another API version than the one pinned, or when a required "
                        + "access scope is missing. The token shows only as shpat_… and its last "
                        + "four characters.",
                    examples: ["shop \"acme\" test", "shop \"demo\" test"]) { inv, context in
            let name = inv.string("name") ?? ""
            let shop = try context.withLedger { try $0.shop(name) }
            var test = ShopTest(shop: shop, context: context)
            return try test.run()
        }
    }

    mutating func run() throws -> CommandResult {
        report = [("shop", .string(shop.code)), ("backend", .string(shop.backend.rawValue)),
                  ("url", .string(shop.shopifyURL)), ("api_version", .string(shop.apiVersion))]
        let client: ShopifyClient
        do {
            // A person waits for the answer: a store that does not answer is reported soon.
            client = try context.shopifyConnections.client(for: shop, in: context) { $0.maxAttempts = 2 }
        } catch let error as CommandError {
            problems.append(error.message)
            return try finish()
        }
        let token = shop.backend == .sandbox ? "in-process" : client.configuration.token.masked
        report.append(("token", .string(token)))
        if readIdentity(client) {
            readAccess(client)
            reportBucket(client)
        }
        return try finish()
    }

    /// The shop's name, domain and currency, and the version Shopify served; false when the
    /// shop could not be read at all.
    mutating func readIdentity(_ client: ShopifyClient) -> Bool {
        let response: GraphQLResponse
        do {
            response = try client.execute(ShopifyDocuments.shopIdentity)
        } catch {
            problems.append(error.description)
            return false
        }
        let shopJSON = response.data?["shop"]
        for (name, field) in [("name", "name"), ("domain", "myshopifyDomain"), ("currency", "currencyCode")] {
            report.append((name, .string(shopJSON?[field]?.stringValue ?? "")))
        }
        let served = response.servedVersion ?? ""
        report.append(("served_version", .string(served)))
        let pinned = client.configuration.apiVersion
        if !served.isEmpty, served != pinned {
            problems.append("Shopify served API version \(served) for the pinned \(pinned); "
                + "the pinned version is unsupported or unknown to the store")
        }
        return true
    }

    /// The plan and the granted scopes. A store that does not serve these fields (the sandbox)
    /// is reported as such, not as a failure.
    mutating func readAccess(_ client: ShopifyClient) {
        guard let response = try? client.execute(ShopifyDocuments.shopAccess), response.errors.isEmpty,
              let granted = response.data?["currentAppInstallation"]?["accessScopes"]?.arrayValue else {
            report.append(("plan", .string("not served by this store")))
            report.append(("scopes", .string("not served by this store")))
            return
        }
        let plan = response.data?["shop"]?["plan"]
        report.append(("plan", .string(plan?["publicDisplayName"]?.stringValue ?? "")))
        let handles = Set(granted.compactMap { $0["handle"]?.stringValue })
        let missing = ShopifyDocuments.requiredScopes.filter { !handles.contains($0) }
        let missingRecommended = ShopifyDocuments.recommendedScopes.filter { !handles.contains($0) }
        report.append(("scopes", .int(Int64(handles.count))))
        report.append(("missing_scopes", .list(missing.map { .string($0) })))
        report.append(("missing_recommended", .list(missingRecommended.map { .string($0) })))
        if !missing.isEmpty { problems.append("missing access scopes: " + missing.joined(separator: ", ")) }
    }

    mutating func reportBucket(_ client: ShopifyClient) {
        guard let bucket = client.bucket.estimate(at: context.clock.now()) else { return }
        report.append(("bucket", .string("\(Int(bucket.maximumAvailable)) points, "
            + "restores \(Int(bucket.restoreRate))/s")))
        report.append(("available", .int(Int64(bucket.currentlyAvailable))))
    }

    /// Shows the report; throws when something is wrong, so a script stops there.
    func finish() throws -> CommandResult {
        var record = Record(report)
        record["problems"] = .list(problems.map { .string($0) })
        guard problems.isEmpty else {
            context.show(.record(record))
            throw CommandError("shop '\(shop.code)' test failed: " + problems.joined(separator: "; "))
        }
        return .value(.record(record))
    }
}
