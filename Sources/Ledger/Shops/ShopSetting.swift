import ShopSyncCore

/// One setting of a shop's card: its type, default and help. Values are stored as text in
/// `shop_setting` only once changed; everything else reads the default.
public struct ShopSetting: Sendable {
    public let name: String
    public let type: ValueType
    /// When set, the only values allowed (for a string setting).
    public let choices: [String]?
    public let defaultValue: Value
    public let help: String

    init(_ name: String, _ defaultValue: Value, choices: [String]? = nil, _ help: String) {
        self.name = name
        self.type = defaultValue.type
        self.choices = choices
        self.defaultValue = defaultValue
        self.help = help
    }

    /// The stored text of a value.
    func encode(_ value: Value) -> String {
        value.plainText
    }

    /// A stored text read back as a value of the setting's type.
    func decode(_ text: String) -> Value {
        switch type {
        case .bool: return .bool(text == "true")
        case .int: return Int64(text).map { .int($0) } ?? defaultValue
        case .decimal: return DecimalText.parse(text).map { .decimal($0) } ?? defaultValue
        default: return .string(text)
        }
    }
}

/// Every setting of the shop card, with the reference connector's defaults.
public enum ShopSettings {
    public static let all: [ShopSetting] = [
        ShopSetting("customer_import", .string("with_order"), choices: ["none", "with_order", "all"],
                    "which Shopify customers are imported: none, those with an imported order, or all"),
        ShopSetting("customer_mapping", .string("email_phone"),
                    choices: ["email_phone", "bill_to", "default"],
                    "how a Shopify customer finds its ERP customer: by e-mail then phone, by bill-to "
                        + "name and address, or always the default customer"),
        ShopSetting("auto_create_customers", .bool(true), "create an ERP customer when none maps"),
        ShopSetting("default_customer", .string(""), "the customer used when mapping says 'default'"),
        ShopSetting("customer_template", .string(""),
                    "the template new customers are created from when their country has none"),
        ShopSetting("shopify_can_update_customers", .bool(false),
                    "changes in Shopify update linked ERP customers"),
        ShopSetting("can_update_shopify_customers", .bool(false),
                    "changes in the ERP update linked Shopify customers (not with the setting above)"),
        ShopSetting("sku_mapping", .string("item_no"),
                    choices: ["item_no", "variant_code", "item_no_variant_code", "vendor_item_no", "barcode"],
                    "what a variant's SKU holds: the item no., the variant code, both joined by the "
                        + "separator, the vendor item no., or a barcode"),
        ShopSetting("sku_separator", .string("-"), "joins item no. and variant code in a SKU"),
        ShopSetting("find_by_barcode", .bool(true), "when the SKU maps nothing, try the barcode"),
        ShopSetting("auto_create_items", .bool(false), "create an ERP item for an unknown product"),
        ShopSetting("item_template", .string(""), "the item template new items are created from"),
        ShopSetting("sync_item_direction", .string("from_shopify"),
                    choices: ["none", "to_shopify", "from_shopify"], "which way products are synced"),
        ShopSetting("sync_images_direction", .string("none"),
                    choices: ["none", "to_shopify", "from_shopify"], "which way images are synced"),
        ShopSetting("fulfilled_orders_as_invoices", .bool(true),
                    "a fulfilled order becomes a sales invoice instead of a sales order"),
        ShopSetting("auto_create_sales_documents", .bool(false),
                    "sync orders also creates the sales documents"),
        ShopSetting("auto_release", .bool(true), "release sales documents when they are created"),
        ShopSetting("order_no_on_document_line", .bool(false),
                    "sales documents from Shopify orders start with a comment line naming the order"),
        ShopSetting("archive_processed_orders", .bool(false),
                    "close paid and fulfilled orders in Shopify once processed"),
        ShopSetting("write_document_no_to_shopify", .bool(false),
                    "write the sales document number to the order as an attribute"),
        ShopSetting("currency_handling", .string("shop"), choices: ["shop", "presentment"],
                    "documents in the shop's currency or in the currency the buyer saw"),
        ShopSetting("shipping_charges_account", .string(""), "G/L account for shipping charges"),
        ShopSetting("tip_account", .string(""), "G/L account for tips"),
        ShopSetting("gift_card_account", .string(""), "G/L account for sold gift cards"),
        ShopSetting("default_location", .string(""),
                    "the ERP location item lines of sales documents from Shopify orders ship from"),
        ShopSetting("notify_customer_on_fulfillment", .bool(true),
                    "Shopify e-mails the customer when a shipment is sent"),
        ShopSetting("logging_mode", .string("errors"), choices: ["off", "errors", "all"],
                    "which API requests go to the request log"),
        ShopSetting("allow_background_syncs", .bool(false),
                    "a sync started by hand is queued as a job instead of running in the foreground"),
        ShopSetting("sync_category", .string("SHOPIFY"),
                    "the job queue category this shop's syncs share, so they never overlap"),
        ShopSetting("bulk_threshold", .int(5000),
                    "a backfill of more records than this uses a bulk query"),
    ]

    public static func setting(_ name: String) -> ShopSetting? {
        all.first { $0.name == name }
    }
}
