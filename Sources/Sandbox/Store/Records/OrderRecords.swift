/// An order with everything Shopify nests under it: lines, shipping, taxes, discounts,
/// transactions, fulfillment orders, fulfillments and refunds.
public struct OrderRecord: StoreRecord {
    public static let kind = "Order"
    public var id: Int64
    public var number: Int
    public var email: String?
    public var phone: String?
    public var customerId: Int64?
    public var company: PurchasingCompanyRecord?
    /// `web`, `pos`, `shopify_draft_order`: the channel the order came from.
    public var sourceName: String
    public var currency: String
    public var presentmentCurrency: String
    /// Presentment units per shop unit, ×10,000.
    public var exchangeRate: Int64
    public var taxesIncluded: Bool
    public var tags: [String]
    public var note: String?
    public var customAttributes: [Attribute]
    /// LOW, MEDIUM or HIGH.
    public var riskLevel: String
    public var shippingAddress: Address?
    public var billingAddress: Address?
    public var lineItems: [LineItemRecord]
    public var shippingLines: [ShippingLineRecord]
    public var discounts: [DiscountRecord]
    public var transactions: [TransactionRecord]
    public var fulfillmentOrders: [FulfillmentOrderRecord]
    public var fulfillments: [FulfillmentRecord]
    public var refunds: [RefundRecord]
    public var edited: Bool
    public var processedAt: Int64
    public var closedAt: Int64?
    public var cancelledAt: Int64?
    public var cancelReason: String?
    public var createdAt: Int64
    public var updatedAt: Int64

    /// `#1001`.
    public var name: String { "#\(number)" }
    public var lookupKey: String? { name }
    public var childIDs: [ChildID] {
        lineItems.map { ChildID("LineItem", $0.id) }
            + fulfillmentOrders.map { ChildID("FulfillmentOrder", $0.id) }
            + fulfillments.map { ChildID("Fulfillment", $0.id) }
            + transactions.map { ChildID("OrderTransaction", $0.id) }
    }
}

/// The company side of a B2B order.
public struct PurchasingCompanyRecord: Codable, Sendable {
    public var companyId: Int64
    public var locationId: Int64
    public var contactId: Int64
}

/// `key: value` custom attributes.
public struct Attribute: Codable, Sendable, Hashable {
    public var key: String
    public var value: String?
}

public struct LineItemRecord: Codable, Sendable {
    public var id: Int64
    public var variantId: Int64?
    public var productId: Int64?
    public var sku: String?
    public var title: String
    public var variantTitle: String?
    /// Ordered quantity, including later refunds and removals.
    public var quantity: Int
    /// Quantity after edits and refunds.
    public var currentQuantity: Int
    public var unitPrice: Money
    /// Discount over the whole line.
    public var discount: Money
    public var taxLines: [TaxLineRecord]
    public var requiresShipping: Bool
    public var taxable: Bool
}

/// A tax on a line or a shipping line; `rate` in basis points (2000 = 20 %).
public struct TaxLineRecord: Codable, Sendable {
    public var title: String
    public var rate: Int64
    public var amount: Money
}

public struct ShippingLineRecord: Codable, Sendable {
    public var id: Int64
    public var title: String
    public var code: String
    public var price: Money
    public var taxLines: [TaxLineRecord]
}

/// A discount application; `percentage` in basis points, or a fixed `amount`.
public struct DiscountRecord: Codable, Sendable {
    public var index: Int
    /// DISCOUNT_CODE, AUTOMATIC or MANUAL.
    public var type: String
    public var code: String?
    public var title: String
    public var percentage: Int64?
    public var amount: Money?
    /// ACROSS or EACH.
    public var allocationMethod: String
    /// LINE_ITEM or SHIPPING_LINE.
    public var targetType: String
}

public struct TransactionRecord: Codable, Sendable {
    public var id: Int64
    /// SALE, CAPTURE, AUTHORIZATION, VOID, REFUND.
    public var kind: String
    /// SUCCESS, FAILURE, PENDING.
    public var status: String
    public var gateway: String
    public var amount: Money
    public var parentId: Int64?
    public var processedAt: Int64
}

public struct FulfillmentOrderRecord: Codable, Sendable {
    public var id: Int64
    public var locationId: Int64
    /// OPEN, IN_PROGRESS, CLOSED, CANCELLED.
    public var status: String
    public var lineItems: [FulfillmentOrderLineRecord]
    public var createdAt: Int64
    public var updatedAt: Int64
}

public struct FulfillmentOrderLineRecord: Codable, Sendable {
    public var id: Int64
    public var lineItemId: Int64
    public var totalQuantity: Int
    public var remainingQuantity: Int
}

public struct FulfillmentRecord: Codable, Sendable {
    public var id: Int64
    public var number: Int
    public var locationId: Int64
    /// SUCCESS or CANCELLED.
    public var status: String
    public var trackingCompany: String?
    public var trackingNumbers: [String]
    public var trackingUrls: [String]
    public var lines: [FulfillmentLineRecord]
    public var createdAt: Int64
    public var updatedAt: Int64
}

public struct FulfillmentLineRecord: Codable, Sendable {
    public var id: Int64
    public var lineItemId: Int64
    public var quantity: Int
}

public struct RefundRecord: Codable, Sendable {
    public var id: Int64
    public var amount: Money
    public var note: String?
    public var lines: [FulfillmentLineRecord]
    public var createdAt: Int64
}
