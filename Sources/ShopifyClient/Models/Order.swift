import ShopSyncCore

/// An order as `OrderImportPage` reads it: whole, with its line and shipping lines.
public struct Order: ShopifyDecodable, ShopifyResource {
    public static let typeName = "Order"

    public enum FinancialStatus: String, Sendable, Hashable {
        case pending = "PENDING", authorized = "AUTHORIZED", partiallyPaid = "PARTIALLY_PAID"
        case partiallyRefunded = "PARTIALLY_REFUNDED", voided = "VOIDED", paid = "PAID"
        case refunded = "REFUNDED", expired = "EXPIRED"
    }

    public enum FulfillmentStatus: String, Sendable, Hashable {
        case unfulfilled = "UNFULFILLED", partiallyFulfilled = "PARTIALLY_FULFILLED"
        case fulfilled = "FULFILLED", restocked = "RESTOCKED", pendingFulfillment = "PENDING_FULFILLMENT"
        case open = "OPEN", inProgress = "IN_PROGRESS", onHold = "ON_HOLD", scheduled = "SCHEDULED"
        case requestDeclined = "REQUEST_DECLINED"
    }

    public let id: GlobalID<Order>
    public let name: String
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
    public let closed: Bool
    public let cancelledAt: Timestamp?
    public let email: String?
    public let currencyCode: String
    public let financialStatus: OpenEnum<FinancialStatus>?
    public let fulfillmentStatus: OpenEnum<FulfillmentStatus>
    public let tags: [String]
    public let customerID: GlobalID<Customer>?
    public let totalPrice: MoneyBag
    public let lineItems: [LineItem]
    /// Set when the order has more line items than the page carried.
    public let moreLineItemsAfter: String?
    public let shippingLines: [ShippingLine]

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: Order.self)
        name = try node.string("name")
        createdAt = try node.instant("createdAt")
        updatedAt = try node.instant("updatedAt")
        closed = try node.bool("closed", default: false)
        cancelledAt = try node.optionalInstant("cancelledAt")
        email = try node.optionalString("email")
        currencyCode = try node.string("currencyCode")
        financialStatus = try node.optionalEnum("displayFinancialStatus", as: FinancialStatus.self)
        fulfillmentStatus = try node.enumValue("displayFulfillmentStatus", as: FulfillmentStatus.self)
        tags = try node.strings("tags")
        customerID = try node.optionalObject("customer")?.id(of: Customer.self)
        totalPrice = try node.decode("totalPriceSet", as: MoneyBag.self)
        lineItems = try node.decodeAll("lineItems", as: LineItem.self)
        let pageInfo = try node.optionalObject("lineItems")?.optionalObject("pageInfo")
        moreLineItemsAfter = try pageInfo?.bool("hasNextPage", default: false) == true
            ? pageInfo?.optionalString("endCursor") : nil
        shippingLines = try node.decodeAll("shippingLines", as: ShippingLine.self)
    }
}

public struct LineItem: ShopifyDecodable {
    public let id: GlobalID<LineItemResource>
    public let title: String
    public let sku: String?
    public let quantity: Int
    public let currentQuantity: Int?
    public let variantID: GlobalID<ProductVariant>?
    public let originalUnitPrice: MoneyBag
    public let discountedTotal: MoneyBag?

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: LineItemResource.self)
        title = try node.string("title")
        sku = try node.optionalString("sku")
        quantity = try node.int("quantity")
        currentQuantity = try node.optionalInt("currentQuantity")
        variantID = try node.optionalObject("variant")?.id(of: ProductVariant.self)
        originalUnitPrice = try node.decode("originalUnitPriceSet", as: MoneyBag.self)
        discountedTotal = try node.decodeOptional("discountedTotalSet", as: MoneyBag.self)
    }
}

public struct ShippingLine: ShopifyDecodable {
    public let title: String
    public let code: String?
    public let price: MoneyBag?

    public init(from node: NodeReader) throws(DecodeProblem) {
        title = try node.string("title")
        code = try node.optionalString("code")
        let discounted = try node.decodeOptional("discountedPriceSet", as: MoneyBag.self)
        let original = try node.decodeOptional("originalPriceSet", as: MoneyBag.self)
        price = discounted ?? original
    }
}
