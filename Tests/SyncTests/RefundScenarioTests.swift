import Foundation
import ShopSyncCore
import ShopSyncTesting
import Testing
@testable import Ledger

extension SandboxScenario {
    /// The name of a processed, uncancelled order that is fully paid, or that nothing was
    /// paid for yet (so cancelling it refunds nothing).
    func processedOrder(paid: Bool) throws -> String {
        let payment = paid ? "fully_paid = 1" : "financial_status IN ('pending', 'authorized')"
        return try #require(try ledger.connection.scalar("""
            SELECT name FROM order_header WHERE processed = 1 AND cancelled = 0 AND \(payment)
              AND edited_after_processing = 0 ORDER BY id LIMIT 1
            """)?.string)
    }

    /// Acts on the order in the sandbox a minute later, then syncs orders again.
    func changeInShopify(_ order: String, _ action: String) throws {
        harness.clock.advance(by: TimeSpan(milliseconds: 60_000))
        let run = harness.run("sandbox order \"\(order)\" \(action)")
        #expect(run.status == .success, "\(run.standardError)")
        _ = try #require(sync("sync orders"))
    }

    func editReason(_ order: String) throws -> String? {
        try ledger.connection.scalar("""
            SELECT edit_reason FROM order_header WHERE name = ? AND edited_after_processing = 1
            """, [.text(order)])?.string
    }
}

@Suite("refunds of processed orders")
struct RefundScenarioTests {
    @Test("a processed order refunded with money is not flagged, and its refund is staged")
    func refundWithMoney() throws {
        let scenario = SandboxScenario.processed()
        let order = try scenario.processedOrder(paid: true)
        try scenario.changeInShopify(order, "refund amount 5")
        #expect(try scenario.editReason(order) == nil)
        let refunds = try scenario.ledger.connection.query("""
            SELECT r.amount, r.created_at FROM order_refund r JOIN order_header h ON h.shop = r.shop
              AND h.id = r.order_id WHERE h.name = ?
            """, [.text(order)])
        #expect(refunds.count == 1)
        #expect(try refunds.first?.int64("amount") == 50_000, "5.00 in ten-thousandths")
        #expect(try (refunds.first?.int64("created_at") ?? 0) > 0)
    }

    @Test("a processed order cancelled with its payment refunded is not flagged")
    func cancelledWithRefund() throws {
        let scenario = SandboxScenario.processed()
        let order = try scenario.processedOrder(paid: true)
        try scenario.changeInShopify(order, "cancel")
        #expect(try scenario.editReason(order) == nil)
    }

    @Test("a processed order cancelled without a refund is flagged with the reason")
    func cancelledWithoutRefund() throws {
        let scenario = SandboxScenario.processed()
        let order = try scenario.processedOrder(paid: false)
        try scenario.changeInShopify(order, "cancel")
        #expect(try scenario.editReason(order) == "cancelled without a refund")
    }
}
