/// Record kinds of the ERP's master data.
extension LedgerCatalogue {
    public static let items = LedgerEntity(
        name: "items", help: "ERP items: what is sold and stocked", source: "item",
        columns: [
            .init("no", .text, "item number"),
            .init("description", .text, "item description"),
            .init("type", .text, "inventory, service or non_inventory"),
            .init("unit_price", .money, "sales price per unit"),
            .init("unit_cost", .money, "cost per unit"),
            .init("vendor_no", .text, "vendor number"),
            .init("vendor_item_no", .text, "the vendor's number for the item"),
            .init("blocked", .flag, "blocked items are not sold"),
            .init("inventory", .integer, "stock on hand over all locations",
                  sql: "(SELECT COALESCE(SUM(e.quantity), 0) FROM item_ledger_entry e WHERE e.item_no = t.no)"),
            .init("created_at", .instant, "when the item was created"),
        ], keyField: "no")

    public static let itemVariants = LedgerEntity(
        name: "item_variants", help: "variants of ERP items", source: "item_variant",
        columns: [
            .init("item_no", .text, "item number"),
            .init("code", .text, "variant code"),
            .init("description", .text, "variant description"),
        ])

    public static let itemReferences = LedgerEntity(
        name: "item_references", help: "barcodes and vendor item numbers of items", source: "item_reference",
        columns: [
            .init("kind", .text, "barcode or vendor"),
            .init("reference_no", .text, "the barcode or vendor item number"),
            .init("item_no", .text, "item number"),
            .init("variant_code", .text, "variant code, empty for the item itself"),
        ])

    public static let customers = LedgerEntity(
        name: "customers", help: "ERP customers", source: "customer",
        columns: [
            .init("no", .text, "customer number"),
            .init("name", .text, "customer name"),
            .init("email", .text, "e-mail address"),
            .init("phone", .text, "phone number"),
            .init("address", .text, "street address"),
            .init("city", .text, "city"),
            .init("post_code", .text, "post code"),
            .init("country_code", .text, "country or region code"),
            .init("template_code", .text, "the template it was created from", nullable: true),
            .init("blocked", .flag, "blocked customers get no documents"),
            .init("created_at", .instant, "when the customer was created"),
        ], keyField: "no")

    public static let customerTemplates = LedgerEntity(
        name: "customer_templates", help: "templates new customers are created from",
        source: "customer_template",
        columns: [
            .init("code", .text, "template code"),
            .init("description", .text, "description"),
            .init("payment_terms", .text, "payment terms code"),
            .init("prices_including_tax", .flag, "whether prices include tax"),
        ], keyField: "code")

    public static let locations = LedgerEntity(
        name: "locations", help: "ERP locations (warehouses, stores)", source: "location",
        columns: [
            .init("code", .text, "location code"),
            .init("name", .text, "location name"),
        ], keyField: "code")

    public static let glAccounts = LedgerEntity(
        name: "gl_accounts", help: "general ledger accounts (shipping charges, tips, gift cards)",
        source: "gl_account",
        columns: [
            .init("no", .text, "account number"),
            .init("name", .text, "account name"),
            .init("blocked", .flag, "blocked accounts cannot be posted to"),
        ], keyField: "no")

    public static let stock = LedgerEntity(
        name: "stock", help: "stock per item, variant and location, from the item ledger",
        source: """
        (SELECT item_no, variant_code, location_code, SUM(quantity) AS quantity
         FROM item_ledger_entry GROUP BY item_no, variant_code, location_code)
        """,
        columns: [
            .init("item_no", .text, "item number"),
            .init("variant_code", .text, "variant code"),
            .init("location_code", .text, "location code"),
            .init("quantity", .integer, "quantity on hand"),
        ])

    public static let itemLedgerEntries = LedgerEntity(
        name: "item_ledger_entries", help: "every stock movement", source: "item_ledger_entry",
        columns: [
            .init("entry_no", .integer, "entry number"),
            .init("item_no", .text, "item number"),
            .init("variant_code", .text, "variant code"),
            .init("location_code", .text, "location code"),
            .init("posting_date", .date, "posting date"),
            .init("entry_type", .text, "positive_adjustment, negative_adjustment or sale"),
            .init("document_no", .text, "the document that moved the stock"),
            .init("quantity", .integer, "quantity, negative when stock went out"),
        ], keyField: "entry_no")
}
