import Foundation
import ShopSyncCore

/// A line item of a Shopify order as the order import stages it.
public struct ImportedOrderLine: Sendable, Equatable {
    public var id: Int64
    public var sku: String = ""
    public var title: String = ""
    public var productId: Int64 = 0
    public var variantId: Int64 = 0
    public var quantity: Int
    public var unitPrice: Decimal = 0
    public var discount: Decimal = 0
    public var tax: Decimal = 0
    public var giftCard = false
    public var tip = false

    public init(id: Int64, sku: String = "", title: String = "", quantity: Int, unitPrice: Decimal = 0) {
        self.id = id
        self.sku = sku
        self.title = title
        self.quantity = quantity
        self.unitPrice = unitPrice
    }
}

/// A Shopify order as the order import stages it: the header fields the mapping and the
/// request-page filters need, its lines, and the raw JSON it came from.
///
/// Fields the ERP side sets later (processed, sales document, mapped item numbers) are not
/// here: re-importing an order never overwrites them.
public struct ImportedOrder: Sendable, Equatable {
    public var shop: String
    public var id: Int64
    /// The order number, e.g. `#1001`.
    public var name: String
    public var customerId: Int64 = 0
    public var email = ""
    public var phone = ""
    public var sellToName = ""
    public var billToName = ""
    public var billToAddress = ""
    public var billToCity = ""
    public var billToPostCode = ""
    public var billToCountry = ""
    public var shipToName = ""
    public var shipToAddress = ""
    public var shipToCity = ""
    public var shipToPostCode = ""
    public var shipToCountry = ""
    public var currency = ""
    public var presentmentCurrency = ""
    public var subtotal: Decimal = 0
    public var totalTax: Decimal = 0
    public var totalShipping: Decimal = 0
    public var totalDiscounts: Decimal = 0
    public var total: Decimal = 0
    public var pricesIncludingTax = false
    public var financialStatus = ""
    public var fulfillmentStatus = ""
    public var fullyPaid = false
    public var channel = ""
    public var tags = ""
    public var highRisk = false
    public var closed = false
    public var cancelled = false
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var lines: [ImportedOrderLine] = []
    /// The order's JSON as Shopify sent it; stored once per distinct body.
    public var rawJSON: String?

    public init(shop: String, id: Int64, name: String, createdAt: Timestamp, updatedAt: Timestamp,
                lines: [ImportedOrderLine] = [], rawJSON: String? = nil) {
        self.shop = shop
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lines = lines
        self.rawJSON = rawJSON
    }
}
