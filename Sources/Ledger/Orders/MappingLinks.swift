import Database
import Foundation

/// A Shopify B2B company location and the ERP customers its orders go to.
public struct ShopifyCompanyLocation: Sendable, Equatable {
    public var shop: String
    public var id: Int64
    public var companyId: Int64
    public var name: String
    public var countryCode: String
    /// The sell-to customer of its orders; nil: the company's customer.
    public var customerNo: String?
    /// The bill-to customer, used only with a sell-to customer; nil: the sell-to customer.
    public var billToCustomerNo: String?

    public init(
        shop: String, id: Int64, companyId: Int64, name: String = "", countryCode: String = "",
        customerNo: String? = nil, billToCustomerNo: String? = nil
    ) {
        self.shop = shop
        self.id = id
        self.companyId = companyId
        self.name = name
        self.countryCode = countryCode
        self.customerNo = customerNo
        self.billToCustomerNo = billToCustomerNo
    }
}

/// What the ledger knows of a Shopify variant: its SKU, its barcode and the item it maps to.
public struct ShopifyVariantLink: Sendable, Equatable {
    public var shop: String
    public var id: Int64
    public var productId: Int64
    public var sku: String
    public var barcode: String
    /// Nil: not mapped yet.
    public var itemNo: String?
    public var variantCode: String

    public init(
        shop: String, id: Int64, productId: Int64 = 0, sku: String = "", barcode: String = "",
        itemNo: String? = nil, variantCode: String = ""
    ) {
        self.shop = shop
        self.id = id
        self.productId = productId
        self.sku = sku
        self.barcode = barcode
        self.itemNo = itemNo
        self.variantCode = variantCode
    }
}

/// The links between Shopify customers, companies and variants and ERP records that the order
/// mapping reads and keeps, and the customer lookup by bill-to information.
extension Ledger {
    /// The ERP customer a Shopify customer is linked to, if any.
    public func linkedCustomer(shop: String, shopifyCustomerId: Int64) throws -> String? {
        guard shopifyCustomerId != 0 else { return nil }
        return try connection.scalar(
            """
            SELECT customer_no FROM shopify_customer WHERE shop = ? AND id = ? AND customer_no IS NOT NULL
            """, [.text(shop), .integer(shopifyCustomerId)])?.string
    }

    /// Links a Shopify customer to an ERP customer, creating the Shopify customer's row when
    /// the customer sync has not brought it yet (its details come with that sync).
    public func linkCustomer(
        shop: String, shopifyCustomerId: Int64, customerNo: String, email: String
    ) throws {
        guard shopifyCustomerId != 0 else { return }
        try connection.run(
            """
            INSERT INTO shopify_customer (shop, id, customer_no, email, updated_at) VALUES (?, ?, ?, ?, 0)
            ON CONFLICT (shop, id) DO UPDATE SET customer_no = excluded.customer_no
            """, [.text(shop), .integer(shopifyCustomerId), .text(customerNo), .text(email)])
    }

    /// The first customer (by number) with exactly this name, address, city and post code,
    /// compared without regard to case and surrounding blanks; the country too when given.
    public func findCustomer(
        billToName name: String, address: String, city: String, postCode: String,
        countryCode: String = ""
    ) throws -> Customer? {
        let parts = [name, address, city, postCode].map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts[0].isEmpty else { return nil }
        let no = try connection.scalar(
            """
            SELECT no FROM customer WHERE name = ? COLLATE NOCASE AND address = ? COLLATE NOCASE
              AND city = ? COLLATE NOCASE AND post_code = ? COLLATE NOCASE
              AND (? = '' OR country_code = '' OR country_code = ?) ORDER BY no LIMIT 1
            """, parts.map { .text($0) } + [.text(countryCode), .text(countryCode)])?.string
        return try no.flatMap { try customer($0) }
    }

    /// Creates or replaces a company location (the company sync keeps these).
    public func saveCompanyLocation(_ location: ShopifyCompanyLocation) throws {
        try translatingConstraints(kind: "company location", key: String(location.id)) {
            try connection.run(
                """
                INSERT INTO shopify_company_location (shop, id, company_id, name, country_code, customer_no,
                  bill_to_customer_no) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (shop, id) DO UPDATE SET company_id = excluded.company_id, name = excluded.name,
                  country_code = excluded.country_code, customer_no = excluded.customer_no,
                  bill_to_customer_no = excluded.bill_to_customer_no
                """,
                [
                    .text(location.shop), .integer(location.id), .integer(location.companyId),
                    .text(location.name), .text(location.countryCode),
                    optionalText(location.customerNo),
                    optionalText(location.billToCustomerNo),
                ])
        }
    }

    /// Creates or replaces a company and the ERP customer its orders go to.
    public func saveCompany(shop: String, id: Int64, name: String, customerNo: String?) throws {
        try translatingConstraints(kind: "company", key: String(id)) {
            try connection.run(
                """
                INSERT INTO shopify_company (shop, id, name, customer_no, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (shop, id) DO UPDATE SET name = excluded.name,
                  customer_no = excluded.customer_no
                """,
                [.text(shop), .integer(id), .text(name), optionalText(customerNo), .integer(now)])
        }
    }

    /// The sell-to and bill-to customers of a B2B order: the location's own customers, else
    /// its company's customer; nil when neither has one.
    public func companyCustomers(
        shop: String, companyId: Int64,
        locationId: Int64
    ) throws -> (sellTo: String, billTo: String)? {
        if let row = try connection.queryOne(
            """
            SELECT customer_no, bill_to_customer_no FROM shopify_company_location
            WHERE shop = ? AND id = ? AND customer_no IS NOT NULL
            """, [.text(shop), .integer(locationId)])
        {
            let sellTo = try row.string("customer_no")
            return (sellTo, try row.optionalString("bill_to_customer_no") ?? sellTo)
        }
        let company = try connection.scalar(
            """
            SELECT customer_no FROM shopify_company WHERE shop = ? AND id = ? AND customer_no IS NOT NULL
            """, [.text(shop), .integer(companyId)])?.string
        return company.map { ($0, $0) }
    }

    /// What the ledger knows of a Shopify variant, or nil.
    public func variantLink(shop: String, variantId: Int64) throws -> ShopifyVariantLink? {
        guard variantId != 0,
            let row = try connection.queryOne(
                "SELECT * FROM shopify_variant WHERE shop = ? AND id = ?",
                [.text(shop), .integer(variantId)])
        else {
            return nil
        }
        return ShopifyVariantLink(
            shop: shop, id: variantId, productId: try row.int64("product_id"),
            sku: try row.string("sku"), barcode: try row.string("barcode"),
            itemNo: try row.optionalString("item_no"),
            variantCode: try row.string("variant_code"))
    }

    /// Creates or replaces a variant's row (the product sync keeps these).
    public func saveVariantLink(_ link: ShopifyVariantLink) throws {
        try translatingConstraints(kind: "Shopify variant", key: String(link.id)) {
            try connection.run(
                """
                INSERT INTO shopify_variant (shop, id, product_id, sku, barcode, item_no, variant_code,
                  updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (shop, id) DO UPDATE SET product_id = excluded.product_id, sku = excluded.sku,
                  barcode = excluded.barcode, item_no = excluded.item_no,
                  variant_code = excluded.variant_code
                """,
                [
                    .text(link.shop), .integer(link.id), .integer(link.productId), .text(link.sku),
                    .text(link.barcode), optionalText(link.itemNo), .text(link.variantCode),
                    .integer(now),
                ])
        }
    }

    private func optionalText(_ value: String?) -> SQLValue {
        value.map { .text($0) } ?? .null
    }
}
