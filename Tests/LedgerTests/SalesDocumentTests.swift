import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

@Suite("sales documents")
struct SalesDocumentTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    @Test("an order round-trips with its Shopify order number, numbered lines and amount")
    func orderRoundTrip() throws {
        let no = try fixture.order(released: false)
        #expect(no == "SO-1001")
        let document = try #require(try ledger.salesDocument(no))
        #expect(document.header.shopifyOrderNo == "#1001" && document.header.shopifyOrderId == 5_001)
        #expect(document.header.billToCustomerNo == "C1")
        #expect(document.header.orderDate?.description == "2025-11-24")
        #expect(document.lines.map(\.lineNo) == [10_000, 20_000, 30_000, 40_000])
        #expect(document.lines.map(\.type) == [.item, .item, .comment, .glAccount])
        #expect(document.lines[0].description == "Bicycle")
        #expect(document.lines[3].description == "Shipping charges")
        // 3 × 100 + 2 × 19.99 − 2 + 5
        #expect(try ledger.documentAmount(no) == Decimal(string: "342.98")!)
        let fetched = try ledger.fetch(LedgerCatalogue.salesOrders).rows
        #expect(fetched.count == 1)
    }

    @Test("an invoice takes its number from the invoice series")
    func invoiceNumbering() throws {
        #expect(try fixture.order(type: .invoice) == "SI-1001")
        #expect(try ledger.count(LedgerCatalogue.salesInvoices) == 1)
    }

    @Test("an unknown customer is refused and nothing is written")
    func unknownCustomer() throws {
        let before = try fixture.snapshot()
        #expect(throws: LedgerError.unknownCustomer("C9")) { try fixture.order(customer: "C9") }
        #expect(try fixture.snapshot() == before)
    }

    @Test("a blocked customer gets no document")
    func blockedCustomer() throws {
        var customer = try #require(try ledger.customer("C2"))
        customer.blocked = true
        try ledger.updateCustomer(customer)
        #expect(throws: LedgerError.blocked(kind: "customer", key: "C2")) {
            try fixture.order(customer: "C2")
        }
    }

    @Test("lines are checked: unknown item, zero quantity, unknown variant, missing location")
    func lineValidation() throws {
        let header = SalesHeader(sellToCustomerNo: "C1")
        let before = try fixture.snapshot()
        #expect(throws: LedgerError.unknownItem("4040")) {
            try ledger.createSalesDocument(header, lines: [
                SalesLine(no: "4040", locationCode: "MAIN", quantity: 1)])
        }
        #expect(throws: LedgerError.invalidQuantity(document: "SO-1001", line: 20_000, quantity: 0)) {
            try ledger.createSalesDocument(header, lines: [
                SalesLine(no: "1000", locationCode: "MAIN", quantity: 1),
                SalesLine(no: "1000", locationCode: "MAIN", quantity: 0)])
        }
        #expect(throws: LedgerError.unknown(kind: "item variant", key: "1100/BLUE")) {
            try ledger.createSalesDocument(header, lines: [
                SalesLine(no: "1100", variantCode: "BLUE", locationCode: "MAIN", quantity: 1)])
        }
        #expect(throws: LedgerError.missingLocation(document: "SO-1001", line: 10_000)) {
            try ledger.createSalesDocument(header, lines: [SalesLine(no: "1000", quantity: 1)])
        }
        #expect(try fixture.snapshot() == before)
        let service = try ledger.createSalesDocument(header, lines: [SalesLine(no: "SRV", quantity: 1)])
        #expect(try ledger.salesDocument(service)?.lines.count == 1)
    }

    @Test("release, reopen and delete follow the document's status")
    func statusChanges() throws {
        let no = try fixture.order(released: false)
        try ledger.releaseSalesDocument(no)
        #expect(try ledger.salesDocument(no)?.header.status == .released)
        #expect(throws: LedgerError.wrongStatus(document: no, status: "released", expected: "open")) {
            try ledger.deleteSalesDocument(no)
        }
        try ledger.reopenSalesDocument(no)
        try ledger.deleteSalesDocument(no)
        #expect(try ledger.salesDocument(no) == nil)
        #expect(try fixture.count("sales_line") == 0)
        #expect(throws: LedgerError.unknownDocument("SO-9")) { try ledger.releaseSalesDocument("SO-9") }
    }

    @Test("the quantity to ship cannot exceed what is outstanding")
    func quantityToShipLimit() throws {
        let no = try fixture.order()
        try ledger.setQuantityToShip(document: no, line: 10_000, quantity: 2)
        #expect(try ledger.salesDocument(no)?.lines[0].quantityToShip == 2)
        #expect(throws: LedgerError.quantityToShipTooLarge(document: no, line: 10_000, requested: 4,
                                                          outstanding: 3)) {
            try ledger.setQuantityToShip(document: no, line: 10_000, quantity: 4)
        }
    }
}
