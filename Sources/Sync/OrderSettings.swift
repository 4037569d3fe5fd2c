import Foundation
import Ledger
import ShopSyncCore

/// The shop settings that turning orders into sales documents reads, read once per run.
public struct OrderSettings: Sendable, Equatable {
    public enum CustomerImport: String, Sendable {
        case none
        case withOrder = "with_order"
        case all
    }
    public enum CustomerMapping: String, Sendable {
        case emailPhone = "email_phone"
        case billTo = "bill_to"
        case byDefault = "default"
    }
    public enum SKUMapping: String, Sendable {
        case itemNo = "item_no"
        case variantCode = "variant_code"
        case itemNoVariantCode = "item_no_variant_code"
        case vendorItemNo = "vendor_item_no"
        case barcode
    }

    public var shop: String
    public var shopCurrency: String
    public var customerImport: CustomerImport
    public var customerMapping: CustomerMapping
    public var autoCreateCustomers: Bool
    public var defaultCustomer: String
    public var customerTemplate: String
    public var skuMapping: SKUMapping
    public var skuSeparator: String
    public var findByBarcode: Bool
    public var autoCreateItems: Bool
    public var itemTemplate: String
    public var fulfilledOrdersAsInvoices: Bool
    public var autoRelease: Bool
    public var orderNoOnDocumentLine: Bool
    /// Documents in the currency the buyer saw rather than the shop's.
    public var usePresentmentCurrency: Bool
    public var shippingChargesAccount: String
    public var tipAccount: String
    public var giftCardAccount: String
    public var defaultLocation: String

    /// The settings of a shop as stored, defaults where nothing was set.
    public init(shop: String, in ledger: Ledger) throws {
        func text(_ name: String) throws -> String { try ledger.setting(name, of: shop).plainText }
        func flag(_ name: String) throws -> Bool {
            try ledger.setting(name, of: shop) == .bool(true)
        }
        self.shop = shop
        shopCurrency = try ledger.shop(shop).currency
        customerImport = CustomerImport(rawValue: try text("customer_import")) ?? .withOrder
        customerMapping = CustomerMapping(rawValue: try text("customer_mapping")) ?? .emailPhone
        autoCreateCustomers = try flag("auto_create_customers")
        defaultCustomer = try text("default_customer")
        customerTemplate = try text("customer_template")
        skuMapping = SKUMapping(rawValue: try text("sku_mapping")) ?? .itemNo
        skuSeparator = try text("sku_separator")
        findByBarcode = try flag("find_by_barcode")
        autoCreateItems = try flag("auto_create_items")
        itemTemplate = try text("item_template")
        fulfilledOrdersAsInvoices = try flag("fulfilled_orders_as_invoices")
        autoRelease = try flag("auto_release")
        orderNoOnDocumentLine = try flag("order_no_on_document_line")
        usePresentmentCurrency = try text("currency_handling") == "presentment"
        shippingChargesAccount = try text("shipping_charges_account")
        tipAccount = try text("tip_account")
        giftCardAccount = try text("gift_card_account")
        defaultLocation = try text("default_location")
    }
}
