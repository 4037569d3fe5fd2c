import Database
import Foundation
import ShopSyncCore

/// A change to a Shopify order, made after its sales document was created, that the document
/// does not show. Nothing is applied to the document: the order is flagged with the edits and
/// a person decides (`order "#1001" resolve` once the document is put right).
public enum OrderEdit: Sendable, Equatable, CustomStringConvertible {
    /// Line items were added to or removed from the order.
    case linesAdded([Int64])
    case linesRemoved([Int64])
    /// A line's quantity changed in a way no refund with money explains.
    case quantityChanged(line: Int64, from: Int, to: Int)
    case shippingChanged(from: Decimal, to: Decimal)
    case cancelledWithoutRefund
    /// A refund that took items off without money: there is no credit memo to make of it.
    case refundWithoutCreditMemo(refund: Int64)

    public var description: String {
        switch self {
        case .linesAdded(let ids):
            return "lines added (" + ids.map(String.init).joined(separator: ", ") + ")"
        case .linesRemoved(let ids):
            return "lines removed (" + ids.map(String.init).joined(separator: ", ") + ")"
        case .quantityChanged(let line, let from, let to):
            return "line \(line) quantity \(from) -> \(to)"
        case .shippingChanged(let from, let to): return "shipping \(from) -> \(to)"
        case .cancelledWithoutRefund: return "cancelled without a refund"
        case .refundWithoutCreditMemo(let refund):
            return "refund \(refund) returned no money, so it cannot become a credit memo"
        }
    }
}

/// What a sales document was made from: the order's line quantities, shipping, cancellation
/// and refunds when it was processed (or when an edit was last resolved).
public struct ProcessedBaseline: Sendable, Equatable {
    public var quantities: [Int64: Int]
    public var shipping: Decimal
    public var cancelled: Bool
    public var refundIds: Set<Int64>

    /// `11:2,12:1`, sorted by line id: how the quantities are kept in one column.
    var encodedQuantities: String {
        quantities.keys.sorted().map { "\($0):\(quantities[$0] ?? 0)" }.joined(separator: ",")
    }

    var encodedRefunds: String { refundIds.sorted().map(String.init).joined(separator: ",") }

    static func decode(quantities text: String, refunds: String) -> ([Int64: Int], Set<Int64>) {
        var map: [Int64: Int] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: ":")
            if parts.count == 2, let id = Int64(parts[0]), let quantity = Int(parts[1]) {
                map[id] = quantity
            }
        }
        return (map, Set(refunds.split(separator: ",").compactMap { Int64($0) }))
    }
}

/// The rules that tell an edit after processing, as the reference connector has them: lines
/// added or removed, a quantity change, a different shipping total, a cancellation without a
/// refund, a refund that cannot become a credit memo. Fulfilment and payment changes are not
/// edits: they change no line of the document.
public enum OrderEdits {
    public static func detect(baseline: ProcessedBaseline, order: ImportedOrder) -> [OrderEdit] {
        var edits: [OrderEdit] = []
        let now = Dictionary(order.lines.map { ($0.id, $0.quantity) }) { a, _ in a }
        let added = now.keys.filter { baseline.quantities[$0] == nil }.sorted()
        let removed = baseline.quantities.keys.filter { now[$0] == nil }.sorted()
        if !added.isEmpty { edits.append(.linesAdded(added)) }
        if !removed.isEmpty { edits.append(.linesRemoved(removed)) }
        edits += quantityEdits(baseline, now, order)
        if order.totalShipping != baseline.shipping {
            edits.append(.shippingChanged(from: baseline.shipping, to: order.totalShipping))
        }
        if order.cancelled, !baseline.cancelled, order.refunds.isEmpty {
            edits.append(.cancelledWithoutRefund)
        }
        for refund in order.refunds
        where !baseline.refundIds.contains(refund.id) && !refund.canBecomeCreditMemo {
            edits.append(.refundWithoutCreditMemo(refund: refund.id))
        }
        return edits
    }

