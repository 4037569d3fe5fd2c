import Foundation
import GraphQL
import Sandbox
import ShopSyncCore
import ShopifyClient
import ShopifyService
import Testing

/// The sandbox's endpoint over the fake engine, on one manual clock with the client.
struct EndpointRig {
    let fake: FakeShopify
    let endpoint: SandboxEndpoint
    let client: ShopifyClient

    init(schema: Schema, transport: ((SandboxEndpoint) throws -> any ShopifyTransport)? = nil) rethrows {
        fake = FakeShopify(clock: startOfTest(), token: testToken)
        endpoint = SandboxEndpoint(engine: FakeEngine(fake: fake, schema: schema), accessToken: testToken,
                                   clock: fake.clock)
        let carrier = try transport?(endpoint) ?? SandboxTransport(endpoint: endpoint)
        client = makeClient(fake, transport: carrier)
    }

    var statistics: ClientStatistics { client.monitor.statistics }
}

@Suite("Client against the sandbox endpoint's bucket and faults",
       .enabled(if: SharedMaterial.isAvailable, SharedMaterial.absentReason))
struct EndpointTests {
    let schema: Schema

    init() throws {
        schema = try #require(SharedMaterial.schema)
    }

    @Test("3,000 orders paged through the standard bucket: paced, never THROTTLED")
    func pagingPaced() throws {
        let rig = EndpointRig(schema: schema)
        rig.fake.state.withLock { $0.orderCount = 3000 }
        var count = 0
        try rig.client.forEachPage(ShopifyDocuments.orderImportPage, path: ["orders"], as: Order.self) { page in
            count += page.records.count
            return true
        }
        #expect(count == 3000)
        #expect(rig.statistics.requests == 12)
        #expect(rig.statistics.throttledResponses == 0)
        #expect(rig.statistics.pointsSpent > 0)
    }

    @Test("a bucket drained by another app: one THROTTLED answer, a wait long enough, then the page")
    func drainedBucket() throws {
        let rig = EndpointRig(schema: schema)
        _ = try rig.client.execute(ShopifyDocuments.shopIdentity)
        _ = rig.endpoint.bucket.take(1900, for: testToken)
        _ = try rig.client.execute(ShopifyDocuments.orderImportPage)
        #expect(rig.statistics.throttledResponses <= 1)
        #expect(rig.statistics.longestThrottledRun <= 1)
        #expect(rig.statistics.waitedForThrottle >= .seconds(2))
    }

    @Test("every fault on a read ends in the data after retries",
          arguments: ["throttled", "http429:1", "http500", "http502", "http503", "drop_before",
                      "drop_after", "slow:2", "malformed", "internal_error"])
    func faultOnRead(word: String) throws {
        let rig = EndpointRig(schema: schema)
        let fault = try #require(FaultKind(word: word))
        rig.endpoint.faults.script([fault, fault])
        let response = try rig.client.execute(ShopifyDocuments.shopIdentity)
        #expect(response.data?["shop"]?["name"]?.stringValue == "Fake")
        #expect(response.retries == (fault == .slow(seconds: 2) ? 0 : 2))
    }

    @Test("a fulfilment under each fault is applied exactly once",
          arguments: ["throttled", "http429:1", "http503", "drop_before", "drop_after", "malformed",
                      "internal_error"])
    func faultOnFulfilment(word: String) throws {
        let rig = EndpointRig(schema: schema)
        rig.endpoint.faults.script([try #require(FaultKind(word: word))])
        _ = try rig.client.execute(ShopifyDocuments.fulfillmentCreate,
                                   variables: fulfillmentVariables(shipment: "SHP-9"),
                                   verify: shipmentLanded("SHP-9"))
        #expect(rig.fake.fulfillmentCount == 1)
    }

    @Test("an inventory write whose reply is lost after it landed is resent with its key and applied once")
    func idempotentInventory() throws {
        let rig = EndpointRig(schema: schema)
        rig.endpoint.faults.script([.dropAfterApply, .http(503)])
        _ = try rig.client.execute(ShopifyDocuments.inventorySetQuantities,
                                   variables: inventoryVariables(key: "ERP-MOVE-1"))
        #expect(rig.fake.inventoryWrites == 1)
    }

    @Test("a frozen shop stops at once with a clear error, without retries")
    func frozenShop() {
        let rig = EndpointRig(schema: schema)
        rig.endpoint.faults.shopState = .frozen
        #expect(throws: ShopifyError.shopUnavailable(shop: "acme", status: 402, message: "Unavailable Shop")) {
            try rig.client.execute(ShopifyDocuments.shopIdentity)
        }
        #expect(rig.statistics.requests == 1)
    }

    @Test("over HTTP (SandboxServer on port 0) the same faults are survived and nothing is applied twice")
    func overHTTP() throws {
        var server: SandboxServer?
        let rig = try EndpointRig(schema: schema) { endpoint in
            let started = SandboxServer(endpoint: endpoint)
            let port = try started.start(port: 0)
            server = started
            return URLSessionTransport(baseURL: "http://127.0.0.1:\(port)")
        }
        defer { _ = server?.stop() }
        rig.endpoint.faults.script([.http(503), .dropBeforeApply, .throttled, .http429(retryAfter: 1)])
        #expect(try rig.client.execute(ShopifyDocuments.shopIdentity).retries == 4)
        rig.endpoint.faults.script([.dropAfterApply])
        let response = try rig.client.execute(ShopifyDocuments.fulfillmentCreate,
                                              variables: fulfillmentVariables(shipment: "SHP-H"),
                                              verify: shipmentLanded("SHP-H"))
        #expect(response.landedWithoutReply)
        #expect(rig.fake.fulfillmentCount == 1)
    }
}
