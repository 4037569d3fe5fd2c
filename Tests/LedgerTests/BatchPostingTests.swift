import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

@Suite("batch posting")
struct BatchPostingTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func blockCustomer(_ no: String) throws {
        var customer = try #require(try ledger.customer(no))
        customer.blocked = true
        try ledger.updateCustomer(customer)
    }

    @Test("a failing document in the middle is recorded and the others are posted")
    func failureInTheMiddle() throws {
        let first = try fixture.order(shopifyNo: "#1001")
        let middle = try fixture.order(customer: "C2", shopifyNo: "#1002")
        let last = try fixture.order(shopifyNo: "#1003")
        try blockCustomer("C2")
        let result = try ledger.postSalesOrders(where: nil, ship: true, invoice: true, postingDate: nil)
        #expect(result.selected == 3 && result.postedCount == 2 && result.failedCount == 1)
        #expect(result.posted == [first, last])
        #expect(result.failures == [BatchFailure(documentNo: middle, message: "customer 'C2' is blocked")])
        let errors = try ledger.fetch(LedgerCatalogue.postingErrors).rows
        #expect(errors.count == 1)
        #expect(errors.first.map { [$0[1], $0[2], $0[3], $0[4]] } == [
            .string(result.batchId), .string("order"), .string(middle), .string("customer 'C2' is blocked")])
        #expect(try ledger.salesDocument(middle)?.lines.map(\.quantityShipped) == [0, 0, 0, 0])
        #expect(try LedgerConsistency.check(ledger) == [])
    }

    @Test("the filter selects which orders post, e.g. by Shopify order number and status")
    func filterSelects() throws {
        try fixture.order(shopifyNo: "#1001")
        let wanted = try fixture.order(shopifyNo: "#1002")
        try fixture.order(shopifyNo: "#1002", released: false)
        let filter = Filter.and(
            .compare(.equal, .field("shopify_order_no", .string), .constant(.string("#1002"))),
            .compare(.equal, .field("status", .string), .constant(.string("released"))))
        let result = try ledger.postSalesOrders(where: filter, ship: true, invoice: false, postingDate: nil)
        #expect(result.selected == 1 && result.posted == [wanted])
        #expect(try ledger.count(LedgerCatalogue.postedShipments) == 1)
        #expect(try ledger.count(LedgerCatalogue.postedInvoices) == 0)
    }

    @Test("a document posted by someone else after selection is skipped, not failed")
    func postedMeanwhile() throws {
        let gone = try fixture.order(shopifyNo: "#1001")
        let other = try fixture.order(shopifyNo: "#1002")
        try ledger.post(salesOrder: gone)
        let result = try ledger.postSalesOrders(numbers: [gone, other], ship: true, invoice: true,
                                                postingDate: nil)
        #expect(result.skipped == [gone] && result.posted == [other] && result.failures.isEmpty)
        #expect(try fixture.count("posting_error") == 0)
    }

    @Test("sales invoices post as a batch with their own record kind")
    func invoiceBatch() throws {
        let a = try fixture.order(released: false, type: .invoice)
        let b = try fixture.order(customer: "C2", type: .invoice)
        try blockCustomer("C2")
        try fixture.order(shopifyNo: "#2000")
        let date = CivilDate(year: 2025, month: 12, day: 2)
        let result = try ledger.postSalesInvoices(where: nil, postingDate: date)
        #expect(result.selected == 2 && result.posted == [a] && result.failures.map(\.documentNo) == [b])
        #expect(try ledger.count(LedgerCatalogue.salesOrders) == 1)
        let errors = try ledger.fetch(LedgerCatalogue.postingErrors).rows
        #expect(errors.first?[2] == .string("invoice"))
    }

    @Test("each batch has its own id in the error register")
    func batchIds() throws {
        let first = try ledger.postSalesOrders(where: nil, ship: true, invoice: true, postingDate: nil)
        let second = try ledger.postSalesOrders(where: nil, ship: true, invoice: true, postingDate: nil)
        #expect(first.batchId == "B-1" && second.batchId == "B-2" && first.selected == 0)
    }

    @Test("a cancelled batch stops before the next document")
    func cancellation() throws {
        try fixture.order()
        let token = CancellationToken()
        token.cancel()
        let result = try ledger.postSalesOrders(where: nil, ship: true, invoice: true, postingDate: nil,
                                                cancellation: token)
        #expect(result.cancelled && result.posted.isEmpty && result.selected == 1)
    }
}