    /// Quantity changes of lines kept; a decrease that new refunds with money cover is a refund
    /// for the credit memo process, not an edit.
    private static func quantityEdits(
        _ baseline: ProcessedBaseline, _ now: [Int64: Int],
        _ order: ImportedOrder
    ) -> [OrderEdit] {
        var creditable = order.refunds.filter {
            !baseline.refundIds.contains($0.id) && $0.canBecomeCreditMemo
        }
        .reduce(0) { $0 + $1.quantity }
        var edits: [OrderEdit] = []
        for id in now.keys.sorted() {
            guard let before = baseline.quantities[id], let after = now[id], before != after else {
                continue
            }
            if after < before, before - after <= creditable {
                creditable -= before - after
                continue
            }
            edits.append(.quantityChanged(line: id, from: before, to: after))
        }
        return edits
    }
}

extension Ledger {
    /// The baseline kept for a processed order; nil when it has none (not processed, or
    /// processed before baselines were kept, when there is nothing to compare with).
    func processedBaseline(shop: String, orderId: Int64) throws -> ProcessedBaseline? {
        guard
            let row = try connection.queryOne(
                """
                SELECT processed_quantity, processed_line_ids, processed_shipping, processed_cancelled,
                  processed_refund_ids FROM order_header
                WHERE shop = ? AND id = ? AND processed = 1 AND processed_at IS NOT NULL
                """, [.text(shop), .integer(orderId)])
        else { return nil }
        let (quantities, refunds) = ProcessedBaseline.decode(
            quantities: try row.string("processed_line_ids"),
            refunds: try row.string("processed_refund_ids"))
        return ProcessedBaseline(
            quantities: quantities,
            shipping: Storage.decimal(fromMoney: try row.int64("processed_shipping")),
            cancelled: try row.bool("processed_cancelled"), refundIds: refunds)
    }

    /// Compares a re-imported order with its baseline and sets or clears the flag; returns the
    /// edits found. Called by `saveImportedOrder` inside its transaction.
    func flagEditsAfterProcessing(_ order: ImportedOrder) throws -> [OrderEdit] {
        guard let baseline = try processedBaseline(shop: order.shop, orderId: order.id) else {
            return []
        }
        let edits = OrderEdits.detect(baseline: baseline, order: order)
        try connection.run(
            """
            UPDATE order_header SET edited_after_processing = ?, edit_reason = ? WHERE shop = ? AND id = ?
            """,
            [
                .integer(edits.isEmpty ? 0 : 1),
                .text(edits.map(\.description).joined(separator: "; ")),
                .text(order.shop), .integer(order.id),
            ])
        return edits
    }

    /// Keeps the staged order as it now is as what its sales document was made from. (`+id`
    /// keeps SQLite on the per-order index; see `stagedOrder`.)
    func captureBaseline(shop: String, orderId: Int64) throws {
        try connection.run(
            """
            UPDATE order_header SET processed_at = ?3,
              processed_quantity = (SELECT COALESCE(SUM(quantity), 0) FROM order_line l
                                    WHERE l.shop = ?1 AND l.order_id = ?2),
              processed_line_ids = COALESCE((SELECT group_concat(id || ':' || quantity, ',') FROM
                (SELECT id, quantity FROM order_line l WHERE l.shop = ?1 AND l.order_id = ?2
                   ORDER BY +id)), ''),
              processed_shipping = total_shipping, processed_cancelled = cancelled,
              processed_refund_ids = COALESCE((SELECT group_concat(id, ',') FROM
                (SELECT id FROM order_refund r WHERE r.shop = ?1 AND r.order_id = ?2 ORDER BY +id)), ''),
              edited_after_processing = 0, edit_reason = ''
            WHERE shop = ?1 AND id = ?2
            """, [.text(shop), .integer(orderId), .integer(now)])
    }

    /// `order "#1001" resolve`: a person has put the sales document right (or decided it is
    /// right), so the order as it now is becomes the baseline and the flag is cleared.
    public func resolveOrderEdit(shop: String, orderName: String) throws {
        try connection.writeTransaction { _ in
            guard
                let row = try connection.queryOne(
                    """
                    SELECT id, processed, edited_after_processing FROM order_header
                    WHERE shop = ? AND name = ?
                    """, [.text(shop), .text(orderName)])
            else {
                throw LedgerError.unknown(kind: "Shopify order", key: orderName)
            }
            guard try row.bool("processed") else {
                throw LedgerError.wrongStatus(
                    document: orderName, status: "not processed",
                    expected: "processed")
            }
            try captureBaseline(shop: shop, orderId: try row.int64("id"))
        }
    }
}
