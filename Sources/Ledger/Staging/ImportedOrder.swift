import Foundation
import ShopSyncCore

/// A line item of a Shopify order as the order import stages it.
public struct ImportedOrderLine: Sendable, Equatable {
    public var id: Int64
    public var sku: String = ""
    /// The variant's barcode, tried when the SKU maps no item and the shop says so.
    public var barcode: String = ""
    public var title: String = ""
    public var productId: Int64 = 0
    public var variantId: Int64 = 0
    public var quantity: Int
    public var unitPrice: Decimal = 0
    public var discount: Decimal = 0
    public var tax: Decimal = 0
    public var giftCard = false
    public var tip = false
    /// The unit price in the presentment currency; nil when it equals `unitPrice`.
    public var presentmentUnitPrice: Decimal?
    /// The line discount in the presentment currency; nil when it equals `discount`.
    public var presentmentDiscount: Decimal?

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
    /// The B2B company and company location that placed the order; 0 for a consumer order.
    public var companyId: Int64 = 0
    public var companyLocationId: Int64 = 0
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
    /// `totalDiscounts` in the presentment currency; nil when it is the same amount.
    public var presentmentTotalDiscounts: Decimal?
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
    public var shippingLines: [ImportedShippingLine] = []
    public var refunds: [ImportedRefund] = []
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

/// A shipping line of a Shopify order: what the buyer paid for delivery, after discounts.
public struct ImportedShippingLine: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var code: String
    public var amount: Decimal
    /// The amount in the presentment currency; nil when it equals `amount`.
    public var presentmentAmount: Decimal?

    public init(id: Int64, title: String = "", code: String = "", amount: Decimal,
                presentmentAmount: Decimal? = nil) {
        self.id = id
        self.title = title
        self.code = code
        self.amount = amount
        self.presentmentAmount = presentmentAmount
    }
}

/// A refund of a Shopify order: how much money went back and how many items it took off.
/// An order edit that removes items shows up as a refund of those items with no money.
public struct ImportedRefund: Sendable, Equatable {
    public var id: Int64
    public var amount: Decimal
    public var quantity: Int
    public var createdAt: Timestamp

    public init(id: Int64, amount: Decimal, quantity: Int = 0,
                createdAt: Timestamp = Timestamp(seconds: 0)) {
        self.id = id
        self.amount = amount
        self.quantity = quantity
        self.createdAt = createdAt
    }

    /// A refund that took items off but returned no money cannot become a credit memo: there
    /// is nothing to credit, yet the sales document still sells those items.
    public var canBecomeCreditMemo: Bool { amount > 0 }
}
