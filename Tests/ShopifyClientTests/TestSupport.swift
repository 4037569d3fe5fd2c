import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient
import Synchronization

/// A token built at run time, so its text appears in no source line a search could match.
let testToken = "shpat_" + String(repeating: "7f3a", count: 7) + "c9d2"

func startOfTest() -> ManualClock {
    ManualClock(Timestamp(seconds: 1_800_000_000))
}

/// Collects request log entries in memory.
final class MemoryRequestLog: RequestLogSink {
    private let entries = Mutex<[RequestLogEntry]>([])
    var all: [RequestLogEntry] { entries.withLock { $0 } }

    func record(_ entry: RequestLogEntry) {
        entries.withLock { $0.append(entry) }
    }
}

/// A client of `fake` through the in-process transport, with jitter fixed at zero.
func makeClient(_ fake: FakeShopify, transport: (any ShopifyTransport)? = nil,
                mode: LoggingMode = .all, log: MemoryRequestLog? = nil,
                bucket: ThrottleBucket = ThrottleBucket(), maxAttempts: Int = 5) -> ShopifyClient {
    makeClient(clock: fake.clock, transport: transport ?? fake.transport, mode: mode, log: log,
               bucket: bucket, maxAttempts: maxAttempts)
}

/// A client of shop "acme" with the test token over `transport`, with jitter fixed at zero.
func makeClient(clock: ManualClock, transport: any ShopifyTransport, mode: LoggingMode = .all,
                log: MemoryRequestLog? = nil, bucket: ThrottleBucket = ThrottleBucket(),
                maxAttempts: Int = 5, timeoutSeconds: Int = 1) -> ShopifyClient {
    var configuration = ClientConfiguration(shop: "acme", token: Secret(testToken))
    configuration.random = { 0 }
    configuration.loggingMode = mode
    configuration.maxAttempts = maxAttempts
    configuration.timeoutSeconds = timeoutSeconds
    return ShopifyClient(configuration: configuration, transport: transport, clock: clock,
                         bucket: bucket, requestLog: log)
}

/// Variables of a fulfilment with an ERP shipment number as its tracking number.
func fulfillmentVariables(shipment: String) -> JSONObject {
    ["fulfillment": .object([
        "lineItemsByFulfillmentOrder": .array([
            .object(["fulfillmentOrderId": .string("gid://shopify/FulfillmentOrder/1")]),
        ]),
        "trackingInfo": .object(["number": .string(shipment)]),
    ])]
}

/// The client's re-read for the fulfilment of order 1 the fake keeps.
func shipmentLanded(_ shipment: String) -> ShopifyClient.LostReplyCheck {
    ShopifyClient.fulfillmentLanded(order: "gid://shopify/Order/1", trackingNumber: shipment)
}

func inventoryVariables(key: String) -> JSONObject {
    ["input": .object(["name": .string("available"), "reason": .string("correction"), "quantities": .array([])]),
     "idempotencyKey": .string(key)]
}
