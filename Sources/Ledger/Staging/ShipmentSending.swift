import Database
import ShopSyncCore

/// A posted shipment of a Shopify order, as `sync shipments` sends it.
public struct ShipmentToSend: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let lineNo: Int
        public let shopifyLineID: Int64
        public let quantity: Int
    }

    public let no: String
    public let shopifyOrderID: Int64
    public let shopifyOrderNo: String
    public let trackingNo: String
    public let trackingCompany: String
    public let trackingURL: String
    /// Item lines only: charges and comments are not fulfilled.
    public let lines: [Line]
}

/// The `shopify_fulfillment_id` of a shipment: 0 not sent, -1 refused (with a reason),
/// -2 nothing to send, otherwise the fulfilment Shopify created.
extension Ledger {
    /// Shipments of `shop` not yet sent to Shopify that `filter` (over `posted_shipments`)
    /// selects, oldest first.
    public func shipmentsToSend(shop: String, where filter: Filter? = nil,
                                limit: Int = 1000) throws -> [ShipmentToSend] {
        let (condition, binds) = try self.condition(LedgerCatalogue.postedShipments, filter)
        let scope = condition.isEmpty ? " WHERE " : condition + " AND "
        let headers = try connection.query("""
            SELECT no, shopify_order_id, shopify_order_no, tracking_no, tracking_company, tracking_url
            FROM sales_shipment_header AS t
            """ + scope + """
            t.shop = ? AND t.shopify_order_id <> 0 AND t.shopify_fulfillment_id = 0
            ORDER BY t.created_at, t.no LIMIT ?
            """, binds + [.text(shop), .integer(Int64(limit))])
        return try headers.map { row in
            let no = try row.string("no")
            let lines = try connection.query("""
                SELECT line_no, shopify_line_id, quantity FROM sales_shipment_line
                WHERE shipment_no = ? AND type = 'item' AND quantity > 0 ORDER BY line_no
                """, [.text(no)]).map { line in
                ShipmentToSend.Line(lineNo: try line.int("line_no"),
                                    shopifyLineID: try line.int64("shopify_line_id"),
                                    quantity: try line.int("quantity"))
            }
            return ShipmentToSend(no: no, shopifyOrderID: try row.int64("shopify_order_id"),
                                  shopifyOrderNo: try row.string("shopify_order_no"),
                                  trackingNo: try row.string("tracking_no"),
                                  trackingCompany: try row.string("tracking_company"),
                                  trackingURL: try row.string("tracking_url"), lines: lines)
        }
    }

    /// Records what became of a shipment: the fulfilment id, or -1 with the reason, or -2.
    public func setShipmentFulfillment(_ no: String, id: Int64, error: String = "") throws {
        try connection.run("""
            UPDATE sales_shipment_header SET shopify_fulfillment_id = ?, fulfillment_error = ? WHERE no = ?
            """, [.integer(id), .text(error), .text(no)])
    }

    /// `shipment "S-1" retry`: a refused or empty shipment is sent again on the next run.
    public func retryShipment(_ no: String) throws {
        let changed = try connection.run("""
            UPDATE sales_shipment_header SET shopify_fulfillment_id = 0, fulfillment_error = ''
            WHERE no = ? AND shopify_fulfillment_id < 0
            """, [.text(no)])
        guard changed == 1 else {
            let exists = try connection.scalar("SELECT 1 FROM sales_shipment_header WHERE no = ?",
                                               [.text(no)]) != nil
            throw exists ? LedgerError.wrongStatus(document: no, status: "sent or waiting",
                                                   expected: "refused or nothing to send")
                : LedgerError.unknown(kind: "posted shipment", key: no)
        }
    }
}
