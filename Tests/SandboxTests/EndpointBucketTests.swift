import GraphQL
import Sandbox
import ShopSyncCore
import Testing

/// The leaky bucket, driven by a manual clock (shopify-api.md §2.1-2.3).
@Suite("endpoint: throttle bucket")
struct EndpointBucketTests {
    @Test("plan presets: bucket 20 times the restore rate",
          arguments: [(ThrottlePlan.standard, 2000, 100), (.advanced, 4000, 200),
                      (.plus, 20000, 1000), (.enterprise, 40000, 2000)])
    func presets(plan: ThrottlePlan, maximum: Int, rate: Int) {
        let bucket = ThrottleBucket(plan: plan, clock: ManualClock(testStart))
        #expect(bucket.status(for: "a") == ThrottleStatus(maximumAvailable: maximum,
                                                          currentlyAvailable: maximum,
                                                          restoreRate: rate))
    }

    @Test("taking, refunding and refilling: the level follows the clock and stops when full")
    func arithmetic() {
        let clock = ManualClock(testStart)
        let bucket = ThrottleBucket(plan: .standard, clock: clock)
        #expect(bucket.take(1500, for: "a") == .granted(status(500)))
        #expect(bucket.refund(300, for: "a") == status(800))
        clock.advance(by: TimeSpan(milliseconds: 2_500))
        #expect(bucket.status(for: "a") == status(1050))
        clock.advance(by: TimeSpan(milliseconds: 5))
        #expect(bucket.status(for: "a").currentlyAvailable == 1050, "half a point rounds down")
        clock.advance(by: .seconds(60))
        #expect(bucket.status(for: "a") == status(2000))
    }

    @Test("a request is throttled when its cost exceeds what is available, and takes nothing")
    func throttlesAboveAvailable() {
        let clock = ManualClock(testStart)
        let bucket = ThrottleBucket(plan: .standard, clock: clock)
        #expect(bucket.take(1334, for: "a") == .granted(status(666)))
        #expect(bucket.take(752, for: "a") == .throttled(status(666)))
        #expect(bucket.take(666, for: "a") == .granted(status(0)))
        clock.advance(by: .seconds(1))
        #expect(bucket.take(100, for: "a") == .granted(status(0)))
    }

    @Test("each access token has its own bucket")
    func bucketsPerToken() {
        let bucket = ThrottleBucket(plan: .standard, clock: ManualClock(testStart))
        _ = bucket.take(2000, for: "a")
        #expect(bucket.status(for: "a").currentlyAvailable == 0)
        #expect(bucket.status(for: "b").currentlyAvailable == 2000)
    }

    @Test("a refund never fills the bucket past its size, and a surcharge never below empty")
    func refundBounds() {
        let bucket = ThrottleBucket(plan: .standard, clock: ManualClock(testStart))
        _ = bucket.take(10, for: "a")
        #expect(bucket.refund(50, for: "a").currentlyAvailable == 2000)
        _ = bucket.take(1990, for: "a")
        #expect(bucket.refund(-40, for: "a").currentlyAvailable == 0)
    }

    @Test("an executed query takes its requested cost and gets back the difference to actual")
    func endpointCharges() throws {
        let fixture = EndpointFixture(productCount: 1)
        let reply = try fixture.post("{ products(first: 10) { nodes { id title } } }")
        let cost = fixture.json(reply)["extensions"]?["cost"]
        #expect(cost?["requestedQueryCost"] == .int(6))
        #expect(cost?["actualQueryCost"] == .int(3))
        #expect(cost?["throttleStatus"]?["currentlyAvailable"] == .int(1997))
        #expect(fixture.available == 1997)
        fixture.clock.advance(by: .seconds(1))
        let next = fixture.json(try fixture.post("{ shop { name } }"))
        #expect(next["extensions"]?["cost"]?["throttleStatus"]?["currentlyAvailable"] == .int(1999))
    }

    @Test("a mutation costs 10 and its payload's direct children are free")
    func mutationCost() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post(
            "mutation { productCreate(title: \"Mug\") { product { id } userErrors { message } } }")
        let cost = fixture.json(reply)["extensions"]?["cost"]
        #expect(cost?["requestedQueryCost"] == .int(10))
        #expect(cost?["throttleStatus"]?["currentlyAvailable"] == .int(1990))
    }

    private func status(_ available: Int) -> ThrottleStatus {
        ThrottleStatus(maximumAvailable: 2000, currentlyAvailable: available, restoreRate: 100)
    }
}
