import GraphQL
import ShopSyncCore
import ShopifyClient
import Testing

@Suite("Client: rate limits and paging (in-process)")
struct RateLimitTests {
    @Test("3,000 orders are paged 250 at a time, paced by the bucket model without a throttle")
    func pagingLargeResult() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.state.withLock { $0.orderCount = 3000 }
        let client = makeClient(fake)
        var names: [String] = []
        try client.forEachPage(ShopifyDocuments.orderImportPage, path: ["orders"], as: Order.self) { page in
            #expect(page.problems.isEmpty)
            names += page.records.map(\.name)
            return true
        }
        #expect(names.count == 3000)
        #expect(Set(names).count == 3000)
        #expect(fake.operations.count == 12)
        let statistics = client.monitor.statistics
        #expect(statistics.throttledResponses == 0)
        #expect(statistics.waitedForThrottle > .zero)
    }

    @Test("a bucket drained by another client costs one THROTTLED answer and a wait, then succeeds")
    func drainedByAnotherClient() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        let client = makeClient(fake)
        _ = try client.execute(ShopifyDocuments.shopIdentity)
        fake.drain(1995)
        let response = try client.execute(ShopifyDocuments.orderImportPage)
        #expect(response.data != nil)
        let statistics = client.monitor.statistics
        #expect(statistics.throttledResponses == 1)
        #expect(statistics.longestThrottledRun == 1)
        let throttleWaits = client.monitor.events.compactMap { event -> TimeSpan? in
            if case .waited(_, let span, .throttled) = event { return span } else { return nil }
        }
        // 486 wanted, about 5 left at 100 points a second: about 4.8 seconds.
        #expect(throttleWaits.count == 1)
        #expect(throttleWaits[0] >= .seconds(4) && throttleWaits[0] <= .seconds(5))
    }

    @Test("the bucket model waits just long enough for a request's expected cost")
    func bucketWait() {
        let bucket = ThrottleBucket()
        let start = Timestamp(seconds: 100)
        #expect(bucket.reserve(cost: 500, at: start) == .zero)
        bucket.observe(ThrottleStatus(maximumAvailable: 2000, currentlyAvailable: 100, restoreRate: 100), at: start)
        #expect(bucket.reserve(cost: 350, at: start) == TimeSpan(milliseconds: 2500))
        #expect(bucket.reserve(cost: 350, at: start.adding(.seconds(3))) == .zero)
        // The reservation took the points: a second request must wait for its own.
        #expect(bucket.reserve(cost: 100, at: start.adding(.seconds(3))) > .zero)
    }

    @Test("clients of two shops never share a bucket; clients of one shop do")
    func bucketsPerShop() {
        let buckets = ThrottleBuckets()
        #expect(buckets.bucket(for: "acme") === buckets.bucket(for: "acme"))
        #expect(buckets.bucket(for: "acme") !== buckets.bucket(for: "demo"))
    }

    @Test("a 'query cost exceeds 1000' page is asked for again at half the page size")
    func halvesPageOnMaxCost() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.state.withLock { $0.orderCount = 10 }
        let tooExpensive = ClosureTransport { request in
            let body = try? JSON.parse(bytes: request.body)
            if body?["variables"]?["first"]?.intValue == 250 {
                let error = JSON.object(["message": .string("Query cost is 2003"),
                                         "extensions": .object(["code": .string("MAX_COST_EXCEEDED")])])
                let reply = JSON.object(["errors": .array([error])])
                return .success(TransportResponse(status: 200, headers: [:], body: Array(reply.serialized().utf8)))
            }
            return fake.handle(request).map { .success($0) } ?? .failure(.connectionLost("x"))
        }
        let client = makeClient(fake, transport: tooExpensive)
        var count = 0
        try client.forEachPage(ShopifyDocuments.orderImportPage, path: ["orders"], pageSize: 250,
                               as: Order.self) { page in
            count += page.records.count
            return true
        }
        #expect(count == 10)
    }
}
