import Foundation
import Ledger
import LedgerService
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing

/// Golden scripts over Shopify orders the test stages in the ledger first, as `sync orders`
/// does, since the scripts cannot reach Shopify: `Tests/Scripts/staged/*.shs`.
/// `SHS_UPDATE_GOLDEN=1` rewrites the expected files, as for the other golden scripts.
@Suite("golden scripts over staged orders")
struct StagedOrderScriptTests {
    static let folder = GoldenScriptTests.folder.appendingPathComponent("staged")

    @Test("create sales documents from staged orders: mapping, failures, rules by channel, rerun")
    func createSalesDocuments() throws {
        let (harness, ledger) = try Self.harness()
        var fulfilled = Self.order(1002, email: "new@buyer.com", sku: "1000")
        fulfilled.fulfillmentStatus = "FULFILLED"
        fulfilled.billToName = "Bea Newbuyer"
        var pos = Self.order(1004, email: "", sku: "1000")
        pos.channel = "Point of Sale"
        for order in [Self.order(1001), fulfilled, Self.order(1003, sku: "9999"), pos] {
            try ledger.saveImportedOrder(order)
        }
        try check("create-sales-documents", in: harness)
    }

    @Test("edits after processing are flagged, listed and resolved")
    func orderEdits() throws {
        let (harness, ledger) = try Self.harness()
        harness.run(
            """
            location add "MAIN"
            item add "1000" description "Bicycle" price 100
            item add "1100" description "Helmet" price 20
            variant add "1100" "RED"
            customer add "C1" name "Ada Lovelace" email "ada@example.com"
            account add "6100" name "Shipping charges"
            set default_location = "MAIN"
            set shipping_charges_account = "6100"
            set sku_mapping = "item_no_variant_code"
            """)
        try ledger.saveImportedOrder(Self.order(1001))
        #expect(harness.run("create sales documents").status == .success)
        var edited = Self.order(1001)
        edited.lines[0].quantity = 3
        edited.totalShipping = 9
        try ledger.saveImportedOrder(edited)
        try check("order-edits", in: harness)
    }

    @Test("a filter on a field staged orders do not have is a bind error before anything runs")
    func unknownFilterField() throws {
        let (harness, ledger) = try Self.harness()
        try ledger.saveImportedOrder(Self.order(1001))
        let run = harness.run("""
            set default_location = "MAIN"
            create sales documents where sku = "1000"
            """)
        #expect(run.messages == ["unknown field 'sku' of shopify_orders"])
        #expect(try ledger.setting("default_location", of: "demo") == .string(""))
        #expect(try ledger.unprocessedOrderIds(shop: "demo") == [1001])
    }

    @Test("with background syncs allowed, a run started by hand is queued as a job")
    func queuedInBackground() throws {
        let (harness, ledger) = try Self.harness()
        try ledger.saveImportedOrder(Self.order(1001))
        let run = harness.run("""
            set allow_background_syncs = true
            create sales documents where not has_error
            """)
        #expect(run.standardOutput.contains("'create sales documents' queued as job"))
        #expect(try ledger.unprocessedOrderIds(shop: "demo") == [1001], "nothing ran here")
    }

    func check(_ name: String, in harness: ScriptHarness) throws {
        let golden = GoldenScript(Self.folder.appendingPathComponent(name + ".shs"))
        let actual = try golden.actual(in: harness)
        if ProcessInfo.processInfo.environment["SHS_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: golden.expectedURL, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try golden.expected()), "\(golden) differs from its .expected file")
    }

    /// A harness whose in-memory ledger has the sandbox shop "demo".
    static func harness() throws -> (ScriptHarness, Ledger) {
        let services = Services()
        let provider = LedgerProvider(path: ":memory:")
        services.register(provider)
        let harness = ScriptHarness(services: services)
        let ledger = try provider.ledger(clock: harness.clock)
        try ledger.save(Shop(code: "demo", backend: .sandbox))
        return (harness, ledger)
    }

    /// An online order: 2 bicycles (10 off), a red helmet, 5.00 shipping, 4 off the order.
    static func order(
        _ id: Int64, email: String = "ada@example.com", sku: String = "1100-RED"
    ) -> ImportedOrder {
        let placed = ScriptHarness.defaultStart
        var order = ImportedOrder(
            shop: "demo", id: id, name: "#\(id)", createdAt: placed, updatedAt: placed)
        order.email = email
        (order.shipToName, order.shipToAddress, order.shipToCity) = (
            "Ada Lovelace", "2 Engine Rd", "London"
        )
        (order.shipToPostCode, order.shipToCountry, order.billToCountry) = ("N1 7AA", "GB", "GB")
        order.currency = "USD"
        order.channel = "Online Store"
        order.pricesIncludingTax = true
        var bikes = ImportedOrderLine(
            id: id * 10 + 1, sku: "1000", title: "Bicycle", quantity: 2, unitPrice: 100)
        bikes.discount = 10
        order.lines = [
            bikes,
            ImportedOrderLine(
                id: id * 10 + 2, sku: sku, title: "Helmet", quantity: 1,
                unitPrice: 20),
        ]
        order.shippingLines = [ImportedShippingLine(id: id * 10 + 9, title: "Standard", amount: 5)]
        (order.totalShipping, order.totalDiscounts, order.total) = (5, 14, 211)
        return order
    }
}
