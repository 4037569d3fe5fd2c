import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

/// A posting is one transaction: stopping it after any number of its writes leaves the ledger
/// exactly as it was. This stands in for killing the process mid-posting, which SQLite's
/// journal turns into the same rollback.
@Suite("posting atomicity")
struct AtomicityTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    /// Fails the posting after 0, 1, 2, … writes until it gets through; returns the writes it took.
    func failAtEveryWrite(_ post: () throws -> Void) throws -> Int {
        let before = try fixture.snapshot()
        var limit = 0
        while true {
            ledger.postingFaultAfterWrites = limit
            do {
                try post()
                ledger.postingFaultAfterWrites = nil
                return limit
            } catch LedgerError.injectedFault(let writes) {
                #expect(writes == limit)
                #expect(try fixture.snapshot() == before, "after \(limit) writes")
                #expect(try LedgerConsistency.check(ledger) == [])
            }
            limit += 1
            if limit > 100 { Issue.record("posting never finished"); return limit }
        }
    }

    @Test("an order's posting stopped after any of its writes leaves the ledger unchanged")
    func orderPosting() throws {
        let no = try fixture.order()
        let writes = try failAtEveryWrite { try ledger.post(salesOrder: no) }
        // 2 numbers, 2 headers, 3 shipment and 3 invoice lines, 2 stock entries, 6 line updates,
        // the delete
        #expect(writes == 19)
        #expect(try ledger.salesDocument(no) == nil)
        #expect(try LedgerConsistency.check(ledger) == [])
    }

    @Test("a partial shipment stopped after any of its writes leaves the ledger unchanged")
    func partialPosting() throws {
        let no = try fixture.order()
        try ledger.setQuantityToShip(document: no, line: 10_000, quantity: 1)
        let writes = try failAtEveryWrite { try ledger.post(salesOrder: no, ship: true, invoice: false) }
        #expect(writes > 5)
        #expect(try ledger.salesDocument(no)?.lines.first?.quantityShipped == 1)
    }

    @Test("inside a batch, a document stopped mid-posting is a failure and leaves no trace")
    func batchWithFault() throws {
        let no = try fixture.order()
        let before = try fixture.snapshot()
        ledger.postingFaultAfterWrites = 5
        let result = try ledger.postSalesOrders(where: nil, ship: true, invoice: true, postingDate: nil)
        ledger.postingFaultAfterWrites = nil
        #expect(result.failures.map(\.documentNo) == [no])
        var after = try fixture.snapshot()
        after["posting_error"] = before["posting_error"]
        after["number_series"] = before["number_series"]
        #expect(after == before)
        #expect(try LedgerConsistency.check(ledger) == [])
    }
}

@Suite("ledger consistency")
struct ConsistencyTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    @Test("a ledger with partly and fully posted documents is consistent")
    func consistentLedger() throws {
        try ledger.post(salesOrder: try fixture.order())
        let partial = try fixture.order(shopifyNo: "#1002")
        try ledger.setQuantityToShip(document: partial, line: 20_000, quantity: 1)
        try ledger.post(salesOrder: partial, ship: true, invoice: false)
        try ledger.post(salesInvoice: try fixture.order(type: .invoice))
        #expect(try LedgerConsistency.check(ledger) == [])
    }

    @Test("each kind of half-posted trace is reported with the record it concerns")
    func corruptedLedger() throws {
        let partial = try fixture.order()
        try ledger.post(salesOrder: partial, ship: true, invoice: false)
        try ledger.post(salesOrder: try fixture.order(shopifyNo: "#1002"))
        let db = ledger.connection
        try db.run("UPDATE sales_line SET quantity_shipped = 1, quantity_invoiced = 1 WHERE line_no = 20000")
        try db.run("DELETE FROM item_ledger_entry WHERE document_no = 'S-1002' AND item_no = '1100'")
        try db.run("""
            INSERT INTO item_ledger_entry (item_no, location_code, posting_date, entry_type, document_no,
              quantity, created_at) VALUES ('1000', 'MAIN', '2025-12-01', 'sale', 'S-9999', -1, 0)
            """)
        try db.run("UPDATE sales_invoice_header SET amount = amount + 1 WHERE no = 'PSI-1001'")
        try db.run("INSERT INTO sales_invoice_header (no, customer_no, posting_date, amount, created_at) "
                   + "VALUES ('PSI-X', 'C1', '2025-12-01', 0, 0)")
        let findings = try LedgerConsistency.check(ledger)
        let line = "sales document SO-1001 line 20000"
        #expect(findings.contains("\(line): shipped 1 but its posted shipments hold 2"))
        #expect(findings.contains("\(line): invoiced 1 but its posted invoices hold 0"))
        #expect(findings.contains {
            $0.hasPrefix("item ledger entry") && $0.hasSuffix("no posted shipment 'S-9999'")
        })
        #expect(findings.contains("posted shipment S-1002 ships 5 units of stock but moved 3"))
        #expect(findings.contains(
            "posted invoice PSI-1001: amount 342.9801 but its lines less discount make 342.98"))
        #expect(findings.contains("posted invoice PSI-X has no lines"))
        #expect(findings.count == 6)
    }

    @Test("an order shipped and invoiced in full but not deleted is half-posted")
    func notDeleted() throws {
        let no = try fixture.order()
        try ledger.post(salesOrder: no, ship: true, invoice: false)
        try ledger.connection.run("UPDATE sales_line SET quantity_invoiced = quantity")
        let findings = try LedgerConsistency.check(ledger)
        #expect(findings.contains("sales order \(no) is shipped and invoiced in full but not deleted"))
    }
}
