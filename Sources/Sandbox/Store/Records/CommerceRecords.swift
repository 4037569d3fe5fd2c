/// A Shopify Payments payout.
public struct PayoutRecord: StoreRecord {
    public static let kind = "ShopifyPaymentsPayout"
    public var id: Int64
    public var issuedAt: Int64
    public var net: Money
    public var currency: String
    /// SCHEDULED, IN_TRANSIT, PAID, FAILED or CANCELED.
    public var status: String
    /// DEPOSIT or WITHDRAWAL.
    public var transactionType: String
    public var createdAt: Int64
    public var updatedAt: Int64
}

/// A B2B catalog for company locations, with its price list.
public struct CatalogRecord: StoreRecord {
    public static let kind = "CompanyLocationCatalog"
    public var id: Int64
    public var title: String
    /// ACTIVE, ARCHIVED or DRAFT.
    public var status: String
    public var companyLocationIds: [Int64]
    public var priceListId: Int64?
    public var createdAt: Int64
    public var updatedAt: Int64
}

/// A price list: a relative adjustment plus fixed prices per variant.
public struct PriceListRecord: StoreRecord {
    public static let kind = "PriceList"
    public var id: Int64
    public var name: String
    public var currency: String
    public var catalogId: Int64?
    /// PERCENTAGE_DECREASE or PERCENTAGE_INCREASE.
    public var adjustmentType: String
    public var adjustmentValue: Double
    public var fixedPrices: [FixedPrice]
    public var createdAt: Int64
    public var updatedAt: Int64

    public var lookupKey: String? { name }
}

/// A variant's fixed price in a price list.
public struct FixedPrice: Codable, Sendable {
    public var variantId: Int64
    public var price: Money
    public var compareAtPrice: Money?
}

/// A bulk query and its result file.
public struct BulkOperationRecord: StoreRecord {
    public static let kind = "BulkOperation"
    public var id: Int64
    /// CREATED, RUNNING, COMPLETED, FAILED, CANCELING, CANCELED or EXPIRED.
    public var status: String
    public var query: String
    public var objectCount: Int64
    public var rootObjectCount: Int64
    public var fileSize: Int64
    public var completedAt: Int64?
    public var createdAt: Int64
    public var updatedAt: Int64
}
