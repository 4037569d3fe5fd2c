import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

@Suite("master data")
struct MasterDataTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    @Test("an item round-trips with its variants and references, and updates in place")
    func itemRoundTrip() throws {
        try ledger.addItemReference(ItemReference(kind: .barcode, referenceNo: "4006381333931",
                                                  itemNo: "1100", variantCode: "RED"))
        #expect(try ledger.item("1100") == Item(no: "1100", description: "Helmet",
                                                 unitPrice: Decimal(string: "19.99")!))
        #expect(try ledger.itemVariants(of: "1100") == [ItemVariant(itemNo: "1100", code: "RED",
                                                                    description: "Red helmet")])
        #expect(try ledger.itemReferences(of: "1100").map(\.referenceNo) == ["4006381333931"])
        #expect(throws: LedgerError.duplicate(kind: "item variant", key: "1100/RED")) {
            try ledger.addItemVariant(ItemVariant(itemNo: "1100", code: "RED"))
        }
        var changed = try #require(try ledger.item("1100"))
        changed.unitPrice = Decimal(string: "24.5")!
        changed.vendorItemNo = "V-77"
        try ledger.updateItem(changed)
        #expect(try ledger.item("1100") == changed)
    }

    @Test("a duplicate item number is refused by name and changes nothing")
    func duplicateItem() throws {
        let before = try fixture.snapshot()
        #expect(throws: LedgerError.duplicate(kind: "item", key: "1000")) {
            try ledger.addItem(Item(no: "1000", description: "Another"))
        }
        #expect(try fixture.snapshot() == before)
        #expect(try ledger.item("1000")?.description == "Bicycle")
        #expect(LedgerError.duplicate(kind: "item", key: "1000").description == "item '1000' already exists")
    }

    @Test("updating an item that does not exist names it")
    func updateUnknownItem() throws {
        #expect(throws: LedgerError.unknownItem("9")) {
            try ledger.updateItem(Item(no: "9", description: "x"))
        }
    }

    @Test("templates fill new items and customers")
    func templates() throws {
        try ledger.saveItemTemplate(ItemTemplate(code: "SVC", type: .service, unitPrice: 30))
        #expect(try ledger.itemTemplate("SVC") == ItemTemplate(code: "SVC", type: .service, unitPrice: 30))
        let item = try ledger.addItem(no: "S1", description: "Repair", fromTemplate: "SVC")
        #expect(try ledger.item("S1") == item)
        #expect(item.type == .service && item.unitPrice == 30)
        try ledger.saveCustomerTemplate(CustomerTemplate(code: "EU", paymentTerms: "14D",
                                                         pricesIncludingTax: false))
        #expect(try ledger.customerTemplate("EU")?.paymentTerms == "14D")
        try ledger.addCustomer(Customer(no: "C9", name: "Lin"), fromTemplate: "EU")
        let customer = try #require(try ledger.customer("C9"))
        #expect(customer.templateCode == "EU" && customer.paymentTerms == "14D")
        #expect(!customer.pricesIncludingTax)
        #expect(throws: LedgerError.unknown(kind: "item template", key: "NOPE")) {
            try ledger.addItem(no: "S2", description: "x", fromTemplate: "NOPE")
        }
    }

    @Test("a customer round-trips and a duplicate number is refused")
    func customerRoundTrip() throws {
        var customer = try #require(try ledger.customer("C1"))
        #expect(customer.name == "Ada" && customer.phone == "+1 555 0100")
        customer.blocked = true
        customer.city = "Dublin"
        try ledger.updateCustomer(customer)
        #expect(try ledger.customer("C1") == customer)
        #expect(throws: LedgerError.duplicate(kind: "customer", key: "C2")) {
            try ledger.addCustomer(Customer(no: "C2", name: "again"))
        }
    }

    @Test("the shop's template map keeps a template and a default customer per country")
    func shopCustomerTemplates() throws {
        try ledger.saveCustomerTemplate(CustomerTemplate(code: "DOM"))
        let entry = ShopCustomerTemplate(shop: "web", countryCode: "US", templateCode: "DOM",
                                         defaultCustomerNo: "C2")
        try ledger.saveShopCustomerTemplate(entry)
        #expect(try ledger.shopCustomerTemplate(shop: "web", countryCode: "US") == entry)
        #expect(try ledger.shopCustomerTemplate(shop: "web", countryCode: "DE") == nil)
        #expect(throws: LedgerError.unknownCustomer("C404")) {
            try ledger.saveShopCustomerTemplate(ShopCustomerTemplate(shop: "web", countryCode: "DE",
                                                                     defaultCustomerNo: "C404"))
        }
    }

    @Test("customers are found by e-mail without case and by phone digits only")
    func customerLookups() throws {
        #expect(try ledger.findCustomer(email: "ADA@Example.COM")?.no == "C1")
        #expect(try ledger.findCustomer(email: "nobody@example.com") == nil)
        #expect(try ledger.findCustomer(phone: "(1) 555-0100")?.no == "C1")
        #expect(try ledger.findCustomer(phone: "555 0101") == nil)
        #expect(try ledger.findCustomer(phone: "") == nil)
    }

    @Test("items are found by number, variant code, vendor item number and barcode")
    func itemLookups() throws {
        var helmet = try #require(try ledger.item("1100"))
        helmet.vendorItemNo = "HV-1"
        try ledger.updateItem(helmet)
        try ledger.addItemReference(ItemReference(kind: .vendor, referenceNo: "BV-9", itemNo: "1000"))
        try ledger.addItemReference(ItemReference(kind: .barcode, referenceNo: "123", itemNo: "1100",
                                                  variantCode: "RED"))
        #expect(try ledger.findItem(no: "1000") == ItemMatch(itemNo: "1000"))
        #expect(try ledger.findItem(variantCode: "RED") == ItemMatch(itemNo: "1100", variantCode: "RED"))
        #expect(try ledger.findItem(vendorItemNo: "HV-1") == ItemMatch(itemNo: "1100"))
        #expect(try ledger.findItem(vendorItemNo: "BV-9") == ItemMatch(itemNo: "1000"))
        #expect(try ledger.findItem(barcode: "123") == ItemMatch(itemNo: "1100", variantCode: "RED"))
        #expect(try ledger.findItem(barcode: "999") == nil)
    }

    @Test("locations and G/L accounts round-trip; duplicates are refused by name")
    func locationsAndAccounts() throws {
        #expect(try ledger.location("EAST") == Location(code: "EAST", name: "East store"))
        #expect(try ledger.location("") == nil)
        #expect(throws: LedgerError.duplicate(kind: "location", key: "MAIN")) {
            try ledger.addLocation(Location(code: "MAIN"))
        }
        try ledger.updateGLAccount(GLAccount(no: "6100", name: "Freight", blocked: true))
        #expect(try ledger.glAccount("6100") == GLAccount(no: "6100", name: "Freight", blocked: true))
    }

    @Test("number series count up inside the caller's transaction and roll back with it")
    func numberSeries() throws {
        #expect(try ledger.nextNumber(series: "sales_order") == "SO-1001")
        struct Abort: Error {}
        _ = try? ledger.connection.writeTransaction { _ -> Void in
            _ = try ledger.nextNumber(series: "sales_order")
            throw Abort()
        }
        #expect(try ledger.nextNumber(series: "sales_order") == "SO-1002")
        #expect(throws: LedgerError.unknown(kind: "number series", key: "nope")) {
            try ledger.nextNumber(series: "nope")
        }
    }

    @Test("stock is the sum of adjustments per variant and location")
    func stockAdjustments() throws {
        try ledger.adjustStock(itemNo: "1100", variantCode: "RED", locationCode: "EAST", quantity: 4)
        try ledger.adjustStock(itemNo: "1100", variantCode: "RED", locationCode: "EAST", quantity: -1)
        try ledger.adjustStock(itemNo: "1100", locationCode: "MAIN", quantity: 2)
        #expect(try ledger.stock(itemNo: "1100") == 5)
        #expect(try ledger.stock(itemNo: "1100", variantCode: "RED", locationCode: "EAST") == 3)
        #expect(try ledger.stock(itemNo: "1100", variantCode: "", locationCode: "MAIN") == 2)
        let types = try ledger.connection.query(
            "SELECT entry_type FROM item_ledger_entry WHERE item_no = '1100' ORDER BY entry_no")
            .map { try $0.string(0) }
        #expect(types == ["positive_adjustment", "negative_adjustment", "positive_adjustment"])
        #expect(throws: LedgerError.unknown(kind: "location", key: "WEST")) {
            try ledger.adjustStock(itemNo: "1000", locationCode: "WEST", quantity: 1)
        }
        #expect(throws: LedgerError.invalidValue(field: "inventory item", value: "SRV")) {
            try ledger.adjustStock(itemNo: "SRV", locationCode: "MAIN", quantity: 1)
        }
    }

    @Test("available stock subtracts released, unshipped order lines only")
    func availableStock() throws {
        try fixture.order(released: false)
        #expect(try ledger.availableStock(itemNo: "1000", locationCode: "MAIN") == 10)
        let released = try fixture.order(shopifyNo: "#1002")
        #expect(try ledger.availableStock(itemNo: "1000", locationCode: "MAIN") == 7)
        #expect(try ledger.availableStock(itemNo: "1100", variantCode: "RED", locationCode: "MAIN") == -2)
        try ledger.post(salesOrder: released, ship: true, invoice: false)
        #expect(try ledger.stock(itemNo: "1000", locationCode: "MAIN") == 7)
        #expect(try ledger.availableStock(itemNo: "1000", locationCode: "MAIN") == 7)
        let levels = try ledger.stockLevels(itemNo: "1100")
        #expect(levels == [StockLevel(itemNo: "1100", variantCode: "RED", locationCode: "MAIN",
                                      onHand: -2, available: -2)])
    }
}
