import Database
import Foundation
import ShopSyncCore

/// Reading staged Shopify orders back for processing, and recording what became of them.
extension Ledger {
    /// The ids of a shop's unprocessed, not cancelled orders that the filter (over
    /// `shopify_orders`) selects, oldest first.
    public func unprocessedOrderIds(shop: String, where filter: Filter? = nil) throws -> [Int64] {
        // A cancelled order that never became a document never will: nothing was sold.
        var sql = "SELECT t.id FROM order_header AS t WHERE t.shop = ? AND t.processed = 0"
            + " AND t.cancelled = 0"
        var binds: [SQLValue] = [.text(shop)]
        if let filter {
            let compiled = try FilterCompiler.compile(
                filter, for: LedgerCatalogue.shopifyOrders,
                dialect: connection.dialect)
            sql += " AND (\(compiled.sql))"
            binds += compiled.binds
        }
        return try connection.query(sql + " ORDER BY t.created_at, t.id", binds).map {
            try $0.int64(0)
        }
    }

    /// A staged order as it was imported, with its lines, shipping lines and refunds; nil when
    /// there is none. `processed` says whether it already has a sales document.
    public func stagedOrder(
        shop: String, id: Int64
    ) throws -> (order: ImportedOrder, processed: Bool)? {
        guard
            let row = try connection.queryOne(
                "SELECT * FROM order_header WHERE shop = ? AND id = ?",
                [.text(shop), .integer(id)])
        else { return nil }
        var order = try importedOrder(from: row)
        let key: [SQLValue] = [.text(shop), .integer(id)]
        // `+id`: ordering by the bare key would make SQLite walk the (shop, id) key over every
        // order of the shop instead of the (shop, order_id) index, which grows with the shop.
        order.lines = try connection.query(
            "SELECT * FROM order_line WHERE shop = ? AND order_id = ? ORDER BY +id", key
        ).map(orderLine(from:))
        order.shippingLines = try connection.query(
            "SELECT * FROM order_shipping_line WHERE shop = ? AND order_id = ? ORDER BY +id", key
        ).map { r in
            ImportedShippingLine(
                id: try r.int64("id"), title: try r.string("title"), code: try r.string("code"),
                amount: try money(r, "amount"),
                presentmentAmount: try optionalMoney(r, "presentment_amount"))
        }
        order.refunds = try connection.query(
            "SELECT * FROM order_refund WHERE shop = ? AND order_id = ? ORDER BY +id", key
        ).map { r in
            ImportedRefund(
                id: try r.int64("id"), amount: try money(r, "amount"),
                quantity: try r.int("quantity"),
                createdAt: Timestamp(milliseconds: try r.int64("created_at")))
        }
        return (order, try row.bool("processed"))
    }

    private func importedOrder(from row: Row) throws -> ImportedOrder {
        var o = ImportedOrder(
            shop: try row.string("shop"), id: try row.int64("id"), name: try row.string("name"),
            createdAt: Timestamp(milliseconds: try row.int64("created_at")),
            updatedAt: Timestamp(milliseconds: try row.int64("updated_at")))
        o.customerId = try row.int64("customer_id")
        o.companyId = try row.int64("company_id")
        o.companyLocationId = try row.int64("company_location_id")
        (o.email, o.phone, o.sellToName) = (
            try row.string("email"), try row.string("phone"),
            try row.string("sell_to_name")
        )
        (o.billToName, o.billToAddress, o.billToCity) = (
            try row.string("bill_to_name"),
            try row.string("bill_to_address"),
            try row.string("bill_to_city")
        )
        (o.billToPostCode, o.billToCountry) = (
            try row.string("bill_to_post_code"), try row.string("bill_to_country")
        )
        (o.shipToName, o.shipToAddress, o.shipToCity) = (
            try row.string("ship_to_name"),
            try row.string("ship_to_address"),
            try row.string("ship_to_city")
        )
        (o.shipToPostCode, o.shipToCountry) = (
            try row.string("ship_to_post_code"), try row.string("ship_to_country")
        )
        (o.currency, o.presentmentCurrency) = (
            try row.string("currency"), try row.string("presentment_currency")
        )
        o.subtotal = try money(row, "subtotal")
        o.totalTax = try money(row, "total_tax")
        o.totalShipping = try money(row, "total_shipping")
        o.totalDiscounts = try money(row, "total_discounts")
        o.presentmentTotalDiscounts = try optionalMoney(row, "presentment_total_discounts")
        o.total = try money(row, "total")
        o.pricesIncludingTax = try row.bool("prices_including_tax")
        (o.financialStatus, o.fulfillmentStatus) = (
            try row.string("financial_status"),
            try row.string("fulfillment_status")
        )
        (o.fullyPaid, o.channel, o.tags) = (
            try row.bool("fully_paid"), try row.string("channel"),
            try row.string("tags")
        )
        (o.highRisk, o.closed, o.cancelled) = (
            try row.bool("high_risk"), try row.bool("closed"),
            try row.bool("cancelled")
        )
        return o
    }

    private func orderLine(from row: Row) throws -> ImportedOrderLine {
        var line = ImportedOrderLine(
            id: try row.int64("id"), sku: try row.string("sku"),
            title: try row.string("title"), quantity: try row.int("quantity"),
            unitPrice: try money(row, "unit_price"))
        line.productId = try row.int64("product_id")
        line.variantId = try row.int64("variant_id")
        line.discount = try money(row, "discount")
        line.tax = try money(row, "tax")
        line.giftCard = try row.bool("gift_card")
        line.tip = try row.bool("tip")
        line.barcode = try row.string("barcode")
        line.presentmentUnitPrice = try optionalMoney(row, "presentment_unit_price")
        line.presentmentDiscount = try optionalMoney(row, "presentment_discount")
        return line
    }

    private func money(_ row: Row, _ column: String) throws -> Decimal {
        Storage.decimal(fromMoney: try row.int64(column))
    }

    private func optionalMoney(_ row: Row, _ column: String) throws -> Decimal? {
        try row.optionalInt64(column).map(Storage.decimal(fromMoney:))
    }

    /// Marks an order processed with its sales document, clears any earlier error, keeps what
    /// the document was made from, and notes the mapped item of each line. Call it in the
    /// transaction that created the document, so both happen or neither.
    public func markOrderProcessed(
        shop: String, id: Int64, documentNo: String, type: SalesDocumentType,
        mappedLines: [(lineId: Int64, itemNo: String, variantCode: String)]
    ) throws {
        try connection.run(
            """
            UPDATE order_header SET processed = 1, sales_document_no = ?, document_type = ?,
              has_error = 0, error = '' WHERE shop = ? AND id = ?
            """, [.text(documentNo), .text(type.rawValue), .text(shop), .integer(id)])
        for line in mappedLines {
            try connection.run(
                "UPDATE order_line SET item_no = ?, variant_code = ? WHERE shop = ? AND id = ?",
                [.text(line.itemNo), .text(line.variantCode), .text(shop), .integer(line.lineId)])
        }
        try captureBaseline(shop: shop, orderId: id)
    }

    /// Records why an order could not become a sales document; it stays unprocessed and is
    /// tried again on the next run.
    public func recordOrderError(shop: String, id: Int64, message: String) throws {
        try connection.run(
            "UPDATE order_header SET has_error = 1, error = ? WHERE shop = ? AND id = ?",
            [.text(message), .text(shop), .integer(id)])
    }
}
