import ShopSyncCore
import Testing
@testable import Sandbox

/// A sandbox store in memory at a fixed sandbox time.
func makeStore(seed: UInt64? = 42, sizes: StoreSizes = StoreSizes(customers: 60, products: 30,
                                                                  orders: 300, companies: 3))
    throws -> SandboxStore
{
    let clock = ManualClock(Timestamp(seconds: 1_795_000_000))
    let store = try SandboxStore(path: ":memory:", clock: clock)
    if let seed { try store.generate(seed: seed, sizes: sizes) }
    return store
}

func dump(_ store: SandboxStore) throws -> [String] {
    try store.read { session in
        try session.database.query("SELECT kind, id, body FROM records ORDER BY kind, id")
            .map { "\(try $0.string("kind"))/\(try $0.int64("id")) \(try $0.string("body"))" }
    }
}

func allOrders(_ store: SandboxStore) throws -> [OrderRecord] {
    try store.read { try $0.all(OrderRecord.self) }
}

@Suite("store generation")
struct GeneratorTests {
    @Test("the same seed and sizes give the same store, record for record")
    func deterministic() throws {
        let first = try dump(makeStore(seed: 42))
        let second = try dump(makeStore(seed: 42))
        #expect(first.count > 400)
        #expect(first.elementsEqual(second))
    }

    @Test("another seed gives another store")
    func seedMatters() throws {
        #expect(try !dump(makeStore(seed: 42)).elementsEqual(dump(makeStore(seed: 7))))
    }

    @Test("the sizes asked for are the sizes made")
    func sizes() throws {
        let store = try makeStore()
        let counts = Dictionary(uniqueKeysWithValues: try store.counts().map { ($0.kind, $0.count) })
        #expect(counts["Customer"] == 60)
        #expect(counts["Product"] == 30)
        #expect(counts["Order"] == 300)
        #expect(counts["Company"] == 3)
        #expect(counts["Location"] == 3)
    }

    @Test("orders have the variety of a real shop")
    func variety() throws {
        let orders = try allOrders(makeStore())
        #expect(orders.contains { $0.sourceName == "pos" && $0.customerId == nil
            && $0.shippingAddress == nil })
        #expect(orders.contains { $0.presentmentCurrency != $0.currency })
        #expect(orders.contains { $0.financialStatus == "PENDING" })
        #expect(orders.contains { $0.financialStatus == "PARTIALLY_PAID" })
        #expect(orders.contains { $0.financialStatus == "PAID" })
        #expect(orders.contains { $0.fulfillmentStatus == "PARTIALLY_FULFILLED" })
        #expect(orders.contains { $0.fulfillmentStatus == "FULFILLED" })
        #expect(orders.contains { $0.company != nil })
        #expect(orders.contains { $0.lineItems.contains { $0.variantId == nil } })
        #expect(orders.contains { $0.riskLevel == "HIGH" })
        #expect(orders.contains { $0.cancelledAt != nil })
        #expect(orders.contains { $0.closedAt != nil && $0.cancelledAt == nil })
        #expect(orders.contains { !$0.tags.isEmpty })
    }

    @Test("some customers share a phone, and SKUs follow the item number pattern")
    func customersAndSKUs() throws {
        let store = try makeStore()
        let customers = try store.read { try $0.all(CustomerRecord.self) }
        let phones = customers.compactMap(\.phone)
        #expect(Set(phones).count < phones.count)
        let variants = try store.read { try $0.all(VariantRecord.self) }
        #expect(variants.allSatisfy { $0.sku.hasPrefix(String($0.sku.prefix(4))) && Int($0.sku.prefix(4)) != nil })
        #expect(variants.contains { $0.sku.contains("-") })
        #expect(variants.allSatisfy { $0.barcode == nil || $0.barcode?.count == 13 })
    }

    @Test("order totals add up: paid orders received exactly their total")
    func totals() throws {
        for order in try allOrders(makeStore()) where order.financialStatus == "PAID" {
            #expect(order.totalReceived == order.totalPrice)
            #expect(order.totalOutstanding == .zero)
        }
    }
}
