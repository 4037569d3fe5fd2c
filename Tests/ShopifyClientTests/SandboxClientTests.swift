import Foundation
import GraphQL
import Sandbox
import ShopSyncCore
import ShopifyClient
import ShopifyService
import Testing

/// A generated sandbox store behind the real endpoint, on one manual clock with the client,
/// reached in-process or over `SandboxServer` on a free port.
final class SandboxRig {
    let clock = startOfTest()
    let store: SandboxStore
    let endpoint: SandboxEndpoint
    let client: ShopifyClient
    private var server: SandboxServer?

    init(orders: Int = 60, overHTTP: Bool = false) throws {
        store = try SandboxStore(path: ":memory:", clock: clock)
        try store.generate(seed: 42, sizes: StoreSizes(customers: 40, products: 20, orders: orders,
                                                       companies: 2))
        endpoint = SandboxEndpoint(engine: SandboxGraphQLEngine(store: store), accessToken: testToken,
                                   clock: clock)
        var transport: any ShopifyTransport = SandboxTransport(endpoint: endpoint)
        if overHTTP {
            let server = SandboxServer(endpoint: endpoint)
            transport = URLSessionTransport(baseURL: "http://127.0.0.1:\(try server.start(port: 0))")
            self.server = server
        }
        // A page of orders takes the debug build's engine a while to write.
        client = makeClient(clock: clock, transport: transport, timeoutSeconds: 20)
    }

    deinit { _ = server?.stop() }

    /// Every order the import query returns, page by page.
    func importOrders(pageSize: Int = 250) throws -> (orders: [Order], problems: [RecordProblem]) {
        var orders: [Order] = []
        var problems: [RecordProblem] = []
        try client.forEachPage(ShopifyDocuments.orderImportPage, path: ["orders"], pageSize: pageSize,
                               as: Order.self) { page in
            orders += page.records
            problems += page.problems
            return true
        }
        return (orders, problems)
    }

    /// An open order's id, its first fulfilment order and that order's line items.
    func unfulfilledOrder() throws -> (order: String, fulfillmentOrder: String) {
        let search = JSON.string("fulfillment_status:unfulfilled")
        let response = try client.execute(ShopifyDocuments.orderImportPage,
                                          variables: ["first": .int(50), "query": search])
        let orders = response.data?["orders"]?["nodes"]?.arrayValue ?? []
        for order in orders {
            guard let id = order["id"]?.stringValue else { continue }
            let read = try client.execute(ShopifyDocuments.fulfillmentOrdersOfOrder,
                                          variables: ["id": .string(id)])
            let open = read.data?["order"]?["fulfillmentOrders"]?["nodes"]?.arrayValue?.first {
                $0["status"]?.stringValue == "OPEN"
            }
            if let fulfillmentOrder = open?["id"]?.stringValue { return (id, fulfillmentOrder) }
        }
        throw ShopifyError.malformedResponse("no open fulfilment order in the generated store")
    }

    /// The first inventory item with a level: its id, the level's location and `available`.
    func inventoryLevel() throws -> (item: String, location: String, available: Int) {
        let response = try client.execute(ShopifyDocuments.inventoryLevelsPage, variables: ["first": .int(5)])
        for item in response.data?["inventoryItems"]?["nodes"]?.arrayValue ?? [] {
            guard let level = item["inventoryLevels"]?["nodes"]?.arrayValue?.first,
                  let id = item["id"]?.stringValue, let location = level["location"]?["id"]?.stringValue,
                  let available = level["quantities"]?.arrayValue?
                      .first(where: { $0["name"]?.stringValue == "available" })?["quantity"]?.intValue
            else { continue }
            return (id, location, available)
        }
        throw ShopifyError.malformedResponse("no inventory level in the generated store")
    }

    func fulfillments(of order: String) throws -> Int {
        let read = try client.execute(ShopifyDocuments.fulfillmentOrdersOfOrder,
                                      variables: ["id": .string(order)])
        return read.data?["order"]?["fulfillments"]?.arrayValue?.count ?? -1
    }
}

