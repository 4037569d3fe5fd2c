import GraphQL
import ShopSyncCore
import ShopifyClient
import Synchronization

/// A small Shopify for tests: a leaky bucket on a manual clock, orders to page through,
/// fulfilments and inventory writes it counts, and faults to inject, one per request, in order.
/// Both the in-process transport and the HTTP server in these tests answer through it.
final class FakeShopify: Sendable {
    enum Fault: Sendable, Equatable {
        case throttled
        case tooManyRequests(retryAfter: String)
        case serverError(Int)
        case internalErrorInBody
        /// The write is applied, then the reply is lost.
        case loseReplyAfterApplying
        /// The reply is lost before anything is applied.
        case loseReplyBeforeApplying
        case servedVersion(String)
    }

    struct State {
        var available: Double
        var refilledAt: Timestamp
        var faults: [Fault] = []
        var orderCount = 0
        var fulfillments: [(order: String, tracking: String)] = []
        var inventoryWrites = 0
        var idempotencyKeys: Set<String> = []
        var requests: [(operation: String, token: String)] = []
        var bulkLines: [String] = []
        /// Where a finished bulk operation's result is: the in-process transport's name for it,
        /// or the HTTP server's URL.
        var bulkURL = "fake://bulk/1"
        var bulkPolls = 0
    }

    let clock: ManualClock
    let maximum: Double
    let restoreRate: Double
    let validToken: String
    let state: Mutex<State>

    init(clock: ManualClock, maximum: Double = 2000, restoreRate: Double = 100, token: String) {
        self.clock = clock
        self.maximum = maximum
        self.restoreRate = restoreRate
        self.validToken = token
        state = Mutex(State(available: maximum, refilledAt: clock.now()))
    }

    func inject(_ faults: Fault...) { state.withLock { $0.faults += faults } }
    var fulfillmentCount: Int { state.withLock { $0.fulfillments.count } }
    var inventoryWrites: Int { state.withLock { $0.inventoryWrites } }
    var operations: [String] { state.withLock { $0.requests.map(\.operation) } }
    var tokensSeen: [String] { state.withLock { $0.requests.map(\.token) } }

    /// Takes `points` from the bucket as another app of the same shop would.
    func drain(_ points: Double) {
        state.withLock { state in
            refill(&state)
            state.available = max(0, state.available - points)
        }
    }

    func refill(_ state: inout State) {
        let now = clock.now()
        let seconds = Double(now.milliseconds - state.refilledAt.milliseconds) / 1000
        state.available = min(maximum, state.available + seconds * restoreRate)
        state.refilledAt = now
    }

    /// Answers one request: nil means the connection is lost without a reply.
    func handle(_ request: TransportRequest) -> TransportResponse? {
        let token = request.headers.first { $0.name == "X-Shopify-Access-Token" }?.value ?? ""
        guard let body = try? JSON.parse(bytes: request.body), body["query"]?.stringValue != nil else {
            return reply(400, .object(["errors": .object(["query": .string("Required parameter missing")])]))
        }
        // An anonymous operation (typed at the shell) is answered as the shop's identity.
        let operation = body["operationName"]?.stringValue ?? "ShopIdentity"
        let variables = body["variables"]?.objectValue ?? JSONObject()
        let fault = state.withLock { state -> Fault? in
            state.requests.append((operation, token))
            return state.faults.isEmpty ? nil : state.faults.removeFirst()
        }
        guard token == validToken else {
            return reply(401, .object(["errors": .string("[API] Invalid API key or access token")]))
        }
        return answer(operation, variables, fault: fault)
    }

    func answer(_ operation: String, _ variables: JSONObject, fault: Fault?) -> TransportResponse? {
        switch fault {
        case .tooManyRequests(let after)?:
            return reply(429, .object(["errors": .string("Exceeded rate limit")]), extra: ["Retry-After": after])
        case .serverError(let status)?:
            return reply(status, .object(["errors": .string("An unexpected error occurred")]))
        case .loseReplyBeforeApplying?:
            return nil
        default: break
        }
        let cost = Double(ShopifyDocuments.all.first { $0.name == operation }?.expectedCost ?? 1)
        guard let available = charge(cost), fault != .throttled else {
            return throttled(cost)
        }
        if fault == .internalErrorInBody {
            return reply(200, .object(["errors": .array([error("Internal error", "INTERNAL_SERVER_ERROR")])]))
        }
        let data = execute(operation, variables)
        if fault == .loseReplyAfterApplying { return nil }
        var response = reply(200, .object(["data": data, "extensions": extensions(cost, cost, available)]))
        if case .servedVersion(let version)? = fault { response.headers["x-shopify-api-version"] = version }
        return response
    }

    /// Takes `cost` when the bucket holds it; returns what is left, or nil when throttled.
    func charge(_ cost: Double) -> Double? {
        state.withLock { state in
            refill(&state)
            guard cost <= state.available else { return nil }
            state.available -= cost
            return state.available
        }
    }

    func throttled(_ cost: Double) -> TransportResponse {
        let available = state.withLock { $0.available }
        return reply(200, .object([
            "errors": .array([error("Throttled", "THROTTLED")]),
            "extensions": extensions(cost, nil, available),
        ]))
    }

    func extensions(_ requested: Double, _ actual: Double?, _ available: Double) -> JSON {
        .object(["cost": .object([
            "requestedQueryCost": .double(requested),
            "actualQueryCost": actual.map { .double($0) } ?? .null,
            "throttleStatus": .object(["maximumAvailable": .double(maximum),
                                       "currentlyAvailable": .double(available),
                                       "restoreRate": .double(restoreRate)]),
        ])])
    }

    func error(_ message: String, _ code: String) -> JSON {
        .object(["message": .string(message), "extensions": .object(["code": .string(code)])])
    }

    func reply(_ status: Int, _ body: JSON, extra: [String: String] = [:]) -> TransportResponse {
        var headers = ["Content-Type": "application/json", "X-Request-Id": "req-\(Int.random(in: 1...99999))",
                       "X-Shopify-API-Version": "2026-07"]
        headers.merge(extra) { _, new in new }
        return TransportResponse(status: status, headers: headers, body: Array(body.serialized().utf8))
    }
}
