import Database
import ShopSyncCore

/// A processed order with what the ERP still has to write to it in Shopify.
public struct OrderWriteBack: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let salesDocumentNo: String
    /// The document number is not on the Shopify order yet.
    public let needsDocumentNo: Bool
    /// Paid and fulfilled, not closed in Shopify, and never closed by the ERP.
    public let needsClose: Bool
}

extension Ledger {
    /// The shop's processed orders with a write-back to do: the document number when
    /// `documentNo`, the close when `close`.
    public func orderWriteBacks(shop: String, documentNo: Bool, close: Bool) throws -> [OrderWriteBack] {
        let rows = try connection.query("""
            SELECT id, name, sales_document_no,
              (?2 AND sales_document_no <> '' AND written_document_no <> sales_document_no) AS write_no,
              (?3 AND closed = 0 AND closed_by_erp_at IS NULL AND fully_paid = 1 AND cancelled = 0
                AND fulfillment_status = 'fulfilled') AS close
            FROM order_header WHERE shop = ?1 AND processed = 1 AND (write_no OR close)
            ORDER BY id
            """, [.text(shop), .integer(documentNo ? 1 : 0), .integer(close ? 1 : 0)])
        return try rows.map { row in
            OrderWriteBack(id: try row.int64("id"), name: try row.string("name"),
                           salesDocumentNo: try row.string("sales_document_no"),
                           needsDocumentNo: try row.bool("write_no"), needsClose: try row.bool("close"))
        }
    }

    /// The document number is on the Shopify order.
    public func markDocumentNoWritten(shop: String, orderId: Int64, documentNo: String) throws {
        try connection.run("UPDATE order_header SET written_document_no = ? WHERE shop = ? AND id = ?",
                           [.text(documentNo), .text(shop), .integer(orderId)])
    }

    /// The order was closed in Shopify by the ERP; the next import confirms `closed`.
    public func markClosedByERP(shop: String, orderId: Int64) throws {
        try connection.run("UPDATE order_header SET closed = 1, closed_by_erp_at = ? WHERE shop = ? AND id = ?",
                           [.integer(now), .text(shop), .integer(orderId)])
    }
}
