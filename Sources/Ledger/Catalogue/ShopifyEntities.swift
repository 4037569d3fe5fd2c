/// Record kinds of shops and the Shopify staging tables.
extension LedgerCatalogue {
    public static let shops = LedgerEntity(
        name: "shops", help: "connected Shopify shops (real or sandbox)", source: "shop",
        columns: [
            .init("code", .text, "shop name"),
            .init("backend", .text, "shopify or sandbox"),
            .init("shopify_url", .text, "the shop's address"),
            .init("api_version", .text, "the pinned Admin API version"),
            .init("currency", .text, "the shop's currency"),
        ], keyField: "code")

    public static let ordersToImport = LedgerEntity(
        name: "orders_to_import", help: "orders found in Shopify, waiting to be imported",
        source: "order_to_import",
        columns: [
            .init("shop", .text, "shop"),
            .init("id", .integer, "Shopify order id"),
            .init("name", .text, "order number, e.g. #1001"),
            .init("created_at", .instant, "when the order was placed"),
            .init("updated_at", .instant, "when Shopify last changed it"),
            .init("financial_status", .text, "paid, pending, partially_paid, refunded, ..."),
            .init("fulfillment_status", .text, "unfulfilled, partially_fulfilled, fulfilled, ..."),
            .init("fully_paid", .flag, "paid in full"),
            .init("channel", .text, "sales channel, e.g. Online Store or Point of Sale"),
            .init("high_risk", .flag, "Shopify rates the order high risk"),
            .init("tags", .text, "tags, e.g. [vip] [wholesale]; filter with like \"*vip*\""),
            .init("sell_to_country", .text, "sell-to country code"),
            .init("ship_to_country", .text, "ship-to country code"),
            .init("bill_to_country", .text, "bill-to country code"),
            .init("total", .money, "order total"),
            .init("currency", .text, "currency"),
            .init("b2b", .flag, "placed by a B2B company"),
            .init("import_action", .text, "new or update"),
            .init("has_error", .flag, "the last import failed"),
            .init("error", .text, "why the last import failed"),
        ], keyField: "name")

    public static let shopifyOrders = LedgerEntity(
        name: "shopify_orders", help: "imported Shopify orders", source: "order_header",
        columns: [
            .init("shop", .text, "shop"),
            .init("id", .integer, "Shopify order id"),
            .init("name", .text, "order number, e.g. #1001"),
            .init("email", .text, "customer e-mail"),
            .init("currency", .text, "shop currency"),
            .init("presentment_currency", .text, "the currency the buyer saw"),
            .init("total", .money, "order total"),
            .init("total_shipping", .money, "shipping charged"),
            .init("ship_to_country", .text, "ship-to country code"),
            .init("bill_to_country", .text, "bill-to country code"),
            .init("b2b", .flag, "placed by a B2B company", sql: "(t.company_id <> 0)"),
            .init("high_risk", .flag, "Shopify rates the order high risk"),
            .init("cancelled", .flag, "cancelled in Shopify"),
            .init("closed", .flag, "closed (archived) in Shopify"),
            .init("financial_status", .text, "financial status"),
            .init("fulfillment_status", .text, "fulfillment status"),
            .init("fully_paid", .flag, "paid in full"),
            .init("channel", .text, "sales channel"),
            .init("tags", .text, "tags"),
            .init("processed", .flag, "a sales document was created"),
            .init("sales_document_no", .text, "the sales document created from it"),
            .init("document_type", .text, "order or invoice, once processed"),
            .init("has_error", .flag, "creating its sales document failed"),
            .init("error", .text, "why creating its sales document failed"),
            .init("edited_after_processing", .flag, "changed in Shopify after its document was created"),
            .init("edit_reason", .text, "what changed"),
            .init("created_at", .instant, "when the order was placed"),
            .init("updated_at", .instant, "when Shopify last changed it"),
        ], keyField: "name")

    public static let shopifyCustomers = LedgerEntity(
        name: "shopify_customers", help: "customers imported from Shopify, with their ERP customer",
        source: "shopify_customer",
        columns: [
            .init("shop", .text, "shop"),
            .init("id", .integer, "Shopify customer id"),
            .init("customer_no", .text, "the ERP customer it maps to", nullable: true),
            .init("first_name", .text, "first name"),
            .init("last_name", .text, "last name"),
            .init("email", .text, "e-mail"),
            .init("phone", .text, "phone"),
            .init("country_code", .text, "country code of the default address"),
            .init("updated_at", .instant, "when Shopify last changed it"),
        ], keyField: "id")

