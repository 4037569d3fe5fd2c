import GraphQL
import ShopSyncCore
import ShopifyClient
import Testing

@Suite("Client: throttles, retries and duplicate safety (in-process)")
struct ClientRetryTests {
    @Test("HTTP 429 is waited out for exactly Retry-After, then the request succeeds")
    func retryAfter() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.tooManyRequests(retryAfter: "3"))
        let client = makeClient(fake)
        let response = try client.execute(ShopifyDocuments.shopIdentity)
        #expect(response.data?["shop"]?["name"]?.stringValue == "Fake")
        #expect(client.monitor.events.contains(
            .waited(operation: "ShopIdentity", span: .seconds(3), reason: .retryAfter)))
        #expect(response.retries == 1)
    }

    @Test("a read survives a 500 and a 503 with backoff and says how often it was retried")
    func serverErrors() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.serverError(500), .serverError(503), .internalErrorInBody)
        let client = makeClient(fake)
        let response = try client.execute(ShopifyDocuments.shopIdentity)
        #expect(response.retries == 3)
        #expect(client.monitor.statistics.retries == 3)
        #expect(client.monitor.statistics.requests == 4)
        let backoffs = client.monitor.events.filter {
            if case .waited(_, _, .backoff) = $0 { return true } else { return false }
        }
        #expect(backoffs == [.waited(operation: "ShopIdentity", span: .seconds(1), reason: .backoff),
                             .waited(operation: "ShopIdentity", span: .seconds(2), reason: .backoff),
                             .waited(operation: "ShopIdentity", span: .seconds(4), reason: .backoff)])
    }

    @Test("retries are bounded and end in a clear error")
    func exhausted() {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.serverError(503), .serverError(503), .serverError(503))
        let client = makeClient(fake, maxAttempts: 3)
        #expect(throws: ShopifyError.retriesExhausted(operation: "ShopIdentity", attempts: 3, problem: "HTTP 503")) {
            try client.execute(ShopifyDocuments.shopIdentity)
        }
        #expect(fake.operations.count == 3)
    }

    @Test("a fulfilment whose reply was lost after it landed is found by re-reading, not sent twice")
    func lostReplyAfterFulfilment() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.loseReplyAfterApplying)
        let client = makeClient(fake)
        let response = try client.execute(ShopifyDocuments.fulfillmentCreate,
                                          variables: fulfillmentVariables(shipment: "SHP-1001"),
                                          verify: shipmentLanded("SHP-1001"))
        #expect(response.landedWithoutReply)
        #expect(fake.fulfillmentCount == 1)
        #expect(client.monitor.events.contains(.lostReplyChecked(operation: "FulfillmentCreate", landed: true)))
    }

    @Test("a fulfilment lost before it landed is resent once the re-read shows it missing")
    func lostReplyBeforeFulfilment() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.loseReplyBeforeApplying)
        let client = makeClient(fake)
        let response = try client.execute(ShopifyDocuments.fulfillmentCreate,
                                          variables: fulfillmentVariables(shipment: "SHP-1002"),
                                          verify: shipmentLanded("SHP-1002"))
        #expect(!response.landedWithoutReply)
        #expect(fake.fulfillmentCount == 1)
    }

    @Test("without a re-read a lost fulfilment is reported as unknown, never resent")
    func lostReplyWithoutCheck() {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.loseReplyAfterApplying)
        let client = makeClient(fake)
        #expect(throws: ShopifyError.self) {
            try client.execute(ShopifyDocuments.fulfillmentCreate, variables: fulfillmentVariables(shipment: "S-3"))
        }
        #expect(fake.fulfillmentCount == 1)
        #expect(fake.operations == ["FulfillmentCreate"])
    }

    @Test("a fulfilment answered with a 500 after landing is not applied twice")
    func fulfilmentServerError() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.serverError(500))
        let client = makeClient(fake)
        _ = try client.execute(ShopifyDocuments.fulfillmentCreate, variables: fulfillmentVariables(shipment: "S-4"),
                               verify: shipmentLanded("S-4"))
        #expect(fake.fulfillmentCount == 1)
    }

    @Test("an inventory write with an idempotency key is resent after a lost reply and applied once")
    func idempotentInventory() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.loseReplyAfterApplying, .serverError(502))
        let client = makeClient(fake)
        let response = try client.execute(ShopifyDocuments.inventorySetQuantities,
                                          variables: inventoryVariables(key: "erp-movement-42"))
        #expect(response.retries == 2)
        #expect(fake.inventoryWrites == 1)
    }

    @Test("an inventory write without a key is refused before it is sent")
    func inventoryNeedsKey() {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        let client = makeClient(fake)
        #expect(throws: ShopifyError.missingIdempotencyKey(operation: "InventorySetQuantities")) {
            try client.execute(ShopifyDocuments.inventorySetQuantities, variables: inventoryVariables(key: ""))
        }
        #expect(fake.operations.isEmpty)
    }

    @Test("a wrong token is a 401 error that names the shop, never the token")
    func unauthorized() {
        let fake = FakeShopify(clock: startOfTest(), token: "shpat_other0000000000000000000")
        let client = makeClient(fake)
        do {
            _ = try client.execute(ShopifyDocuments.shopIdentity)
            Issue.record("expected a 401")
        } catch {
            #expect(error == .unauthorized(shop: "acme"))
            #expect(!error.description.contains(testToken))
            #expect(error.stopsShop)
        }
    }

    @Test("a served API version other than the pinned one is warned about once")
    func versionMismatch() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.inject(.servedVersion("2026-10"), .servedVersion("2026-10"))
        let client = makeClient(fake)
        _ = try client.execute(ShopifyDocuments.shopIdentity)
        _ = try client.execute(ShopifyDocuments.shopIdentity)
        let warnings = client.monitor.events.filter { $0 == .versionMismatch(requested: "2026-07", served: "2026-10") }
        #expect(warnings.count == 1)
    }
}
