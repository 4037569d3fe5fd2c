import GraphQL
import Sandbox
import ShopSyncCore
import Testing

/// Faults on demand, in-process (shopify-api.md §10 row 12, §8.2).
@Suite("endpoint: faults")
struct EndpointFaultTests {
    static let create =
        "mutation { productCreate(title: \"Mug\") { product { id } userErrors { message } } }"

    @Test("throttled: a THROTTLED body although the bucket is full; the mutation is not applied")
    func throttled() throws {
        let fixture = EndpointFixture()
        fixture.faults.script([.throttled])
        let json = fixture.json(try fixture.post(Self.create))
        #expect(json["errors"]?.arrayValue?.first?["extensions"]?["code"] == .string("THROTTLED"))
        #expect(json["extensions"]?["cost"]?["actualQueryCost"] == .null)
        #expect(fixture.engine.productCount == 3)
        #expect(fixture.available == 2000)
    }

    @Test("http429: status 429 with Retry-After, nothing applied")
    func tooManyRequests() throws {
        let fixture = EndpointFixture()
        fixture.faults.script([.http429(retryAfter: 2)])
        let reply = try fixture.post(Self.create)
        #expect(reply.status == 429)
        #expect(reply.headers["Retry-After"] == "2.0")
        #expect(fixture.json(reply)["errors"]?.stringValue != nil)
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("http 5xx: the status with Shopify's error text, nothing applied",
          arguments: FaultKind.serverErrorStatuses)
    func serverErrors(status: Int) throws {
        let fixture = EndpointFixture()
        fixture.faults.script([.http(status)])
        let reply = try fixture.post(Self.create)
        #expect(reply.status == status)
        #expect(reply.bodyText == #"{"errors":"An unexpected error occurred"}"#)
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("drop_before: the connection is lost and the mutation was not applied")
    func dropBeforeApply() {
        let fixture = EndpointFixture()
        fixture.faults.script([.dropBeforeApply])
        #expect(throws: InProcessTransportError.self) { try fixture.post(Self.create) }
        #expect(fixture.engine.productCount == 3)
        #expect(fixture.available == 2000)
    }

    @Test("drop_after: the connection is lost but the mutation was applied and charged")
    func dropAfterApply() {
        let fixture = EndpointFixture()
        fixture.faults.script([.dropAfterApply])
        #expect(throws: InProcessTransportError.self) { try fixture.post(Self.create) }
        #expect(fixture.engine.productCount == 4)
        #expect(fixture.available == 1990)
    }

    @Test("slow: the reply comes after the delay, measured on the endpoint's clock")
    func slow() throws {
        let fixture = EndpointFixture()
        fixture.faults.script([.slow(seconds: 7.5)])
        let reply = try fixture.post("{ shop { name } }")
        #expect(reply.status == 200)
        #expect(fixture.clock.now() == testStart.adding(TimeSpan(milliseconds: 7_500)))
    }

    @Test("malformed: status 200 with a body that is not JSON, after the request ran")
    func malformedBody() throws {
        let fixture = EndpointFixture()
        fixture.faults.script([.malformedBody])
        let reply = try fixture.post(Self.create)
        #expect(reply.status == 200)
        #expect((try? JSON.parse(bytes: reply.body)) == nil)
        #expect(fixture.engine.productCount == 4)
    }

    @Test("a script is used in order, one fault per request, then requests are served normally")
    func scriptOrder() throws {
        let fixture = EndpointFixture()
        fixture.faults.script([.http(503), .none, .http429(retryAfter: 1)])
        let statuses = try (1...4).map { _ in try fixture.post("{ shop { name } }").status }
        #expect(statuses == [503, 200, 429, 200])
        #expect(fixture.faults.pendingScript.isEmpty)
    }

    @Test("rates draw the same faults for the same seed, in about the configured share")
    func ratesAreSeeded() throws {
        func draws(seed: UInt64) throws -> [FaultKind] {
            let plan = FaultPlan(seed: seed)
            try plan.setRate(0.25, for: .http(503))
            try plan.setRate(0.25, for: .throttled)
            return (0..<400).map { _ in plan.next() }
        }
        let first = try draws(seed: 7)
        #expect(first == (try draws(seed: 7)))
        #expect(first != (try draws(seed: 8)))
        let failures = first.filter { $0 == .http(503) }.count
        #expect((60...140).contains(failures))
    }

    @Test("rates are refused outside 0...1 or when they add up to more than 1")
    func rateLimits() throws {
        let plan = FaultPlan()
        #expect(throws: FaultConfigurationError.rateOutOfRange(1.5)) {
            try plan.setRate(1.5, for: .throttled)
        }
        try plan.setRate(0.75, for: .throttled)
        #expect(throws: FaultConfigurationError.ratesAboveOne(total: 1.25)) {
            try plan.setRate(0.5, for: .http(500))
        }
        try plan.setRate(0.5, for: .throttled)
        #expect(plan.rates.map(\.rate) == [0.5])
    }

    @Test("the configuration text sets rates, a script and a seed, and reads back")
    func configurationText() throws {
        let plan = FaultPlan()
        try plan.configure("http503 rate 0.1; slow:2 rate 0.05; next throttled http429:1 drop_after")
        #expect(plan.pendingScript == [.throttled, .http429(retryAfter: 1), .dropAfterApply])
        #expect(plan.summary
                == "http503 rate 0.1; slow:2 rate 0.05; next throttled http429:1 drop_after")
        try plan.configure("off")
        #expect(plan.summary == "off")
    }

    @Test("a wrong clause changes nothing and says what is wrong",
          arguments: [("next thrown", FaultConfigurationError.unknownFault("thrown")),
                      ("http500 rate lots", .invalidRate("lots")),
                      ("http500 often", .unreadableClause("http500 often")),
                      ("http500 rate 0.7; http502 rate 0.7", .ratesAboveOne(total: 1.4))])
    func configurationErrors(text: String, expected: FaultConfigurationError) throws {
        let plan = FaultPlan()
        try plan.configure("next none")
        #expect(throws: expected) { try plan.configure(text) }
        #expect(plan.summary == "next none")
    }
}

@Test("internal_error: 200 with INTERNAL_SERVER_ERROR naming the response's request id")
func internalError() throws {
    let fixture = EndpointFixture()
    fixture.faults.script([.internalError])
    let reply = try fixture.post(EndpointFaultTests.create)
    let error = fixture.json(reply)["errors"]?.arrayValue?.first
    #expect(reply.status == 200)
    #expect(error?["extensions"]?["code"] == .string("INTERNAL_SERVER_ERROR"))
    #expect(error?["extensions"]?["requestId"]?.stringValue == reply.headers["X-Request-Id"])
    #expect(fixture.engine.executionCount == 0)
}

@Test("a frozen, fraud or locked shop refuses every request with its status",
      arguments: [(ShopState.frozen, 402, "Unavailable Shop"),
                  (.fraud, 403, "User does not have access"),
                  (.locked, 423, "This shop is unavailable")])
func shopStates(state: ShopState, status: Int, text: String) throws {
    let fixture = EndpointFixture()
    try fixture.faults.configure("shop \(state.rawValue)")
    let reply = try fixture.post(EndpointFaultTests.create)
    #expect(reply.status == status)
    #expect(fixture.json(reply) == .object(["errors": .string(text)]))
    #expect(fixture.engine.executionCount == 0)
    try fixture.faults.configure("off")
    #expect(try fixture.post("{ shop { name } }").status == 200)
}
