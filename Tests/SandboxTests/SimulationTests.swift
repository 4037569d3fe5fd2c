import Foundation
import GraphQL
import ShopSyncCore
import Testing
@testable import Sandbox

func order(_ store: SandboxStore, _ name: String) throws -> OrderRecord? {
    try store.read { try $0.lookup(OrderRecord.self, key: name).first }
}

@Suite("store simulation")
struct SimulationTests {
    func smallStore() throws -> SandboxStore {
        try makeStore(sizes: StoreSizes(customers: 20, products: 8, orders: 30, companies: 1))
    }

    @Test("new orders continue the numbering at sandbox now, and replay the same for the same store")
    func newOrders() throws {
        let first = try smallStore(), second = try smallStore()
        let names = try first.placeOrders(3)
        #expect(names == ["#1031", "#1032", "#1033"])
        #expect(try second.placeOrders(3) == names)
        #expect(try dump(first) == dump(second))
        let placed = try #require(try order(first, "#1033"))
        #expect(placed.createdAt == first.now())
        #expect(try first.placeOrders(1) == ["#1034"])
    }

    @Test("paying an order takes what is outstanding; paying again is refused")
    func pay() throws {
        let store = try smallStore()
        let unpaid = try #require(try allOrders(store).first { $0.totalOutstanding > .zero })
        try store.advanceClock(by: .minutes(5))
        try store.payOrder(unpaid.name)
        let paid = try #require(try order(store, unpaid.name))
        #expect(paid.financialStatus == "PAID")
        #expect(paid.updatedAt == store.now())
        #expect(throws: SimulationError.nothingToPay(order: unpaid.name)) { try store.payOrder(unpaid.name) }
    }

    @Test("cancel refunds what was paid; refund is limited to what is left")
    func cancelAndRefund() throws {
        let store = try smallStore()
        let paid = try #require(try allOrders(store).first {
            $0.financialStatus == "PAID" && $0.cancelledAt == nil && $0.fulfillmentStatus == "UNFULFILLED"
        })
        #expect(throws: SimulationError.refundTooLarge(order: paid.name, available: paid.totalReceived.moneyText)) {
            try store.refundOrder(paid.name, amount: paid.totalReceived + Money(cents: 1))
        }
        try store.refundOrder(paid.name, amount: Money(cents: 100))
        #expect(try order(store, paid.name)?.financialStatus == "PARTIALLY_REFUNDED")
        try store.cancelOrder(paid.name, reason: "FRAUD")
        let cancelled = try #require(try order(store, paid.name))
        #expect(cancelled.financialStatus == "REFUNDED")
        #expect(cancelled.cancelReason == "FRAUD")
        #expect(throws: SimulationError.cancelled(order: paid.name)) { try store.payOrder(paid.name) }
    }

    @Test("an order edit adds a line to fulfil, changes a quantity, and never goes below what shipped")
    func edits() throws {
        let store = try smallStore()
        let target = try #require(try allOrders(store).first {
            $0.cancelledAt == nil && $0.fulfillmentStatus == "UNFULFILLED" && !$0.fulfillmentOrders.isEmpty
        })
        let sku = try #require(try store.read { try $0.all(VariantRecord.self) }
            .first { variant in !target.lineItems.contains { $0.sku == variant.sku } }?.sku)
        try store.addLine(to: target.name, sku: sku, quantity: 2)
        var edited = try #require(try order(store, target.name))
        #expect(edited.edited)
        #expect(edited.totalPrice > target.totalPrice)
        let added = try #require(edited.lineItems.last)
        #expect(edited.unfulfilledQuantity(of: added.id) == 2)
        try store.setLineQuantity(of: target.name, sku: sku, quantity: 1)
        edited = try #require(try order(store, target.name))
        #expect(edited.unfulfilledQuantity(of: added.id) == 1)
        try store.fulfilOrder(target.name)
        #expect(throws: SimulationError.belowFulfilled(order: target.name, sku: sku, fulfilled: 1)) {
            try store.setLineQuantity(of: target.name, sku: sku, quantity: 0)
        }
        #expect(throws: SimulationError.nothingToFulfil(order: target.name)) { try store.fulfilOrder(target.name) }
    }

    @Test("price, stock, product and customer changes bump updatedAt and show in queries")
    func catalogChanges() throws {
        let store = try smallStore()
        let variant = try #require(try store.read { try $0.all(VariantRecord.self) }.first)
        try store.advanceClock(by: .hours(2))
        try store.setPrice(sku: variant.sku, price: Money(cents: 2_450))
        try store.setStock(sku: variant.sku, available: 7)
        let product = try #require(try store.read { try $0.load(ProductRecord.self, id: variant.productId) })
        try store.changeProduct(handle: product.handle, ProductChange(title: "Renamed", addTag: "sale"))
        let customer = try #require(try store.read { try $0.all(CustomerRecord.self) }.first { $0.email != nil })
        try store.changeCustomer(email: customer.email!, CustomerChange(phone: "+15550001111"))
        let engine = SandboxGraphQLEngine(store: store)
        let since = SandboxTime.iso8601(store.now() - 1)
        let result = data(engine, """
            { products(first: 5, query: "updated_at:>='\(since)'") { nodes { title tags
                variants(first: 5) { nodes { sku price inventoryQuantity } } } }
              customers(first: 5, query: "updated_at:>='\(since)'") { nodes { phone } } }
            """)
        #expect(json(result, "products", "nodes", "0", "title") == .string("Renamed"))
        #expect(json(result, "products", "nodes", "0", "tags")?.arrayValue?.contains(.string("sale")) == true)
        let variants = json(result, "products", "nodes", "0", "variants", "nodes")?.arrayValue ?? []
        let changed = variants.first { $0["sku"] == .string(variant.sku) }
        #expect(changed?["price"] == .string("24.50"))
        #expect(json(result, "customers", "nodes")?.arrayValue
            == [.object(JSONObject([("phone", .string("+15550001111"))]))])
        #expect(throws: SimulationError.unknownSKU("NOPE")) { try store.setStock(sku: "NOPE", available: 1) }
    }

    @Test("a store file keeps its records, clock and draws across two opens")
    func persistence() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let clock = ManualClock(Timestamp(seconds: 1_795_000_000))
        do {
            let store = try SandboxStore(path: path, clock: clock)
            try store.generate(seed: 9, sizes: StoreSizes(customers: 5, products: 3, orders: 10, companies: 1))
            try store.advanceClock(by: .days(2))
            try store.placeOrders(2)
        }
        let reopened = try SandboxStore(path: path, clock: clock)
        #expect(reopened.now() == 1_795_000_000 + 2 * 86_400)
        #expect(try reopened.counts().first { $0.kind == "Order" }?.count == 12)
        #expect(try reopened.placeOrders(1) == ["#1013"])
    }
}

@Suite("engine construction")
struct EngineConstructionTests {
    @Test("an engine made from a path and a clock serves the store it opened, seeded or not")
    func fromPath() throws {
        let engine = try SandboxGraphQLEngine(path: ":memory:", clock: ManualClock(Timestamp(seconds: 1_795_000_000)))
        #expect(json(data(engine, "{ ordersCount { count } }"), "ordersCount", "count") == .int(0))
        try engine.store.generate(seed: 5, sizes: StoreSizes(customers: 3, products: 2, orders: 7, companies: 0))
        #expect(json(data(engine, "{ ordersCount { count } }"), "ordersCount", "count") == .int(7))
    }
}
