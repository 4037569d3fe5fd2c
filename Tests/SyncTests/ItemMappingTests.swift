import Foundation
import Ledger
import ShopSyncCore
import Sync
import Testing

@Suite("item mapping")
struct ItemMappingTests {
    let fixture: OrderFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try OrderFixture() }

    func map(_ sku: String, barcode: String = "", variantId: Int64 = 0) throws -> MappedLine {
        var line = ImportedOrderLine(id: 1, sku: sku, title: "Thing", quantity: 1, unitPrice: 5)
        line.barcode = barcode
        line.variantId = variantId
        return try ItemMapper(ledger: ledger, settings: try fixture.settings).map(line, shop: "web")
    }

    @Test("SKU as item number")
    func byItemNo() throws {
        try fixture.set("sku_mapping", "item_no")
        #expect(try map("1000") == .item(ItemMatch(itemNo: "1000")))
        try fixture.set("find_by_barcode", false)
        #expect(throws: OrderProblem.noItem(line: 1, sku: "1100-RED", title: "Thing")) {
            try map("1100-RED")
        }
    }

    @Test("SKU as variant code finds the variant on whichever item has it")
    func byVariantCode() throws {
        try fixture.set("sku_mapping", "variant_code")
        #expect(try map("RED") == .item(ItemMatch(itemNo: "1100", variantCode: "RED")))
    }

    @Test("item number and variant code joined by the shop's separator")
    func byItemAndVariant() throws {
        #expect(try map("1100-RED") == .item(ItemMatch(itemNo: "1100", variantCode: "RED")))
        #expect(try map("1000") == .item(ItemMatch(itemNo: "1000")))
        try fixture.set("sku_separator", "|")
        #expect(try map("1100|RED") == .item(ItemMatch(itemNo: "1100", variantCode: "RED")))
    }

    @Test("an unknown variant of a known item is no match")
    func unknownVariant() throws {
        try fixture.set("find_by_barcode", false)
        #expect(throws: OrderProblem.noItem(line: 1, sku: "1100-BLUE", title: "Thing")) {
            try map("1100-BLUE")
        }
    }

    @Test("SKU as vendor item number")
    func byVendorItemNo() throws {
        try fixture.set("sku_mapping", "vendor_item_no")
        #expect(try map("V-BIKE") == .item(ItemMatch(itemNo: "1000")))
    }

    @Test("SKU as barcode")
    func bySKUBarcode() throws {
        try fixture.set("sku_mapping", "barcode")
        #expect(try map("4006381333931") == .item(ItemMatch(itemNo: "1100", variantCode: "RED")))
    }

    @Test("the variant's barcode is tried when the SKU maps nothing, only when the shop says so")
    func barcodeFallback() throws {
        #expect(
            try map("unknown", barcode: "4006381333931")
                == .item(ItemMatch(itemNo: "1100", variantCode: "RED")))
        try ledger.saveVariantLink(
            ShopifyVariantLink(shop: "web", id: 900, sku: "", barcode: "4006381333931"))
        #expect(try map("", variantId: 900) == .item(ItemMatch(itemNo: "1100", variantCode: "RED")))
        try fixture.set("find_by_barcode", false)
        #expect(throws: OrderProblem.self) { try map("unknown", barcode: "4006381333931") }
    }

    @Test("a variant linked to an item keeps its link whatever the SKU says")
    func linkedVariant() throws {
        try ledger.saveVariantLink(
            ShopifyVariantLink(
                shop: "web", id: 901, sku: "1000", itemNo: "1100",
                variantCode: "RED"))
        #expect(
            try map("1000", variantId: 901) == .item(ItemMatch(itemNo: "1100", variantCode: "RED")))
    }

    @Test(
        "an unknown SKU creates an item from the template when allowed, found by the SKU next time")
    func autoCreate() throws {
        try ledger.saveItemTemplate(ItemTemplate(code: "WEB", type: .service, unitPrice: 9))
        try fixture.set("auto_create_items", true)
        #expect(throws: OrderProblem.noItemTemplate(line: 1, sku: "2000-XL")) { try map("2000-XL") }
        try fixture.set("item_template", "WEB")
        #expect(try map("2000-XL") == .item(ItemMatch(itemNo: "2000", variantCode: "XL")))
        #expect(try ledger.item("2000")?.type == .service)
        #expect(try map("2000-XL") == .item(ItemMatch(itemNo: "2000", variantCode: "XL")))
        #expect(try ledger.itemVariants(of: "2000").count == 1)
    }

    @Test("with barcode mapping a created item is numbered from the series and carries the barcode")
    func autoCreateByBarcode() throws {
        try ledger.saveItemTemplate(ItemTemplate(code: "WEB"))
        try fixture.set("auto_create_items", true)
        try fixture.set("item_template", "WEB")
        try fixture.set("sku_mapping", "barcode")
        #expect(try map("5901234123457") == .item(ItemMatch(itemNo: "I10001")))
        #expect(try ledger.findItem(barcode: "5901234123457") == ItemMatch(itemNo: "I10001"))
    }

    @Test("a blocked item is a reason")
    func blockedItem() throws {
        var bike = try #require(try ledger.item("1000"))
        bike.blocked = true
        try ledger.updateItem(bike)
        #expect(throws: OrderProblem.blockedItem(line: 1, itemNo: "1000")) { try map("1000") }
    }

    @Test("tips and sold gift cards go to the shop's accounts, and need them")
    func tipsAndGiftCards() throws {
        var tip = ImportedOrderLine(id: 7, title: "Tip", quantity: 1, unitPrice: 3)
        tip.tip = true
        var card = ImportedOrderLine(id: 8, title: "Gift card", quantity: 1, unitPrice: 50)
        card.giftCard = true
        let mapper = { ItemMapper(ledger: ledger, settings: try fixture.settings) }
        #expect(throws: OrderProblem.noTipAccount(line: 7)) { try mapper().map(tip, shop: "web") }
        #expect(throws: OrderProblem.noGiftCardAccount(line: 8)) {
            try mapper().map(card, shop: "web")
        }
        try fixture.set("tip_account", "6200")
        try fixture.set("gift_card_account", "2400")
        #expect(try mapper().map(tip, shop: "web") == .glAccount("6200"))
        #expect(try mapper().map(card, shop: "web") == .glAccount("2400"))
    }
}
