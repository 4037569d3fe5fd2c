import Database
import Foundation
import ShopSyncCore

/// Stock of one item variant at one location.
public struct StockLevel: Sendable, Equatable {
    public let itemNo: String
    public let variantCode: String
    public let locationCode: String
    /// The sum of the item ledger entries.
    public let onHand: Int
    /// On hand less what released, not yet shipped sales order lines will take.
    public let available: Int

    public init(itemNo: String, variantCode: String, locationCode: String, onHand: Int, available: Int) {
        self.itemNo = itemNo
        self.variantCode = variantCode
        self.locationCode = locationCode
        self.onHand = onHand
        self.available = available
    }
}

/// Stock adjustments and stock figures. Stock may go negative: posting a shipment never
/// waits for stock (an ERP without a stock-out check does the same); what posting refuses is
/// shipping more than a line's outstanding quantity.
extension Ledger {
    /// Writes a positive or negative adjustment entry and returns its entry number.
    @discardableResult
    public func adjustStock(itemNo: String, variantCode: String = "", locationCode: String,
                            quantity: Int, postingDate: CivilDate? = nil,
                            documentNo: String = "") throws -> Int64 {
        guard quantity != 0 else {
            throw LedgerError.invalidValue(field: "adjustment quantity", value: "0")
        }
        let item = try requireItem(itemNo)
        guard item.type == .inventory else {
            throw LedgerError.invalidValue(field: "inventory item", value: itemNo)
        }
        try requireVariant(itemNo: itemNo, code: variantCode)
        try requireLocation(locationCode)
        let type = quantity > 0 ? "positive_adjustment" : "negative_adjustment"
        let row = try connection.queryOne("""
            INSERT INTO item_ledger_entry (item_no, variant_code, location_code, posting_date, entry_type,
              document_no, quantity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING entry_no
            """, [.text(itemNo), .text(variantCode), .text(locationCode),
                  .text((postingDate ?? clock.now().date).description), .text(type), .text(documentNo),
                  .integer(Int64(quantity)), .integer(now)])
        return try row?.int64("entry_no") ?? 0
    }

    /// Stock on hand; a nil variant or location means all of them.
    public func stock(itemNo: String, variantCode: String? = nil, locationCode: String? = nil) throws -> Int {
        let (condition, binds) = stockCondition(itemNo, variantCode, locationCode, prefix: "")
        let value = try connection.scalar(
            "SELECT COALESCE(SUM(quantity), 0) FROM item_ledger_entry WHERE " + condition, binds)
        return value?.int ?? 0
    }

    /// Stock on hand less the outstanding quantity of released sales order lines.
    public func availableStock(itemNo: String, variantCode: String? = nil,
                               locationCode: String? = nil) throws -> Int {
        let (condition, binds) = stockCondition(itemNo, variantCode, locationCode, prefix: "l.")
        let demand = try connection.scalar("""
            SELECT COALESCE(SUM(l.quantity - l.quantity_shipped), 0) FROM sales_line l
            JOIN sales_header h ON h.no = l.document_no
            WHERE h.document_type = 'order' AND h.status = 'released' AND l.type = 'item' AND
            """ + " " + condition.replacingOccurrences(of: "l.item_no", with: "l.no"), binds)
        return try stock(itemNo: itemNo, variantCode: variantCode, locationCode: locationCode)
            - (demand?.int ?? 0)
    }

    private func stockCondition(_ itemNo: String, _ variant: String?, _ location: String?,
                                prefix: String) -> (String, [SQLValue]) {
        var parts = ["\(prefix)item_no = ?"], binds: [SQLValue] = [.text(itemNo)]
        if let variant {
            parts.append("\(prefix)variant_code = ?")
            binds.append(.text(variant))
        }
        if let location {
            parts.append("\(prefix)location_code = ?")
            binds.append(.text(location))
        }
        return (parts.joined(separator: " AND "), binds)
    }

    /// On-hand and available stock of an item per variant and location, for every
    /// variant/location that has entries or released demand.
    public func stockLevels(itemNo: String) throws -> [StockLevel] {
        try connection.query("""
            WITH supply AS (
              SELECT variant_code, location_code, SUM(quantity) AS quantity FROM item_ledger_entry
              WHERE item_no = ?1 GROUP BY variant_code, location_code),
            demand AS (
              SELECT l.variant_code, l.location_code, SUM(l.quantity - l.quantity_shipped) AS quantity
              FROM sales_line l JOIN sales_header h ON h.no = l.document_no
              WHERE h.document_type = 'order' AND h.status = 'released' AND l.type = 'item'
                AND l.no = ?1 GROUP BY l.variant_code, l.location_code),
            places AS (SELECT variant_code, location_code FROM supply
                       UNION SELECT variant_code, location_code FROM demand)
            SELECT p.variant_code, p.location_code, COALESCE(s.quantity, 0) AS on_hand,
              COALESCE(s.quantity, 0) - COALESCE(d.quantity, 0) AS available
            FROM places p
            LEFT JOIN supply s ON s.variant_code = p.variant_code AND s.location_code = p.location_code
            LEFT JOIN demand d ON d.variant_code = p.variant_code AND d.location_code = p.location_code
            ORDER BY p.variant_code, p.location_code
            """, [.text(itemNo)]).map { row in
            StockLevel(itemNo: itemNo, variantCode: try row.string("variant_code"),
                       locationCode: try row.string("location_code"), onHand: try row.int("on_hand"),
                       available: try row.int("available"))
        }
    }
}
