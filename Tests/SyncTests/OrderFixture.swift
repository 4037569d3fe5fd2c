import Foundation
import Ledger
import ShopSyncCore
import Sync

/// A shop "web" with a warehouse, items (a bicycle, a helmet with a RED variant, a service),
/// two customers, G/L accounts for shipping, tips and gift cards, and a way to stage orders.
struct OrderFixture {
    let ledger: Ledger
    let clock = ManualClock(Timestamp(seconds: 1_764_000_000))
    let shop = "web"

    init() throws {
        ledger = try Ledger(path: ":memory:", clock: clock)
        try ledger.save(Shop(code: shop, backend: .sandbox, currency: "USD"))
        try ledger.addLocation(Location(code: "MAIN"))
        try ledger.addItem(
            Item(no: "1000", description: "Bicycle", unitPrice: 100, vendorItemNo: "V-BIKE"))
        try ledger.addItem(Item(no: "1100", description: "Helmet", unitPrice: 20))
        try ledger.addItemVariant(ItemVariant(itemNo: "1100", code: "RED"))
        try ledger.addItemReference(
            ItemReference(
                kind: .barcode, referenceNo: "4006381333931", itemNo: "1100",
                variantCode: "RED"))
        try ledger.addItem(Item(no: "SRV", description: "Assembly", type: .service, unitPrice: 15))
        try ledger.addCustomer(
            Customer(
                no: "C1", name: "Ada Lovelace", email: "Ada@Example.com",
                phone: "+44 20 7946 0018", address: "1 Analytical St",
                city: "London", postCode: "N1 9GU", countryCode: "GB"))
        try ledger.addCustomer(Customer(no: "WALKIN", name: "Walk-in customer"))
        for (no, name) in [("6100", "Shipping charges"), ("6200", "Tips"), ("2400", "Gift cards")] {
            try ledger.addGLAccount(GLAccount(no: no, name: name))
        }
        try set("default_location", "MAIN")
        try set("shipping_charges_account", "6100")
        try set("sku_mapping", "item_no_variant_code")
    }

    func set(_ name: String, _ value: String) throws {
        try ledger.setSetting(name, to: .string(value), of: shop)
    }

    func set(_ name: String, _ value: Bool) throws {
        try ledger.setSetting(name, to: .bool(value), of: shop)
    }

    var settings: OrderSettings {
        get throws { try OrderSettings(shop: shop, in: ledger) }
    }

    /// Order #1001 by Ada: 2 bicycles at 100 (10 off the line), a red helmet at 20, 5.00
    /// shipping, 4 more off the whole order, unfulfilled.
    func order(id: Int64 = 1001, email: String = "ada@example.com") -> ImportedOrder {
        var order = ImportedOrder(
            shop: shop, id: id, name: "#\(id)", createdAt: Timestamp(seconds: 1_763_900_000),
            updatedAt: Timestamp(seconds: 1_763_900_000))
        order.customerId = 77
        order.email = email
        (order.billToName, order.billToAddress, order.billToCity) = (
            "Ada Lovelace", "1 Analytical St", "London"
        )
        (order.billToPostCode, order.billToCountry) = ("N1 9GU", "GB")
        (order.shipToName, order.shipToAddress, order.shipToCity) = (
            "Ada Lovelace", "2 Engine Rd", "London"
        )
        (order.shipToPostCode, order.shipToCountry) = ("N1 7AA", "GB")
        order.currency = "USD"
        order.pricesIncludingTax = true
        order.fulfillmentStatus = "UNFULFILLED"
        var bikes = ImportedOrderLine(
            id: id * 10 + 1, sku: "1000", title: "Bicycle", quantity: 2, unitPrice: 100)
        bikes.discount = 10
        let helmet = ImportedOrderLine(
            id: id * 10 + 2, sku: "1100-RED", title: "Helmet, red", quantity: 1,
            unitPrice: 20)
        order.lines = [bikes, helmet]
        order.shippingLines = [
            ImportedShippingLine(id: id * 10 + 9, title: "Standard", code: "STD", amount: 5)
        ]
        order.totalShipping = 5
        order.totalDiscounts = 14
        order.total = 211
        return order
    }

    @discardableResult
    func stage(_ order: ImportedOrder) throws -> StagingOutcome {
        try ledger.saveImportedOrder(order)
    }

    func create(where filter: Filter? = nil, dryRun: Bool = false) throws -> SalesDocumentRun {
        try SalesDocumentCreator(ledger: ledger, shop: shop).run(where: filter, dryRun: dryRun)
    }

    /// The staged order header's row.
    func header(
        _ id: Int64 = 1001
    ) throws -> (
        processed: Bool, documentNo: String, type: String, hasError: Bool,
        error: String, edited: Bool, reason: String
    ) {
        let row = try ledger.connection.queryOne(
            "SELECT * FROM order_header WHERE shop = ? AND id = ?",
            [.text(shop), .integer(id)])
        guard let row else { return (false, "", "", false, "no order", false, "") }
        return (
            try row.bool("processed"), try row.string("sales_document_no"),
            try row.string("document_type"),
            try row.bool("has_error"), try row.string("error"),
            try row.bool("edited_after_processing"),
            try row.string("edit_reason")
        )
    }

    func count(_ table: String) throws -> Int {
        try ledger.connection.scalar("SELECT COUNT(*) FROM \(table)")?.int ?? -1
    }

    /// Every row of the tables creating documents touches.
    func snapshot() throws -> [String: [String]] {
        var dump: [String: [String]] = [:]
        for table in [
            "customer", "item", "item_variant", "item_reference", "sales_header", "sales_line",
            "order_header", "order_line", "number_series", "shopify_customer",
        ] {
            dump[table] = try ledger.connection.query("SELECT * FROM \(table) ORDER BY 1, 2")
                .map { row in row.values.map { "\($0)" }.joined(separator: "|") }
        }
        return dump
    }
}
