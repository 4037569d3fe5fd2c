import Database
import Foundation
import ShopSyncCore

/// Reading sales headers and lines from their rows.
extension Ledger {
    func salesHeader(from row: Row) throws -> SalesHeader {
        SalesHeader(
            no: try row.string("no"),
            documentType: SalesDocumentType(rawValue: try row.string("document_type")) ?? .order,
            shop: try row.string("shop"), sellToCustomerNo: try row.string("sell_to_customer_no"),
            billToCustomerNo: try row.string("bill_to_customer_no"),
            shipToName: try row.string("ship_to_name"),
            shipToAddress: try row.string("ship_to_address"), shipToCity: try row.string("ship_to_city"),
            shipToPostCode: try row.string("ship_to_post_code"),
            shipToCountryCode: try row.string("ship_to_country_code"),
            orderDate: Storage.parseDate(try row.string("order_date")),
            postingDate: Storage.parseDate(try row.string("posting_date")),
            currency: try row.string("currency"), pricesIncludingTax: try row.bool("prices_including_tax"),
            shipmentMethod: try row.string("shipment_method"),
            paymentMethod: try row.string("payment_method"),
            invoiceDiscount: Storage.decimal(fromMoney: try row.int64("invoice_discount")),
            shopifyOrderId: try row.int64("shopify_order_id"),
            shopifyOrderNo: try row.string("shopify_order_no"),
            status: SalesDocumentStatus(rawValue: try row.string("status")) ?? .open)
    }

    func salesLine(from row: Row) throws -> SalesLine {
        var line = SalesLine(
            lineNo: try row.int("line_no"), type: SalesLineType(rawValue: try row.string("type")) ?? .comment,
            no: try row.string("no"), variantCode: try row.string("variant_code"),
            description: try row.string("description"), locationCode: try row.string("location_code"),
            quantity: try row.int("quantity"),
            unitPrice: Storage.decimal(fromMoney: try row.int64("unit_price")),
            lineDiscount: Storage.decimal(fromMoney: try row.int64("line_discount")),
            shopifyLineId: try row.int64("shopify_line_id"))
        line.quantityShipped = try row.int("quantity_shipped")
        line.quantityInvoiced = try row.int("quantity_invoiced")
        line.quantityToShip = try row.optionalInt("quantity_to_ship")
        return line
    }
}
