import Database
import Foundation
import ShopSyncCore

/// Whether saving an imported order created it or updated a staged one, and whether an order
/// already turned into a sales document came back changed in a way the document does not show.
public enum StagingOutcome: Sendable, Equatable {
    case inserted, updated
    /// The order was processed and changed since: it is flagged `edited_after_processing`
    /// with these edits, and its sales document is left as it is.
    case editedAfterProcessing([OrderEdit])
}

/// Staging imported Shopify orders: one transaction per order, upserted by (shop, id).
extension Ledger {
    /// Saves an order, its lines and its raw JSON in one transaction.
    ///
    /// A re-import updates what Shopify owns and keeps what the ERP side set (processed, sales
    /// document, errors, mapped items); lines, shipping lines and refunds that left the order
    /// are deleted. The raw JSON is keyed by its SHA-256, so an unchanged body is not stored
    /// twice.
    ///
    /// This is also where edits after processing are caught: when the order already has a sales
    /// document, the re-import is compared with what the document was made from (`OrderEdits`)
    /// and the order is flagged instead of anything being applied to the document.
    @discardableResult
    public func saveImportedOrder(_ order: ImportedOrder) throws -> StagingOutcome {
        try connection.writeTransaction { db in
            let hash = try order.rawJSON.map { try saveRawJSON($0) }
            let existed = try db.scalar("SELECT 1 FROM order_header WHERE shop = ? AND id = ?",
                                        [.text(order.shop), .integer(order.id)]) != nil
            try translatingConstraints(kind: "Shopify order", key: "\(order.shop) \(order.name)") {
                try db.run(Self.upsertOrderSQL, orderBinds(order, hash: hash))
                for line in order.lines {
                    try db.run(Self.upsertLineSQL, lineBinds(line, order: order))
                }
                for line in order.shippingLines {
                    try db.run(Self.upsertShippingSQL, shippingBinds(line, order: order))
                }
                for refund in order.refunds {
                    try db.run(Self.upsertRefundSQL, refundBinds(refund, order: order))
                }
                try deleteVanished(order)
            }
            guard existed else { return .inserted }
            let edits = try flagEditsAfterProcessing(order)
            return edits.isEmpty ? .updated : .editedAfterProcessing(edits)
        }
    }

    /// Deletes the lines, shipping lines and refunds the re-imported order no longer has.
    private func deleteVanished(_ order: ImportedOrder) throws {
        let kept: [(table: String, ids: [Int64])] = [
            ("order_line", order.lines.map(\.id)),
            ("order_shipping_line", order.shippingLines.map(\.id)),
            ("order_refund", order.refunds.map(\.id)),
        ]
        for (table, ids) in kept {
            try connection.run("""
                DELETE FROM \(table) WHERE shop = ? AND order_id = ?
                  AND id NOT IN (SELECT value FROM json_each(?))
                """, [.text(order.shop), .integer(order.id),
                      .text("[" + ids.map(String.init).joined(separator: ",") + "]")])
        }
    }

    /// Saves a page of orders in one transaction, each order in its own savepoint: an order
    /// that fails is left out (its error is returned in its place) and the others are kept.
    /// One commit per page instead of per order is what makes staging fast.
    @discardableResult
    public func saveImportedOrders(_ orders: [ImportedOrder]) throws
        -> [Result<StagingOutcome, LedgerError>]
    {
        try connection.writeTransaction { _ in
            try orders.map { order in
                do {
                    return .success(try saveImportedOrder(order))
                } catch let error as LedgerError {
                    return .failure(error)
                }
            }
        }
    }

    /// Stores a body once under its hash and returns the hash.
    func saveRawJSON(_ body: String) throws -> String {
        let hash = SHA256.hex(body)
        try connection.run("INSERT INTO raw_json (hash, body, captured_at) VALUES (?, ?, ?) "
                           + "ON CONFLICT (hash) DO NOTHING", [.text(hash), .text(body), .integer(now)])
        return hash
    }

