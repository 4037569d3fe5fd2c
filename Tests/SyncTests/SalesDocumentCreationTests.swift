import Foundation
import Ledger
import ShopSyncCore
import Sync
import Testing

@Suite("create sales documents")
struct SalesDocumentCreationTests {
    let fixture: OrderFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try OrderFixture() }

    @Test(
        "an unfulfilled order becomes a released sales order with its lines, shipping and discounts"
    )
    func salesOrder() throws {
        try fixture.stage(fixture.order())
        let run = try fixture.create()
        #expect(
            run.created.map(\.documentNo) == ["SO-1001"] && run.failures.isEmpty
                && run.selected == 1)
        let document = try #require(try ledger.salesDocument("SO-1001"))
        let header = document.header
        #expect(header.documentType == .order && header.status == .released)
        #expect(header.sellToCustomerNo == "C1" && header.billToCustomerNo == "C1")
        #expect(
            header.shopifyOrderNo == "#1001" && header.shopifyOrderId == 1001
                && header.shop == "web")
        #expect(header.shipToAddress == "2 Engine Rd" && header.shipToPostCode == "N1 7AA")
        #expect(header.currency == "USD" && header.pricesIncludingTax)
        #expect(header.invoiceDiscount == 4, "14 off the order, 10 of it on the bicycle line")
        let lines = document.lines.map {
            "\($0.type.rawValue) \($0.no) \($0.variantCode) \($0.quantity) "
                + "\($0.unitPrice) \($0.lineDiscount) \($0.locationCode)"
        }
        #expect(
            lines == [
                "item 1000  2 100 10 MAIN", "item 1100 RED 1 20 0 MAIN", "gl_account 6100  1 5 0 ",
            ])
        #expect(document.lines.map(\.shopifyLineId) == [10011, 10012, 0])
        #expect(document.amount == 211, "the order's total")
        let staged = try fixture.header()
        #expect(
            staged.processed && staged.documentNo == "SO-1001" && staged.type == "order"
                && !staged.hasError)
    }

    @Test("a fulfilled order becomes an invoice when the shop says so, else an order")
    func fulfilledAsInvoice() throws {
        var fulfilled = fixture.order()
        fulfilled.fulfillmentStatus = "FULFILLED"
        try fixture.stage(fulfilled)
        var second = fixture.order(id: 1002)
        second.fulfillmentStatus = "fulfilled"
        try fixture.stage(second)
        let first = Filter.compare(.equal, .field("id", .int), .constant(.int(1001)))
        #expect(try fixture.create(where: first).created.map(\.type) == [.invoice])
        try fixture.set("fulfilled_orders_as_invoices", false)
        #expect(try fixture.create().created.map(\.type) == [.order])
        #expect(try fixture.header().documentNo == "SI-1001")
    }

    @Test("the Shopify order number can also be the document's first line")
    func orderNoLine() throws {
        try fixture.set("order_no_on_document_line", true)
        try fixture.stage(fixture.order())
        _ = try fixture.create()
        let first = try #require(try ledger.salesDocument("SO-1001")?.lines.first)
        #expect(first.type == .comment && first.description == "Shopify order #1001")
    }

    @Test("with auto_release off the document stays open")
    func notReleased() throws {
        try fixture.set("auto_release", false)
        try fixture.stage(fixture.order())
        _ = try fixture.create()
        #expect(try ledger.salesDocument("SO-1001")?.header.status == .open)
    }

    @Test("in presentment currency the buyer's amounts are used")
    func presentmentCurrency() throws {
        var order = fixture.order()
        order.presentmentCurrency = "EUR"
        order.lines[0].presentmentUnitPrice = 92
        order.lines[0].presentmentDiscount = 9
        order.lines[1].presentmentUnitPrice = 18
        order.shippingLines[0].presentmentAmount = Decimal(string: "4.60")!
        order.presentmentTotalDiscounts = 13
        try fixture.stage(order)
        try fixture.set("currency_handling", "presentment")
        _ = try fixture.create()
        let document = try #require(try ledger.salesDocument("SO-1001"))
        #expect(document.header.currency == "EUR" && document.header.invoiceDiscount == 4)
        #expect(document.lines.map(\.unitPrice) == [92, 18, Decimal(string: "4.60")!])
    }

    @Test("tips and gift cards become G/L lines on their accounts")
    func tipLines() throws {
        try fixture.set("tip_account", "6200")
        var order = fixture.order()
        var tip = ImportedOrderLine(id: 10013, title: "Tip", quantity: 1, unitPrice: 3)
        tip.tip = true
        order.lines.append(tip)
        try fixture.stage(order)
        _ = try fixture.create()
        let lines = try #require(try ledger.salesDocument("SO-1001")).lines
        #expect(lines.contains { $0.type == .glAccount && $0.no == "6200" && $0.unitPrice == 3 })
    }

    @Test(
        "a refused order keeps its reason and leaves no document, customer or number behind",
        arguments: ["customer", "item", "tip", "shipping"])
    func refused(cause: String) throws {
        var order = fixture.order(email: "stranger@example.com")
        switch cause {
        case "customer": try fixture.set("auto_create_customers", false)
        case "item": order.lines[1].sku = "9999"
        case "tip": order.lines[1].tip = true
        default: try fixture.set("shipping_charges_account", "")
        }
        try fixture.stage(order)
        let before = try fixture.snapshot()
        let run = try fixture.create()
        #expect(run.created.isEmpty && run.failures.count == 1)
        let staged = try fixture.header()
        #expect(
            !staged.processed && staged.hasError
                && staged.error == run.failures.first?.problem.description)
        var after = try fixture.snapshot()
        #expect(after["order_header"] != before["order_header"])
        after["order_header"] = before["order_header"]
        #expect(after == before, "nothing but the order's error changed")
    }

    @Test("an error is cleared when the order goes through after the mapping is fixed")
    func retriedAfterFix() throws {
        var order = fixture.order()
        order.lines[1].sku = "9999"
        try fixture.stage(order)
        #expect(
            try fixture.create().failures.first?.problem
                == .noItem(line: 10012, sku: "9999", title: "Helmet, red"))
        try ledger.addItem(Item(no: "9999", description: "New thing", type: .service))
        #expect(try fixture.create().created.count == 1)
        #expect(try !fixture.header().hasError && fixture.header().error.isEmpty)
    }

    @Test("running twice creates nothing the second time")
    func idempotent() throws {
        try fixture.stage(fixture.order())
        try fixture.stage(fixture.order(id: 1002, email: "first@buyer.com"))
        #expect(try fixture.create().created.count == 2)
        let before = try fixture.snapshot()
        let second = try fixture.create()
        #expect(second.selected == 0 && second.created.isEmpty)
        #expect(try fixture.snapshot() == before)
    }

    @Test("a cancelled order that was never processed becomes no document")
    func cancelled() throws {
        var order = fixture.order()
        order.cancelled = true
        try fixture.stage(order)
        #expect(try fixture.create().selected == 0)
        let creator = SalesDocumentCreator(ledger: ledger, shop: "web")
        #expect(try creator.run(orderIds: [1001]).skipped == 1)
        #expect(try fixture.count("sales_header") == 0)
    }

    @Test("the filter selects over the staged order fields")
    func filtered() throws {
        var pos = fixture.order(id: 1002)
        pos.channel = "Point of Sale"
        try fixture.stage(fixture.order())
        try fixture.stage(pos)
        let run = try fixture.create(
            where: .compare(
                .equal, .field("channel", .string),
                .constant(.string("Point of Sale"))))
        #expect(run.created.map(\.orderName) == ["#1002"])
    }

    @Test("a dry run reports what it would create and writes nothing")
    func dryRun() throws {
        try fixture.stage(fixture.order())
        try fixture.stage(fixture.order(id: 1002, email: "first@buyer.com"))
        let before = try fixture.snapshot()
        let run = try fixture.create(dryRun: true)
        #expect(run.dryRun && run.created.map(\.orderName) == ["#1001", "#1002"])
        #expect(run.created.allSatisfy { $0.documentNo.isEmpty && $0.type == .order })
        #expect(try fixture.snapshot() == before)
    }

    @Test("an order processed since selection is skipped, not made twice")
    func processedMeanwhile() throws {
        try fixture.stage(fixture.order())
        let creator = SalesDocumentCreator(ledger: ledger, shop: "web")
        let ids = try ledger.unprocessedOrderIds(shop: "web")
        _ = try creator.run(orderIds: ids)
        let again = try creator.run(orderIds: ids)
        #expect(again.skipped == 1 && again.created.isEmpty)
        #expect(try fixture.count("sales_header") == 1)
    }

    @Test("sync orders' hook creates documents only when auto_create_sales_documents is on")
    func autoCreateHook() throws {
        try fixture.stage(fixture.order())
        let creator = SalesDocumentCreator(ledger: ledger, shop: "web")
        #expect(try creator.createIfEnabled(forNewOrders: [1001]) == nil)
        try fixture.set("auto_create_sales_documents", true)
        #expect(try creator.createIfEnabled(forNewOrders: [1001])?.created.count == 1)
    }
}
