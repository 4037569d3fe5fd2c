import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

@Suite("posting")
struct PostingTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func shipmentLines(_ no: String) throws -> [[String]] {
        try ledger.connection.query("""
            SELECT line_no, type, item_no, quantity, shopify_line_id FROM sales_shipment_line
            WHERE shipment_no = ? ORDER BY line_no
            """, [.text(no)]).map { row in row.values.map { $0.int64.map(String.init) ?? $0.string ?? "" } }
    }

    @Test("shipping and invoicing at once posts both, moves stock and deletes the order")
    func fullPosting() throws {
        let no = try fixture.order()
        let result = try ledger.post(salesOrder: no, ship: true, invoice: true,
                                     postingDate: CivilDate(year: 2025, month: 12, day: 1))
        #expect(result == PostingResult(documentNo: no, shipmentNo: "S-1001", invoiceNo: "PSI-1001",
                                       completed: true))
        #expect(try ledger.salesDocument(no) == nil)
        #expect(try shipmentLines("S-1001") == [["10000", "item", "1000", "3", "71"],
                                                 ["20000", "item", "1100", "2", "72"],
                                                 ["40000", "gl_account", "6100", "1", "0"]])
        let invoice = try #require(try ledger.connection.queryOne(
            "SELECT amount, posting_date, shopify_order_no FROM sales_invoice_header WHERE no = 'PSI-1001'"))
        #expect(try invoice.int64("amount") == Storage.money(Decimal(string: "342.98")!))
        #expect(try invoice.string("posting_date") == "2025-12-01")
        #expect(try invoice.string("shopify_order_no") == "#1001")
        #expect(try ledger.stock(itemNo: "1000", locationCode: "MAIN") == 7)
        #expect(try LedgerConsistency.check(ledger) == [])
    }

    @Test("a partial shipment ships the quantity to ship, and the next posting the rest")
    func partialShipment() throws {
        let no = try fixture.order()
        try ledger.setQuantityToShip(document: no, line: 10_000, quantity: 1)
        try ledger.setQuantityToShip(document: no, line: 20_000, quantity: 0)
        let first = try ledger.post(salesOrder: no, ship: true, invoice: true)
        #expect(!first.completed)
        #expect(try shipmentLines("S-1001").map { $0[3] } == ["1", "1"])
        let lines = try #require(try ledger.salesDocument(no)).lines
        #expect(lines.map(\.quantityShipped) == [1, 0, 0, 1])
        #expect(lines.map(\.quantityInvoiced) == [1, 0, 0, 1])
        #expect(lines.allSatisfy { $0.quantityToShip == nil })
        #expect(try LedgerConsistency.check(ledger) == [])

        let second = try ledger.post(salesOrder: no, ship: true, invoice: true)
        #expect(second == PostingResult(documentNo: no, shipmentNo: "S-1002", invoiceNo: "PSI-1002",
                                       completed: true))
        #expect(try shipmentLines("S-1002").map { $0[3] } == ["2", "2"])
        #expect(try ledger.stock(itemNo: "1000", locationCode: "MAIN") == 7)
        let total = try ledger.connection.scalar("SELECT SUM(amount) FROM sales_invoice_header")?.int64
        #expect(total == Storage.money(Decimal(string: "342.98")!))
        #expect(try LedgerConsistency.check(ledger) == [])
    }

    @Test("ship first, invoice later: the invoice takes what was shipped")
    func shipThenInvoice() throws {
        let no = try fixture.order()
        let shipped = try ledger.post(salesOrder: no, ship: true, invoice: false)
        #expect(shipped.shipmentNo == "S-1001" && shipped.invoiceNo == nil && !shipped.completed)
        #expect(try ledger.stock(itemNo: "1000", locationCode: "MAIN") == 7)
        #expect(throws: LedgerError.nothingToPost(document: no)) {
            try ledger.post(salesOrder: no, ship: true, invoice: false)
        }
        let invoiced = try ledger.post(salesOrder: no, ship: false, invoice: true)
        #expect(invoiced.shipmentNo == nil && invoiced.invoiceNo == "PSI-1001" && invoiced.completed)
        #expect(try fixture.count("sales_shipment_header") == 1)
        #expect(try LedgerConsistency.check(ledger) == [])
    }

    @Test("invoicing before anything shipped has nothing to post")
    func invoiceOnlyWithoutShipment() throws {
        let no = try fixture.order()
        #expect(throws: LedgerError.nothingToPost(document: no)) {
            try ledger.post(salesOrder: no, ship: false, invoice: true)
        }
    }

    @Test("shipping moves stock per item, variant and location; services move none")
    func stockMovement() throws {
        let header = SalesHeader(sellToCustomerNo: "C2")
        let no = try ledger.createSalesDocument(header, lines: [
            SalesLine(no: "1000", locationCode: "EAST", quantity: 4),
            SalesLine(no: "1100", variantCode: "RED", locationCode: "MAIN", quantity: 1),
            SalesLine(no: "SRV", quantity: 1)])
        #expect(try ledger.stock(itemNo: "1000") == 10)
        try ledger.post(salesOrder: no)
        #expect(try ledger.stock(itemNo: "1000", locationCode: "MAIN") == 10)
        #expect(try ledger.stock(itemNo: "1000", locationCode: "EAST") == -4)
        #expect(try ledger.stock(itemNo: "1100", variantCode: "RED", locationCode: "MAIN") == -1)
        let sales = try ledger.connection.query(
            "SELECT item_no, document_no FROM item_ledger_entry WHERE entry_type = 'sale' ORDER BY entry_no")
        #expect(try sales.map { try $0.string(0) } == ["1000", "1100"])
        #expect(try sales.allSatisfy { try $0.string(1) == "S-1001" })
    }

    @Test("the Shopify order number reaches the posted shipment and invoice and can be filtered on")
    func shopifyOrderNumberCarried() throws {
        try ledger.post(salesOrder: try fixture.order(shopifyNo: "#1001"))
        try ledger.post(salesOrder: try fixture.order(shopifyNo: "#1002"))
        let filter = Filter.compare(.equal, .field("shopify_order_no", .string), .constant(.string("#1001")))
        let shipments = try ledger.fetch(LedgerCatalogue.postedShipments, LedgerQuery(filter: filter))
        #expect(shipments.rows.map { $0[0].plainText } == ["S-1001"])
        #expect(shipments.rows.first?[7] == .int(0))
        let invoices = try ledger.fetch(LedgerCatalogue.postedInvoices, LedgerQuery(filter: filter))
        #expect(invoices.rows.map { $0[0].plainText } == ["PSI-1001"])
        #expect(invoices.rows.first?[6] == .decimal(Decimal(string: "342.98")!))
    }

    @Test("a sales invoice posts in one step and is deleted")
    func postInvoiceDocument() throws {
        let no = try fixture.order(released: false, type: .invoice)
        let result = try ledger.post(salesInvoice: no)
        #expect(result == PostingResult(documentNo: no, shipmentNo: "S-1001", invoiceNo: "PSI-1001",
                                       completed: true))
        #expect(try ledger.stock(itemNo: "1000", locationCode: "MAIN") == 7)
        #expect(try ledger.count(LedgerCatalogue.salesInvoices) == 0)
        #expect(throws: LedgerError.unknown(kind: "sales order", key: "SI-1002")) {
            try ledger.post(salesOrder: try fixture.order(type: .invoice))
        }
        #expect(try LedgerConsistency.check(ledger) == [])
    }

    @Test("an open order is released by its posting")
    func postingReleases() throws {
        let no = try fixture.order(released: false)
        try ledger.setQuantityToShip(document: no, line: 10_000, quantity: 1)
        try ledger.post(salesOrder: no, ship: true, invoice: false)
        #expect(try ledger.salesDocument(no)?.header.status == .released)
    }

    @Test("a customer blocked after the order was made stops its posting, with nothing written")
    func blockedAtPosting() throws {
        let no = try fixture.order()
        var customer = try #require(try ledger.customer("C1"))
        customer.blocked = true
        try ledger.updateCustomer(customer)
        let before = try fixture.snapshot()
        #expect(throws: LedgerError.blocked(kind: "customer", key: "C1")) { try ledger.post(salesOrder: no) }
        #expect(try fixture.snapshot() == before)
    }

    @Test("a line discount split over partial invoices adds up to the whole discount")
    func discountShares() throws {
        let header = SalesHeader(sellToCustomerNo: "C1", invoiceDiscount: 1)
        let no = try ledger.createSalesDocument(header, lines: [
            SalesLine(no: "1000", locationCode: "MAIN", quantity: 3, unitPrice: 10, lineDiscount: 1)])
        for _ in 0..<3 {
            try ledger.setQuantityToShip(document: no, line: 10_000, quantity: 1)
            try ledger.post(salesOrder: no)
        }
        let amounts = try ledger.connection.query("SELECT amount FROM sales_invoice_header ORDER BY no")
            .map { try $0.int64(0) }
        #expect(amounts.reduce(0, +) == Storage.money(28))
        #expect(amounts.first == Storage.money(Decimal(string: "8.6667")!))
        #expect(try ledger.salesDocument(no) == nil)
        #expect(try LedgerConsistency.check(ledger) == [])
    }
}
