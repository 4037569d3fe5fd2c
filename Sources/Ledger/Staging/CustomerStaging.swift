import Database
import ShopSyncCore

/// A Shopify customer as `sync customers` stages it.
public struct StagedCustomer: Sendable, Equatable {
    public var shop: String
    public var id: Int64
    public var firstName: String
    public var lastName: String
    public var email: String
    public var phone: String
    public var address: String
    public var city: String
    public var postCode: String
    public var countryCode: String
    public var tags: String
    public var state: String
    public var updatedAt: Timestamp

    public init(shop: String, id: Int64, firstName: String = "", lastName: String = "", email: String = "",
                phone: String = "", address: String = "", city: String = "", postCode: String = "",
                countryCode: String = "", tags: String = "", state: String = "", updatedAt: Timestamp) {
        self.shop = shop
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
        self.address = address
        self.city = city
        self.postCode = postCode
        self.countryCode = countryCode
        self.tags = tags
        self.state = state
        self.updatedAt = updatedAt
    }

    public var name: String { [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// What the ledger holds of a staged Shopify customer between runs.
public struct StagedCustomerState: Sendable, Equatable {
    public let customerNo: String?
    public let updatedAt: Int64
    /// When the ERP last wrote this customer to Shopify: a change Shopify stamps at or before it
    /// is our own echo, not a change to import.
    public let lastUpdatedByERP: Int64
}

extension Ledger {
    /// Stages a Shopify customer; the ERP customer it is linked to is kept.
    public func saveStagedCustomer(_ c: StagedCustomer) throws {
        try connection.run("""
            INSERT INTO shopify_customer (shop, id, first_name, last_name, email, phone, country_code, tags,
              state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (shop, id) DO UPDATE SET first_name = excluded.first_name,
              last_name = excluded.last_name, email = excluded.email, phone = excluded.phone,
              country_code = excluded.country_code, tags = excluded.tags, state = excluded.state,
              updated_at = excluded.updated_at
            """, [.text(c.shop), .integer(c.id), .text(c.firstName), .text(c.lastName), .text(c.email),
                  .text(c.phone), .text(c.countryCode), .text(c.tags), .text(c.state),
                  .integer(c.updatedAt.milliseconds)])
    }

    /// The staged state of Shopify customers among `ids`.
    public func stagedCustomerStates(shop: String, among ids: [Int64]) throws -> [Int64: StagedCustomerState] {
        var states: [Int64: StagedCustomerState] = [:]
        for row in try connection.query("""
            SELECT id, customer_no, updated_at, last_updated_by_erp FROM shopify_customer
            WHERE shop = ? AND id IN (SELECT value FROM json_each(?))
            """, [.text(shop), .text(Self.jsonArray(ids))]) {
            states[try row.int64("id")] = StagedCustomerState(
                customerNo: try row.optionalString("customer_no"), updatedAt: try row.int64("updated_at"),
                lastUpdatedByERP: try row.int64("last_updated_by_erp"))
        }
        return states
    }
}

extension Ledger {
    /// Staged Shopify customers linked to no ERP customer yet, to map again after the ERP side
    /// changed (the address is not staged: such a customer is linked, never created, from here).
    public func unmappedStagedCustomers(shop: String) throws -> [StagedCustomer] {
        try connection.query("""
            SELECT id, first_name, last_name, email, phone, country_code, tags, state, updated_at
            FROM shopify_customer WHERE shop = ? AND customer_no IS NULL ORDER BY id
            """, [.text(shop)]).map { row in
            StagedCustomer(shop: shop, id: try row.int64("id"), firstName: try row.string("first_name"),
                           lastName: try row.string("last_name"), email: try row.string("email"),
                           phone: try row.string("phone"), countryCode: try row.string("country_code"),
                           tags: try row.string("tags"), state: try row.string("state"),
                           updatedAt: Timestamp(milliseconds: try row.int64("updated_at")))
        }
    }
}

extension Ledger {
    /// The ERP customer a staged Shopify company maps to, if it is staged and mapped.
    public func companyCustomer(shop: String, companyId: Int64) throws -> String? {
        try connection.scalar("""
            SELECT customer_no FROM shopify_company WHERE shop = ? AND id = ? AND customer_no IS NOT NULL
            """, [.text(shop), .integer(companyId)])?.string
    }

    /// Stages a company location; a customer set on it by hand is kept.
    public func stageCompanyLocation(shop: String, id: Int64, companyId: Int64, name: String,
                                     countryCode: String) throws {
        try connection.run("""
            INSERT INTO shopify_company_location (shop, id, company_id, name, country_code)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (shop, id) DO UPDATE SET company_id = excluded.company_id, name = excluded.name,
              country_code = excluded.country_code
            """, [.text(shop), .integer(id), .integer(companyId), .text(name), .text(countryCode)])
    }
}
