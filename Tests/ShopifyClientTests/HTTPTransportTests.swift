import Foundation
import GraphQL
import ShopSyncCore
import ShopifyClient
import Testing

/// The same faults as in-process, through URLSession and a socket: what a real store's client
/// meets.
@Suite("Client over HTTP (URLSession on loopback)", .serialized)
struct HTTPTransportTests {
    func client(_ fake: FakeShopify, _ baseURL: String) -> ShopifyClient {
        makeClient(fake, transport: URLSessionTransport(baseURL: baseURL))
    }

    @Test("a 503 and a lost connection are retried; the reply carries Shopify's request id")
    func retriesOverHTTP() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        let (server, baseURL) = try fake.serve()
        defer { _ = server.stop() }
        fake.inject(.serverError(503), .loseReplyBeforeApplying)
        let response = try client(fake, baseURL).execute(ShopifyDocuments.shopIdentity)
        #expect(response.data?["shop"]?["name"]?.stringValue == "Fake")
        #expect(response.retries == 2)
        #expect(response.requestID.hasPrefix("req-"))
        #expect(response.servedVersion == "2026-07")
    }

    @Test("HTTP 429 over a socket waits exactly Retry-After")
    func retryAfterOverHTTP() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        let (server, baseURL) = try fake.serve()
        defer { _ = server.stop() }
        fake.inject(.tooManyRequests(retryAfter: "1.5"))
        let client = client(fake, baseURL)
        _ = try client.execute(ShopifyDocuments.shopIdentity)
        #expect(client.monitor.events.contains(
            .waited(operation: "ShopIdentity", span: TimeSpan(milliseconds: 1500), reason: .retryAfter)))
    }

    @Test("a fulfilment whose reply is cut off after it landed is found by re-reading, not sent twice")
    func lostReplyOverHTTP() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        let (server, baseURL) = try fake.serve()
        defer { _ = server.stop() }
        fake.inject(.loseReplyAfterApplying)
        let response = try client(fake, baseURL).execute(
            ShopifyDocuments.fulfillmentCreate, variables: fulfillmentVariables(shipment: "SHP-7"),
            verify: shipmentLanded("SHP-7"))
        #expect(response.landedWithoutReply)
        #expect(fake.fulfillmentCount == 1)
    }

    @Test("a store that cannot be reached is a clear error after the bounded retries")
    func unreachable() {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        // Port 9 (discard) is closed on the build machines: the connection is refused at once.
        let client = makeClient(fake, transport: URLSessionTransport(baseURL: "http://127.0.0.1:9"),
                                maxAttempts: 2)
        #expect(throws: ShopifyError.self) { try client.execute(ShopifyDocuments.shopIdentity) }
        do {
            _ = try client.execute(ShopifyDocuments.shopIdentity)
        } catch {
            #expect(error.description.hasPrefix("'ShopIdentity' failed after 2 attempts: cannot connect"))
        }
    }
}
