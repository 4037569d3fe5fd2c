import Database
import ShopSyncCore

/// An ERP customer as `sync customers to shopify` sends it, with the Shopify customer it is
/// linked to (and that customer's staged fields) when it has one.
public struct CustomerToExport: Sendable, Equatable {
    public let customer: Customer
    /// The linked Shopify customer's id; nil when the ERP customer is not linked yet.
    public let shopifyID: Int64?
    /// The linked customer's fields as last staged or sent: `first last`, e-mail, phone.
    public let shopifyName: String
    public let shopifyEmail: String
    public let shopifyPhone: String

    /// Shopify's `firstName` and `lastName` of the ERP name: the last word is the last name.
    public var nameParts: (first: String, last: String) {
        let words = customer.name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return ("", customer.name) }
        return (words.dropLast().joined(separator: " "), words.last ?? "")
    }

    /// Whether the linked Shopify customer shows what the ERP has (the e-mail without case,
    /// the phone by its digits).
    public var isCurrent: Bool {
        shopifyID != nil && shows(name: shopifyName, email: shopifyEmail, phone: shopifyPhone)
    }

    /// Whether a Shopify customer with these fields shows what the ERP would send. A blank ERP
    /// e-mail or phone is not sent (it would erase Shopify's), so it matches anything.
    public func shows(name: String, email: String, phone: String) -> Bool {
        name == customer.name
            && (customer.email.isEmpty || email.lowercased() == customer.email.lowercased())
            && (customer.phone.isEmpty || Ledger.digits(phone) == Ledger.digits(customer.phone))
    }
}

extension Ledger {
    /// The ERP customers `filter` selects (fields of `customers`), not blocked, with their link
    /// to a Shopify customer of the shop (the lowest id when several link to one customer).
    public func customersToExport(shop: String, where filter: Filter?) throws -> [CustomerToExport] {
        let (whereSQL, binds) = try condition(LedgerCatalogue.customers, filter)
        let scope = whereSQL.isEmpty ? " WHERE " : whereSQL + " AND "
        let rows = try connection.query("""
            SELECT t.*, s.id AS shopify_id, s.first_name AS s_first, s.last_name AS s_last,
              s.email AS s_email, s.phone AS s_phone
            FROM customer AS t
            LEFT JOIN shopify_customer s ON s.shop = ? AND s.id =
              (SELECT MIN(id) FROM shopify_customer l WHERE l.shop = ? AND l.customer_no = t.no)
            """ + scope + "t.blocked = 0 ORDER BY t.no", [.text(shop), .text(shop)] + binds)
        return try rows.map { row in
            let name = [try row.optionalString("s_first") ?? "", try row.optionalString("s_last") ?? ""]
                .filter { !$0.isEmpty }.joined(separator: " ")
            return CustomerToExport(customer: try customer(from: row), shopifyID: try row.optionalInt64("shopify_id"),
                                    shopifyName: name, shopifyEmail: try row.optionalString("s_email") ?? "",
                                    shopifyPhone: try row.optionalString("s_phone") ?? "")
        }
    }

    /// Records what the ERP wrote to a Shopify customer: the link, the fields sent (a blank
    /// one was not sent, so the staged value stays), and
    /// Shopify's `updatedAt` of the write as `last_updated_by_erp`, so `sync customers` takes
    /// the change that comes back as our own echo, not as a change to import.
    public func markCustomerExported(shop: String, shopifyID: Int64, _ sent: CustomerToExport,
                                     updatedAt: Timestamp) throws {
        let (first, last) = sent.nameParts
        let c = sent.customer
        try connection.run("""
            INSERT INTO shopify_customer (shop, id, customer_no, first_name, last_name, email, phone,
              country_code, updated_at, last_updated_by_erp) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
            ON CONFLICT (shop, id) DO UPDATE SET customer_no = excluded.customer_no,
              first_name = excluded.first_name, last_name = excluded.last_name,
              email = COALESCE(NULLIF(excluded.email, ''), email),
              phone = COALESCE(NULLIF(excluded.phone, ''), phone),
              country_code = COALESCE(NULLIF(excluded.country_code, ''), country_code),
              updated_at = MAX(updated_at, excluded.updated_at),
              last_updated_by_erp = excluded.last_updated_by_erp
            """, [.text(shop), .integer(shopifyID), .text(c.no), .text(first), .text(last), .text(c.email),
                  .text(c.phone), .text(c.countryCode), .integer(updatedAt.milliseconds)])
    }
}
