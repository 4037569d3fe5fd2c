/// Record kinds of sales documents, posted documents and the posting error register.
extension LedgerCatalogue {
    /// The amount of an open document: its lines less the invoice discount.
    static let documentAmount = """
        ((SELECT COALESCE(SUM(l.quantity * l.unit_price - l.line_discount), 0)
          FROM sales_line l WHERE l.document_no = t.no) - t.invoice_discount)
        """

    static func salesDocumentColumns() -> [LedgerEntity.Column] {
        [
            .init("no", .text, "document number"),
            .init("shop", .text, "the shop the document came from, if any"),
            .init("customer_no", .text, "sell-to customer number", sql: "t.sell_to_customer_no"),
            .init("bill_to_customer_no", .text, "bill-to customer number"),
            .init("order_date", .date, "order date"),
            .init("posting_date", .date, "posting date"),
            .init("currency", .text, "currency code"),
            .init("amount", .money, "amount of the lines less the invoice discount", sql: documentAmount),
            .init("shopify_order_id", .integer, "the Shopify order's id, 0 when none"),
            .init("shopify_order_no", .text, "the Shopify order number, e.g. #1001"),
            .init("status", .text, "open or released"),
            .init("completely_shipped", .flag, "every line shipped", sql: """
                (NOT EXISTS (SELECT 1 FROM sales_line l WHERE l.document_no = t.no
                             AND l.quantity_shipped < l.quantity))
                """),
            .init("created_at", .instant, "when the document was created"),
        ]
    }

    public static let salesOrders = LedgerEntity(
        name: "sales_orders", help: "open sales orders", source: "sales_header",
        columns: salesDocumentColumns(), keyField: "no", scope: "t.document_type = 'order'")

    public static let salesInvoices = LedgerEntity(
        name: "sales_invoices", help: "open (unposted) sales invoices", source: "sales_header",
        columns: salesDocumentColumns(), keyField: "no", scope: "t.document_type = 'invoice'")

    public static let salesLines = LedgerEntity(
        name: "sales_lines", help: "lines of open sales documents", source: "sales_line",
        columns: [
            .init("document_no", .text, "document number"),
            .init("line_no", .integer, "line number"),
            .init("type", .text, "item, gl_account or comment"),
            .init("no", .text, "item or account number"),
            .init("variant_code", .text, "variant code"),
            .init("description", .text, "description"),
            .init("location_code", .text, "location the item ships from"),
            .init("quantity", .integer, "quantity"),
            .init("unit_price", .money, "unit price"),
            .init("line_discount", .money, "discount amount on the line"),
            .init("quantity_shipped", .integer, "quantity shipped so far"),
            .init("quantity_invoiced", .integer, "quantity invoiced so far"),
            .init("quantity_to_ship", .integer, "what the next posting ships; empty: all outstanding",
                  nullable: true),
            .init("shopify_line_id", .integer, "the Shopify line item's id, 0 when none"),
        ])

    public static let postedShipments = LedgerEntity(
        name: "posted_shipments", help: "posted sales shipments", source: "sales_shipment_header",
        columns: [
            .init("no", .text, "shipment number"),
            .init("order_no", .text, "the sales order it came from"),
            .init("shop", .text, "shop"),
            .init("customer_no", .text, "customer number"),
            .init("posting_date", .date, "posting date"),
            .init("shopify_order_id", .integer, "the Shopify order's id"),
            .init("shopify_order_no", .text, "the Shopify order number"),
            .init("shopify_fulfillment_id", .integer,
                  "0 not sent to Shopify, -1 error, -2 nothing to send, else the fulfillment id"),
            .init("fulfillment_error", .text, "why sending it to Shopify failed"),
            .init("tracking_no", .text, "tracking number"),
            .init("tracking_company", .text, "carrier"),
        ], keyField: "no")

    public static let postedInvoices = LedgerEntity(
        name: "posted_invoices", help: "posted sales invoices", source: "sales_invoice_header",
        columns: [
            .init("no", .text, "invoice number"),
            .init("order_no", .text, "the sales order it came from, if any"),
            .init("shop", .text, "shop"),
            .init("customer_no", .text, "customer number"),
            .init("posting_date", .date, "posting date"),
            .init("currency", .text, "currency code"),
            .init("amount", .money, "invoiced amount"),
            .init("shopify_order_id", .integer, "the Shopify order's id"),
            .init("shopify_order_no", .text, "the Shopify order number"),
        ], keyField: "no")

    public static let postingErrors = LedgerEntity(
        name: "posting_errors", help: "documents that failed to post, and why", source: "posting_error",
        columns: [
            .init("id", .integer, "entry number"),
            .init("batch_id", .text, "the batch posting run"),
            .init("document_type", .text, "order or invoice"),
            .init("document_no", .text, "document number"),
            .init("message", .text, "why it did not post"),
            .init("occurred_at", .instant, "when"),
        ], keyField: "id")
}
