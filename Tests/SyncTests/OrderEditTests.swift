import Foundation
import Ledger
import ShopSyncCore
import Sync
import Testing

@Suite("edits after processing")
struct OrderEditTests {
    let fixture: OrderFixture
    var ledger: Ledger { fixture.ledger }

    /// Order #1001 staged and turned into SO-1001.
    init() throws {
        fixture = try OrderFixture()
        try fixture.stage(fixture.order())
        _ = try fixture.create()
    }

    func reimport(_ change: (inout ImportedOrder) -> Void) throws -> StagingOutcome {
        var order = fixture.order()
        change(&order)
        return try fixture.stage(order)
    }

    @Test("an unchanged re-import, or a payment or fulfilment change, is no edit")
    func notEdits() throws {
        #expect(try reimport { _ in } == .updated)
        #expect(
            try reimport {
                $0.financialStatus = "PAID"
                $0.fulfillmentStatus = "FULFILLED"
            } == .updated)
        #expect(try !fixture.header().edited)
    }

    @Test(
        "each kind of edit flags the order with its reason",
        arguments: [
            ("added", "lines added (10013)"), ("removed", "lines removed (10012)"),
            ("quantity", "line 10011 quantity 2 -> 3"), ("shipping", "shipping 5 -> 9.5"),
            ("cancelled", "cancelled without a refund"),
            ("refund", "refund 55 returned no money, so it cannot become a credit memo"),
        ])
    func flagged(kind: String, reason: String) throws {
        let outcome = try reimport { order in
            switch kind {
            case "added": order.lines.append(ImportedOrderLine(id: 10013, sku: "SRV", quantity: 1))
            case "removed": order.lines.removeLast()
            case "quantity": order.lines[0].quantity = 3
            case "shipping": order.totalShipping = Decimal(string: "9.50")!
            case "cancelled": order.cancelled = true
            default:
                order.lines[1].quantity = 0
                order.refunds = [ImportedRefund(id: 55, amount: 0, quantity: 1)]
            }
        }
        guard case .editedAfterProcessing(let edits) = outcome else {
            Issue.record("expected the order to be flagged, got \(outcome)")
            return
        }
        #expect(edits.map(\.description).contains(reason))
        let staged = try fixture.header()
        #expect(staged.edited && staged.reason.contains(reason))
        #expect(
            try ledger.salesDocument("SO-1001")?.lines.first?.quantity == 2,
            "the document is left alone")
    }

    @Test("a refund with money that explains a smaller quantity is for a credit memo, not an edit")
    func refundWithMoney() throws {
        let outcome = try reimport { order in
            order.lines[0].quantity = 1
            order.refunds = [ImportedRefund(id: 56, amount: 90, quantity: 1)]
        }
        #expect(outcome == .updated)
    }

    @Test("resolve clears the flag, and the order as it now is becomes the reference")
    func resolve() throws {
        _ = try reimport { $0.lines[0].quantity = 3 }
        #expect(try fixture.header().edited)
        try ledger.resolveOrderEdit(shop: "web", orderName: "#1001")
        #expect(try !fixture.header().edited && fixture.header().reason.isEmpty)
        #expect(try reimport { $0.lines[0].quantity = 3 } == .updated)
        #expect(try reimport { $0.lines[0].quantity = 4 } != .updated)
    }

    @Test("resolving an order that was never processed is refused")
    func resolveUnprocessed() throws {
        try fixture.stage(fixture.order(id: 1002))
        #expect(throws: LedgerError.self) {
            try ledger.resolveOrderEdit(shop: "web", orderName: "#1002")
        }
        #expect(throws: LedgerError.unknown(kind: "Shopify order", key: "#404")) {
            try ledger.resolveOrderEdit(shop: "web", orderName: "#404")
        }
    }

    @Test("flagged orders are a record kind the language can filter")
    func listable() throws {
        _ = try reimport { $0.cancelled = true }
        let flagged = Filter.field("edited_after_processing", .bool)
        #expect(try ledger.count(LedgerCatalogue.shopifyOrders, filter: flagged) == 1)
    }
}