@Suite("Client against the sandbox store", .serialized)
struct SandboxClientTests {
    @Test("every document the client sends validates against the sandbox's schema, but real-store-only ones")
    func documentsServed() throws {
        let realOnly: Set = ["ShopAccess", "CustomerSet"]
        for document in ShopifyDocuments.all where !realOnly.contains(document.name) {
            let parsed = try Parser.parseDocument(document.text).get()
            let errors = validate(parsed, against: SandboxSchema.schema)
            #expect(errors.isEmpty, "\(document.name): \(errors.map(\.description))")
        }
    }

    @Test("paging 400 orders in-process: each once, decoded without a problem, never THROTTLED")
    func pagingInProcess() throws {
        let rig = try SandboxRig(orders: 400)
        let (orders, problems) = try rig.importOrders()
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        #expect(orders.count == 400)
        #expect(Set(orders.map(\.id)).count == orders.count)
        #expect(rig.client.monitor.statistics.throttledResponses == 0)
    }

    @Test("paging 300 orders over HTTP, 100 a page: each once, decoded without a problem")
    func pagingOverHTTP() throws {
        let rig = try SandboxRig(orders: 300, overHTTP: true)
        let (orders, problems) = try rig.importOrders(pageSize: 100)
        #expect(problems.isEmpty)
        #expect(orders.count == 300)
        #expect(Set(orders.map(\.id)).count == 300)
        #expect(rig.client.monitor.statistics.requests == 3)
    }

    @Test("a bucket another app drained: the client waits on THROTTLED, once, and gets its page")
    func drainedBucket() throws {
        let rig = try SandboxRig()
        _ = try rig.client.execute(ShopifyDocuments.shopIdentity)
        _ = rig.endpoint.bucket.take(1950, for: testToken)
        let response = try rig.client.execute(ShopifyDocuments.orderImportPage)
        #expect(response.data?["orders"] != nil)
        #expect(rig.client.monitor.statistics.longestThrottledRun == 1)
        #expect(rig.client.monitor.statistics.waitedForThrottle >= .seconds(2))
    }

