import GraphQL
import Ledger
import ShopSyncCore

/// One logical request across its resends.
struct Exchange {
    let document: ShopifyDocument
    let body: [UInt8]
    let verify: ShopifyClient.LostReplyCheck?
    /// Failed attempts (network errors, 5xx) so far.
    var failures = 0
    var throttleWaits = 0
    var consecutiveThrottles = 0
    /// Requests sent so far; the number of retries is this minus one.
    var sends = 0
}

/// What to do after one attempt.
enum Step {
    case done(GraphQLResponse)
    case resend
}

extension ShopifyClient {
    func run(_ exchange: inout Exchange) throws(ShopifyError) -> GraphQLResponse {
        while true {
            pace(exchange.document)
            let started = clock.now()
            let request = TransportRequest(path: configuration.graphQLPath, headers: headers(),
                                           body: exchange.body, timeoutSeconds: configuration.timeoutSeconds)
            exchange.sends += 1
            monitor.update { $0.requests += 1 }
            let result = transport.send(request)
            let step: Step
            switch result {
            case .failure(let failure):
                log(exchange, started: started, status: 0, response: nil, failure: failure)
                step = try afterLostReply(&exchange, problem: failure.description,
                                          neverSent: failure.neverSent)
            case .success(let reply):
                step = try afterReply(&exchange, reply, started: started)
            }
            if case .done(var response) = step {
                response.retries = exchange.sends - 1
                return response
            }
            // Whatever the reason, the request goes out again.
            monitor.update { $0.retries += 1 }
        }
    }

    func afterReply(_ exchange: inout Exchange, _ reply: TransportResponse,
                    started: Timestamp) throws(ShopifyError) -> Step {
        let decoded = GraphQLResponse.decode(status: reply.status, headers: reply.headers, body: reply.body)
        guard case .success(let response) = decoded else {
            log(exchange, started: started, status: reply.status, response: reply, failure: nil)
            return try afterLostReply(&exchange, problem: "unreadable reply", neverSent: false)
        }
        log(exchange, started: started, status: reply.status, response: reply, failure: nil, parsed: response)
        checkVersion(response.servedVersion)
        if let throttle = response.cost?.throttle { bucket.observe(throttle, at: clock.now()) }
        if let actual = response.cost?.actual { monitor.update { $0.pointsSpent += actual } }
        switch reply.status {
        case 200: return try afterOK(&exchange, response)
        case 429: return try afterThrottle(&exchange, wait: retryAfter(reply), reason: .retryAfter)
        case 401: throw .unauthorized(shop: configuration.shop)
        case 402, 403, 404, 423:
            throw .shopUnavailable(shop: configuration.shop, status: reply.status,
                                   message: response.errors.first?.message ?? "")
        case 500...599:
            return try afterLostReply(&exchange, problem: "HTTP \(reply.status)", neverSent: false)
        default:
            throw .rejected(operation: exchange.document.name, errors: response.errors)
        }
    }

    func afterOK(_ exchange: inout Exchange, _ response: GraphQLResponse) throws(ShopifyError) -> Step {
        let document = exchange.document
        if response.isThrottled {
            return try afterThrottle(&exchange, wait: throttleWait(response, document), reason: .throttled)
        }
        exchange.consecutiveThrottles = 0
        remember(cost: response.cost?.requested, of: document)
        let codes = Set(response.errors.map(\.code))
        if codes.contains("MAX_COST_EXCEEDED") {
            throw .maxCostExceeded(operation: document.name, message: response.errors[0].message)
        }
        if response.data == nil, codes.contains("INTERNAL_SERVER_ERROR") {
            return try afterLostReply(&exchange, problem: "INTERNAL_SERVER_ERROR", neverSent: false)
        }
        guard response.data != nil || response.errors.isEmpty else {
            throw .rejected(operation: document.name, errors: response.errors)
        }
        return .done(response)
    }

    /// A throttled request did not run, so resending it is safe even for a mutation.
    func afterThrottle(_ exchange: inout Exchange, wait: TimeSpan,
                       reason: ClientEvent.WaitReason) throws(ShopifyError) -> Step {
        exchange.throttleWaits += 1
        exchange.consecutiveThrottles += 1
        let run = exchange.consecutiveThrottles
        monitor.update {
            $0.throttledResponses += 1
            $0.longestThrottledRun = max($0.longestThrottledRun, run)
        }
        guard exchange.throttleWaits <= configuration.maxThrottleWaits else {
            throw .retriesExhausted(operation: exchange.document.name, attempts: exchange.sends,
                                    problem: "still throttled after \(exchange.throttleWaits) waits")
        }
        sleep(wait, operation: exchange.document.name, reason: reason)
        return .resend
    }

    /// §2.5: at least a second, else until the bucket holds the requested cost; plus jitter.
    func throttleWait(_ response: GraphQLResponse, _ document: ShopifyDocument) -> TimeSpan {
        let requested = Double(response.cost?.requested ?? expectedCost(document))
        var seconds = 1.0
        if let throttle = response.cost?.throttle, throttle.restoreRate > 0 {
            seconds = max(1, (requested - throttle.currentlyAvailable) / throttle.restoreRate)
        }
        let jitter = 0.1 * configuration.random()
        return TimeSpan(milliseconds: Int64(((seconds + jitter) * 1000).rounded(.up)))
    }

    /// `Retry-After` in seconds (whole or fractional), else two seconds.
    func retryAfter(_ reply: TransportResponse) -> TimeSpan {
        let seconds = reply.header("Retry-After").flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        return TimeSpan(milliseconds: Int64(((seconds ?? 2) * 1000).rounded(.up)))
    }

    /// No usable reply. A read is resent after a backoff; a write only when resending is safe.
    func afterLostReply(_ exchange: inout Exchange, problem: String,
                        neverSent: Bool) throws(ShopifyError) -> Step {
        let document = exchange.document
        exchange.failures += 1
        if !neverSent, document.safety == .verifyBeforeResend {
            guard let verify = exchange.verify else {
                throw .outcomeUnknown(operation: document.name, problem: problem)
            }
            let landed = try verify(self)
            monitor.record(.lostReplyChecked(operation: document.name, landed: landed))
            if landed { return .done(landedResponse()) }
        }
        guard exchange.failures < configuration.maxAttempts else {
            throw .retriesExhausted(operation: document.name, attempts: exchange.sends, problem: problem)
        }
        monitor.record(.retrying(operation: document.name, attempt: exchange.sends + 1, problem: problem))
        sleep(configuration.backoff(after: exchange.failures - 1), operation: document.name, reason: .backoff)
        return .resend
    }

    func landedResponse() -> GraphQLResponse {
        var response = GraphQLResponse(status: 200, data: nil, errors: [], cost: nil, requestID: "",
                                       servedVersion: nil)
        response.landedWithoutReply = true
        return response
    }
}