    public static let shopifyProducts = LedgerEntity(
        name: "shopify_products", help: "products imported from Shopify, with their ERP item",
        source: "shopify_product",
        columns: [
            .init("shop", .text, "shop"),
            .init("id", .integer, "Shopify product id"),
            .init("title", .text, "title"),
            .init("status", .text, "active, draft or archived"),
            .init("item_no", .text, "the ERP item it maps to", nullable: true),
            .init("has_error", .flag, "creating or mapping its item failed"),
            .init("error", .text, "why"),
            .init("updated_at", .instant, "when Shopify last changed it"),
        ], keyField: "id")

    public static let shopifyVariants = LedgerEntity(
        name: "shopify_variants", help: "product variants imported from Shopify", source: "shopify_variant",
        columns: [
            .init("shop", .text, "shop"),
            .init("id", .integer, "Shopify variant id"),
            .init("product_id", .integer, "Shopify product id"),
            .init("sku", .text, "SKU"),
            .init("barcode", .text, "barcode"),
            .init("price", .money, "price"),
            .init("item_no", .text, "the ERP item it maps to", nullable: true),
            .init("variant_code", .text, "the ERP variant it maps to"),
        ], keyField: "id")

    public static let skippedRecords = LedgerEntity(
        name: "skipped_records", help: "records a sync skipped, with the reason", source: "skipped_record",
        columns: [
            .init("id", .integer, "entry number"),
            .init("shop", .text, "shop"),
            .init("task", .text, "the sync that skipped it"),
            .init("entity", .text, "what kind of record"),
            .init("record_id", .text, "which record"),
            .init("reason", .text, "why it was skipped"),
            .init("at", .instant, "when"),
        ], keyField: "id")

    public static let syncCursors = LedgerEntity(
        name: "sync_cursors", help: "where each shop's incremental syncs resume",
        source: "sync_cursor",
        columns: [
            .init("shop", .text, "shop"),
            .init("entity", .text, "orders, customers, products or companies"),
            .init("cursor_at", .instant,
                  "the next run reads what Shopify changed after this (less an overlap)"),
            .init("updated_at", .instant, "when the cursor last moved"),
        ])

    public static let apiRequests = LedgerEntity(
        name: "api_requests", help: "the Shopify API request log (bodies without secrets)",
        source: "request_log",
        columns: [
            .init("id", .integer, "entry number"),
            .init("shop", .text, "shop"),
            .init("at", .instant, "when the request was sent"),
            .init("operation", .text, "GraphQL operation name"),
            .init("cost_requested", .integer, "requested query cost", nullable: true),
            .init("cost_actual", .integer, "actual query cost", nullable: true),
            .init("http_status", .integer, "HTTP status"),
            .init("request_id", .text, "Shopify's X-Request-Id"),
            .init("retries", .integer, "how often it was retried"),
            .init("is_error", .flag, "the request failed"),
            .init("duration_ms", .integer, "how long it took"),
        ], keyField: "id")

    public static let shopLocations = LedgerEntity(
        name: "shop_locations", help: "Shopify locations and what sync inventory sends them",
        source: "shop_location",
        columns: [
            .init("shop", .text, "shop"),
            .init("shopify_id", .integer, "Shopify location id"),
            .init("name", .text, "name in Shopify"),
            .init("erp_locations", .text, "the ERP locations it draws from, e.g. MAIN|EAST",
                  sql: "t.location_filter"),
            .init("stock", .text, "off, available (sets on_hand) or free (sets available)",
                  sql: "t.stock_calculation"),
        ], keyField: "shopify_id")
}

/// Every record kind of the ledger, as the language sees them.
public enum LedgerCatalogue {
    public static let all: [LedgerEntity] = [
        items, itemVariants, itemReferences, customers, customerTemplates, locations, glAccounts,
        stock, itemLedgerEntries, salesOrders, salesInvoices, salesLines, postedShipments,
        postedInvoices, postingErrors, shops, ordersToImport, shopifyOrders, shopifyCustomers,
        shopifyProducts, shopifyVariants, skippedRecords, syncCursors, apiRequests, shopLocations,
    ]

    public static func entity(_ name: String) -> LedgerEntity? {
        all.first { $0.name == name }
    }
}
