import Database
import ShopSyncCore

/// What the syncs keep between runs beside cursors (`SyncCursors.swift`): the orders discovered
/// in Shopify (`order_to_import`) with the fields request-page filters read.
extension Ledger {
    /// The imported orders among `ids`, with the `updatedAt` (milliseconds) of the copy the
    /// ledger holds; an order absent here was never imported.
    public func importedOrderVersions(shop: String, among ids: [Int64]) throws -> [Int64: Int64] {
        let rows = try connection.query("""
            SELECT id, updated_at FROM order_header WHERE shop = ?
              AND id IN (SELECT value FROM json_each(?))
            """, [.text(shop), .text(Self.jsonArray(ids))])
        var versions: [Int64: Int64] = [:]
        for row in rows { versions[try row.int64("id")] = try row.int64("updated_at") }
        return versions
    }

    /// Stages discovered orders with their filter fields, in one transaction.
    public func saveOrdersToImport(_ orders: [ImportedOrder]) throws {
        try connection.writeTransaction { db in
            let imported = try importedOrderVersions(shop: orders.first?.shop ?? "", among: orders.map(\.id))
            for order in orders {
                try db.run(Self.upsertOrderToImportSQL,
                           orderToImportBinds(order, update: imported[order.id] != nil))
            }
        }
    }

    /// Which of the staged orders `ids` match `filter` (over the `orders_to_import` fields).
    public func ordersToImport(shop: String, ids: [Int64], matching filter: Filter?) throws -> Set<Int64> {
        let entity = LedgerCatalogue.ordersToImport
        let (whereSQL, binds) = try condition(entity, filter)
        let scope = whereSQL.isEmpty ? " WHERE " : whereSQL + " AND "
        let rows = try connection.query(
            "SELECT id FROM order_to_import AS t" + scope
                + "t.shop = ? AND t.id IN (SELECT value FROM json_each(?))",
            binds + [.text(shop), .text(Self.jsonArray(ids))])
        return Set(try rows.map { try $0.int64("id") })
    }

    /// Marks staged orders imported (they leave `order_to_import`) or failed (they stay, with
    /// the reason, and are tried again on the next run).
    public func finishOrdersToImport(shop: String, imported: [Int64], failed: [Int64: String]) throws {
        try connection.writeTransaction { db in
            try db.run("DELETE FROM order_to_import WHERE shop = ? AND id IN (SELECT value FROM json_each(?))",
                       [.text(shop), .text(Self.jsonArray(imported))])
            for (id, reason) in failed {
                try db.run("UPDATE order_to_import SET has_error = 1, error = ? WHERE shop = ? AND id = ?",
                           [.text(reason), .text(shop), .integer(id)])
            }
        }
    }

    static let upsertOrderToImportSQL = """
        INSERT INTO order_to_import (shop, id, name, created_at, updated_at, financial_status,
          fulfillment_status, fully_paid, channel, high_risk, tags, sell_to_country, ship_to_country,
          bill_to_country, total, currency, closed, cancelled, b2b, import_action, has_error, error)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '')
        ON CONFLICT (shop, id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at,
          financial_status = excluded.financial_status, fulfillment_status = excluded.fulfillment_status,
          fully_paid = excluded.fully_paid, channel = excluded.channel, high_risk = excluded.high_risk,
          tags = excluded.tags, sell_to_country = excluded.sell_to_country,
          ship_to_country = excluded.ship_to_country, bill_to_country = excluded.bill_to_country,
          total = excluded.total, currency = excluded.currency, closed = excluded.closed,
          cancelled = excluded.cancelled, b2b = excluded.b2b, import_action = excluded.import_action
        """

    private func orderToImportBinds(_ o: ImportedOrder, update: Bool) -> [SQLValue] {
        let flags = [o.fullyPaid, o.highRisk].map { SQLValue.integer($0 ? 1 : 0) }
        return [.text(o.shop), .integer(o.id), .text(o.name), .integer(o.createdAt.milliseconds),
                .integer(o.updatedAt.milliseconds), .text(o.financialStatus), .text(o.fulfillmentStatus),
                flags[0], .text(o.channel), flags[1], .text(o.tags),
                .text(o.billToCountry.isEmpty ? o.shipToCountry : o.billToCountry),
                .text(o.shipToCountry), .text(o.billToCountry), .integer(Storage.money(o.total)),
                .text(o.currency), .integer(o.closed ? 1 : 0), .integer(o.cancelled ? 1 : 0),
                .integer(o.companyId != 0 ? 1 : 0), .text(update ? "update" : "new")]
    }

    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    static func jsonArray(_ texts: [String]) -> String {
        "[" + texts.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joined(separator: ",") + "]"
    }
}
