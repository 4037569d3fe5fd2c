/// A cue of the activities dashboard: one question about the ledger whose answer is a list of
/// records that need a person. The count and the drill-down come from the same query, so they
/// can never disagree.
public enum Cue: String, CaseIterable, Sendable {
    case unmappedCustomers = "unmapped_customers"
    case unmappedCompanies = "unmapped_companies"
    case unmappedProducts = "unmapped_products"
    case unprocessedOrders = "unprocessed_orders"
    case unprocessedShipments = "unprocessed_shipments"
    case shipmentErrors = "shipment_errors"
    case syncErrors = "sync_errors"
    case unprocessedOrderUpdates = "unprocessed_order_updates"
    case skippedRecords = "skipped_records"
    case apiErrors = "api_errors"

    /// How long skipped records and API errors stay on the dashboard: a day, the span between
    /// two morning looks. Everything else stays until it is fixed.
    public static let recentWindowMilliseconds: Int64 = 24 * 3_600_000

    /// What the cue counts, in the words a connector admin uses.
    public var title: String {
        switch self {
        case .unmappedCustomers: return "Shopify customers with no ERP customer"
        case .unmappedCompanies: return "Shopify companies with no ERP customer"
        case .unmappedProducts: return "Shopify products with no ERP item"
        case .unprocessedOrders: return "imported orders without a sales document"
        case .unprocessedShipments: return "posted shipments not yet sent to Shopify"
        case .shipmentErrors: return "shipments Shopify refused or could not match"
        case .syncErrors: return "job queue entries stopped in error"
        case .unprocessedOrderUpdates: return "orders changed in Shopify after processing"
        case .skippedRecords: return "records skipped in the last 24 hours"
        case .apiErrors: return "failed Shopify requests in the last 24 hours"
        }
    }

    /// The usual way to bring the count down; each record's own fix is more precise.
    public var fix: String {
        switch self {
        case .unmappedCustomers, .unmappedCompanies:
            return "add or map the ERP customer, or set auto_create_customers, then sync customers"
        case .unmappedProducts: return "add the item or fix the SKU, then sync products"
        case .unprocessedOrders: return "create sales documents"
        case .unprocessedShipments: return "sync shipments"
        case .shipmentErrors: return "shipment \"<no>\" retry"
        case .syncErrors: return "job \"<name>\" retry"
        case .unprocessedOrderUpdates: return "order \"<no>\" resolve"
        case .skippedRecords: return "fix the reason shown, then run the task again"
        case .apiErrors: return "shopify log"
        }
    }

    /// The one query behind the cue: rows of `shop`, `record`, `reason`, `fix`, and `at` (when the
    /// record arose, for ordering). `?` stands for the start of the recent window where the cue
    /// has one (see `usesWindow`).
    var query: String {
        switch self {
        case .unmappedCustomers: return CueQueries.unmappedCustomers
        case .unmappedCompanies: return CueQueries.unmappedCompanies
        case .unmappedProducts: return CueQueries.unmappedProducts
        case .unprocessedOrders: return CueQueries.unprocessedOrders
        case .unprocessedShipments: return CueQueries.unprocessedShipments
        case .shipmentErrors: return CueQueries.shipmentErrors
        case .syncErrors: return CueQueries.syncErrors
        case .unprocessedOrderUpdates: return CueQueries.unprocessedOrderUpdates
        case .skippedRecords: return CueQueries.skippedRecords
        case .apiErrors: return CueQueries.apiErrors
        }
    }

    /// Whether `query` takes the start of the recent window as its one bind.
    var usesWindow: Bool { self == .skippedRecords || self == .apiErrors }
}

/// How a count reads against a cue's two thresholds: below the first is green, up to the
/// second is yellow, above it red. The defaults (1 and 5) make 0 green, 1 to 5 yellow, 6 red.
public struct CueThresholds: Sendable, Equatable {
    public var first: Int
    public var second: Int

    public static let standard = CueThresholds(first: 1, second: 5)

    public init(first: Int, second: Int) {
        self.first = first
        self.second = second
    }

    public func state(of count: Int) -> CueState {
        if count < first { return .green }
        return count <= second ? .yellow : .red
    }
}

public enum CueState: String, Sendable {
    case green, yellow, red
}

/// A cue's count for one shop, or across all shops.
public struct CueCount: Sendable, Equatable {
    public let cue: Cue
    public let count: Int
    public let thresholds: CueThresholds
    public var state: CueState { thresholds.state(of: count) }
}

/// One record behind a cue, with why it is there and what fixes it.
public struct CueRecord: Sendable, Equatable {
    public let shop: String
    public let record: String
    public let reason: String
    public let fix: String
    /// When the record arose (milliseconds since 1970, UTC).
    public let at: Int64
}
