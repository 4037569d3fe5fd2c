import GraphQL
import ShopSyncCore
import Synchronization

/// Sends GraphQL documents to one shop: paces requests by the shop's bucket, waits out
/// throttles, retries what is safe to retry, checks the API version served, and writes the
/// request log. Calls block: run them on a sync's thread, not inside a Task.
public final class ShopifyClient: Sendable {
    /// Re-reads the shop's state after a mutation's reply was lost: true when the write landed.
    public typealias LostReplyCheck = @Sendable (ShopifyClient) throws(ShopifyError) -> Bool

    public let configuration: ClientConfiguration
    public let transport: any ShopifyTransport
    public let clock: any Clock
    public let bucket: ThrottleBucket
    public let monitor: ClientMonitor
    let requestLog: (any RequestLogSink)?
    let redactor: Redactor
    private let versionWarned = Atomic<Bool>(false)
    private let observedCosts = Mutex<[String: Int]>([:])

    public init(configuration: ClientConfiguration, transport: any ShopifyTransport,
                clock: any Clock, bucket: ThrottleBucket? = nil, monitor: ClientMonitor = ClientMonitor(),
                requestLog: (any RequestLogSink)? = nil) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.bucket = bucket ?? ThrottleBuckets.shared.bucket(for: configuration.shop)
        self.monitor = monitor
        self.requestLog = requestLog
        self.redactor = Redactor(secrets: [configuration.token])
    }

    /// Sends `document` and returns Shopify's reply once it is final: data (with field errors,
    /// if any) or a thrown `ShopifyError`. `verify` is required for `.verifyBeforeResend`
    /// mutations to be resent after a lost reply; without it such a loss is `.outcomeUnknown`.
    public func execute(_ document: ShopifyDocument, variables: JSONObject = [:],
                        verify: LostReplyCheck? = nil) throws(ShopifyError) -> GraphQLResponse {
        if case .idempotencyKey(let name) = document.safety,
           variables[name]?.stringValue?.isEmpty ?? true {
            throw .missingIdempotencyKey(operation: document.name)
        }
        let body = requestBody(document, variables)
        var exchange = Exchange(document: document, body: body, verify: verify)
        return try run(&exchange)
    }

    /// The JSON body: `query`, `variables` and `operationName`.
    func requestBody(_ document: ShopifyDocument, _ variables: JSONObject) -> [UInt8] {
        var body: JSONObject = ["query": .string(document.text), "variables": .object(variables)]
        if document.sendsOperationName { body["operationName"] = .string(document.name) }
        let json = JSON.object(body)
        return Array(json.serialized().utf8)
    }

    /// The cost to reserve: what Shopify last asked for this operation, else the document's.
    func expectedCost(_ document: ShopifyDocument) -> Int {
        observedCosts.withLock { $0[document.name] } ?? document.expectedCost
    }

    func remember(cost: Int?, of document: ShopifyDocument) {
        guard let cost else { return }
        observedCosts.withLock { $0[document.name] = cost }
    }

    /// Waits until the bucket model holds the request's expected cost, then takes it.
    func pace(_ document: ShopifyDocument) {
        let cost = expectedCost(document)
        for _ in 0..<8 {
            let wait = bucket.reserve(cost: cost, at: clock.now())
            guard wait > .zero else { return }
            sleep(wait, operation: document.name, reason: .pacing)
        }
    }

    func sleep(_ span: TimeSpan, operation: String, reason: ClientEvent.WaitReason) {
        monitor.record(.waited(operation: operation, span: span, reason: reason))
        clock.sleep(for: span, cancellation: configuration.cancellation)
    }

    /// Warns once per client when Shopify served another version than the one pinned.
    func checkVersion(_ served: String?) {
        guard let served, !served.isEmpty, served != configuration.apiVersion,
              !versionWarned.exchange(true, ordering: .relaxed) else { return }
        monitor.record(.versionMismatch(requested: configuration.apiVersion, served: served))
    }

    func headers() -> [(name: String, value: String)] {
        [("Content-Type", "application/json"), ("Accept", "application/json"),
         ("X-Shopify-Access-Token", configuration.token.revealed)]
    }
}