    static let orderColumns = [
        "shop", "id", "name", "customer_id", "company_id", "company_location_id", "email", "phone",
        "sell_to_name", "bill_to_name",
        "bill_to_address", "bill_to_city", "bill_to_post_code", "bill_to_country", "ship_to_name",
        "ship_to_address", "ship_to_city", "ship_to_post_code", "ship_to_country", "currency",
        "presentment_currency", "subtotal", "total_tax", "total_shipping", "total_discounts", "total",
        "prices_including_tax", "financial_status", "fulfillment_status", "fully_paid", "channel", "tags",
        "high_risk", "closed", "cancelled", "raw_hash", "created_at", "updated_at", "imported_at",
        "company_id", "company_location_id", "presentment_total_discounts",
    ]

    static let upsertOrderSQL = upsert("order_header", orderColumns, key: ["shop", "id"])

    static let lineColumns = [
        "shop", "order_id", "id", "sku", "title", "product_id", "variant_id", "quantity", "unit_price",
        "discount", "tax", "gift_card", "tip", "presentment_unit_price", "presentment_discount",
        "barcode",
    ]

    static let upsertLineSQL = upsert("order_line", lineColumns, key: ["shop", "id"])

    static let upsertShippingSQL = upsert("order_shipping_line", [
        "shop", "order_id", "id", "title", "code", "amount", "presentment_amount",
    ], key: ["shop", "id"])

    static let upsertRefundSQL = upsert("order_refund", [
        "shop", "order_id", "id", "amount", "quantity", "created_at",
    ], key: ["shop", "id"])

    /// `INSERT … ON CONFLICT (key) DO UPDATE SET` every other column to the new value.
    private static func upsert(_ table: String, _ columns: [String], key: [String]) -> String {
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ") "
            + "ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET " + updates.joined(separator: ", ")
    }

    private func orderBinds(_ o: ImportedOrder, hash: String?) -> [SQLValue] {
        let texts = [o.email, o.phone, o.sellToName, o.billToName, o.billToAddress, o.billToCity,
                     o.billToPostCode, o.billToCountry, o.shipToName, o.shipToAddress, o.shipToCity,
                     o.shipToPostCode, o.shipToCountry, o.currency, o.presentmentCurrency]
        let amounts = [o.subtotal, o.totalTax, o.totalShipping, o.totalDiscounts, o.total]
        return [.text(o.shop), .integer(o.id), .text(o.name), .integer(o.customerId),
                .integer(o.companyId), .integer(o.companyLocationId)]
            + texts.map { .text($0) } + amounts.map { .integer(Storage.money($0)) }
            + [flag(o.pricesIncludingTax), .text(o.financialStatus), .text(o.fulfillmentStatus),
               flag(o.fullyPaid), .text(o.channel), .text(o.tags), flag(o.highRisk), flag(o.closed),
               flag(o.cancelled), hash.map { .text($0) } ?? .null, .integer(o.createdAt.milliseconds),
               .integer(o.updatedAt.milliseconds), .integer(now), .integer(o.companyId),
               .integer(o.companyLocationId), optionalMoney(o.presentmentTotalDiscounts)]
    }

    private func lineBinds(_ l: ImportedOrderLine, order: ImportedOrder) -> [SQLValue] {
        [.text(order.shop), .integer(order.id), .integer(l.id), .text(l.sku), .text(l.title),
         .integer(l.productId), .integer(l.variantId), .integer(Int64(l.quantity)),
         .integer(Storage.money(l.unitPrice)), .integer(Storage.money(l.discount)),
         .integer(Storage.money(l.tax)), flag(l.giftCard), flag(l.tip),
         optionalMoney(l.presentmentUnitPrice), optionalMoney(l.presentmentDiscount),
         .text(l.barcode)]
    }

    private func shippingBinds(_ s: ImportedShippingLine, order: ImportedOrder) -> [SQLValue] {
        [.text(order.shop), .integer(order.id), .integer(s.id), .text(s.title), .text(s.code),
         .integer(Storage.money(s.amount)), optionalMoney(s.presentmentAmount)]
    }

    private func refundBinds(_ r: ImportedRefund, order: ImportedOrder) -> [SQLValue] {
        [.text(order.shop), .integer(order.id), .integer(r.id), .integer(Storage.money(r.amount)),
         .integer(Int64(r.quantity)), .integer(r.createdAt.milliseconds)]
    }

    private func optionalMoney(_ value: Decimal?) -> SQLValue {
        value.map { .integer(Storage.money($0)) } ?? .null
    }

    private func flag(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }
}