    @Test("every fault on a read is survived with the same data",
          arguments: ["throttled", "http429:1", "http500", "http502", "http503", "drop_before",
                      "drop_after", "slow:1", "malformed", "internal_error"])
    func faultOnRead(word: String) throws {
        let rig = try SandboxRig()
        let clean = try rig.client.execute(ShopifyDocuments.orderImportPage, variables: ["first": .int(20)])
        rig.endpoint.faults.script([try #require(FaultKind(word: word))])
        let faulted = try rig.client.execute(ShopifyDocuments.orderImportPage, variables: ["first": .int(20)])
        #expect(faulted.data == clean.data)
    }

    @Test("a fulfilment under each fault lands exactly once in the store",
          arguments: ["none", "throttled", "http429:1", "http503", "drop_before", "drop_after", "malformed",
                      "internal_error"])
    func fulfilmentOnce(word: String) throws {
        let rig = try SandboxRig()
        let (order, fulfillmentOrder) = try rig.unfulfilledOrder()
        let before = try rig.fulfillments(of: order)
        rig.endpoint.faults.script([try #require(FaultKind(word: word))])
        let variables: JSONObject = ["fulfillment": .object([
            "lineItemsByFulfillmentOrder": .array([
                .object(["fulfillmentOrderId": .string(fulfillmentOrder)]),
            ]),
            "trackingInfo": .object(["number": .string("SHP-\(word)"), "company": .string("UPS")]),
        ])]
        _ = try rig.client.execute(ShopifyDocuments.fulfillmentCreate, variables: variables,
                                   verify: ShopifyClient.fulfillmentLanded(order: order,
                                                                           trackingNumber: "SHP-\(word)"))
        #expect(try rig.fulfillments(of: order) == before + 1)
    }

    @Test("over HTTP a 503, a dropped connection, THROTTLED and a 429 are survived; a fulfilment lands once")
    func faultsOverHTTP() throws {
        let rig = try SandboxRig(overHTTP: true)
        rig.endpoint.faults.script([.http(503), .dropBeforeApply, .throttled, .http429(retryAfter: 1)])
        #expect(try rig.client.execute(ShopifyDocuments.shopIdentity).retries == 4)
        let (order, fulfillmentOrder) = try rig.unfulfilledOrder()
        let before = try rig.fulfillments(of: order)
        rig.endpoint.faults.script([.dropAfterApply])
        let variables: JSONObject = ["fulfillment": .object([
            "lineItemsByFulfillmentOrder": .array([
                .object(["fulfillmentOrderId": .string(fulfillmentOrder)]),
            ]),
            "trackingInfo": .object(["number": .string("SHP-HTTP")]),
        ])]
        let response = try rig.client.execute(
            ShopifyDocuments.fulfillmentCreate, variables: variables,
            verify: ShopifyClient.fulfillmentLanded(order: order, trackingNumber: "SHP-HTTP"))
        #expect(response.landedWithoutReply)
        #expect(try rig.fulfillments(of: order) == before + 1)
    }

    @Test("a frozen shop stops at once with a clear error, without retries")
    func frozenShop() throws {
        let rig = try SandboxRig()
        rig.endpoint.faults.shopState = .frozen
        #expect(throws: ShopifyError.shopUnavailable(shop: "acme", status: 402, message: "Unavailable Shop")) {
            try rig.client.execute(ShopifyDocuments.shopIdentity)
        }
        #expect(rig.client.monitor.statistics.requests == 1)
    }

    @Test("a stock delta whose reply was lost is resent with its key and moves stock once")
    func inventoryDeltaOnce() throws {
        let rig = try SandboxRig()
        let level = try rig.inventoryLevel()
        rig.endpoint.faults.script([.dropAfterApply])
        let change: JSONObject = ["inventoryItemId": .string(level.item), "locationId": .string(level.location),
                                  "delta": .int(3), "changeFromQuantity": .int(level.available)]
        let input: JSONObject = ["name": .string("available"), "reason": .string("correction"),
                                 "changes": .array([.object(change)])]
        let response = try rig.client.execute(ShopifyDocuments.inventoryAdjustQuantities,
                                              variables: ["input": .object(input),
                                                          "idempotencyKey": .string("ERP-MOVE-77")])
        #expect(response.retries == 1)
        let payload = response.data?["inventoryAdjustQuantities"]
        #expect(payload?["userErrors"]?.arrayValue?.isEmpty == true)
        #expect(try rig.inventoryLevel().available == level.available + 3)
    }

    @Test("a stock write without an idempotency key is refused before anything is sent")
    func inventoryNeedsKey() throws {
        let rig = try SandboxRig()
        #expect(throws: ShopifyError.missingIdempotencyKey(operation: "InventorySetQuantities")) {
            try rig.client.execute(ShopifyDocuments.inventorySetQuantities, variables: ["input": .object([:])])
        }
        #expect(rig.client.monitor.statistics.requests == 0)
    }

    @Test("a customer whose creation reply was lost is found by e-mail, not created twice")
    func customerOnce() throws {
        let rig = try SandboxRig()
        rig.endpoint.faults.script([.dropAfterApply])
        let email = "lost.reply@example.com"
        let input: JSONObject = ["email": .string(email), "firstName": .string("Lost"),
                                 "lastName": .string("Reply")]
        let response = try rig.client.execute(ShopifyDocuments.customerCreate,
                                              variables: ["input": .object(input)],
                                              verify: ShopifyClient.customerLanded(email: email))
        #expect(response.landedWithoutReply)
        let found = try rig.client.execute(ShopifyDocuments.customersPage,
                                           variables: ["query": .string("email:\"\(email)\"")])
        #expect(found.data?["customers"]?["nodes"]?.arrayValue?.count == 1)
    }

    @Test("a bulk query runs end to end: started, polled, downloaded and rebuilt, in-process and over HTTP",
          arguments: [false, true])
    func bulk(overHTTP: Bool) throws {
        let rig = try SandboxRig(orders: 120, overHTTP: overHTTP)
        let exporter = BulkExporter(client: rig.client)
        let query = "{ orders { edges { node { id name lineItems { edges { node { id quantity } } } } } } }"
        let operation = try exporter.wait(for: try exporter.start(query))
        var roots: [BulkObject] = []
        let summary = try exporter.download(operation) { roots.append($0) }
        #expect(summary.problems.isEmpty)
        #expect(roots.count == 120)
        #expect(roots.allSatisfy { !$0.children.isEmpty })
        #expect(summary.lines == operation.objectCount)
    }
}
