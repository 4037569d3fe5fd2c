import Database
import Foundation

/// Customers, customer templates, the per-shop country template map, and the lookups the
/// customer mapping uses (by e-mail, by phone).
extension Ledger {
    /// Adds a customer; `.duplicate(kind: "customer", key:)` when the number is taken.
    public func addCustomer(_ customer: Customer) throws {
        if let code = customer.templateCode, try customerTemplate(code) == nil {
            throw LedgerError.unknown(kind: "customer template", key: code)
        }
        try translatingConstraints(kind: "customer", key: customer.no) {
            try connection.run("""
                INSERT INTO customer (no, name, email, phone, address, city, post_code, country_code,
                  template_code, payment_terms, prices_including_tax, blocked, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, customerBinds(customer) + [.integer(now), .integer(now)])
        }
    }

    /// Adds a customer whose payment terms and tax setting come from a template.
    @discardableResult
    public func addCustomer(_ customer: Customer, fromTemplate code: String) throws -> Customer {
        guard let template = try customerTemplate(code) else {
            throw LedgerError.unknown(kind: "customer template", key: code)
        }
        var filled = customer
        filled.templateCode = code
        filled.paymentTerms = template.paymentTerms
        filled.pricesIncludingTax = template.pricesIncludingTax
        try addCustomer(filled)
        return filled
    }

    /// Changes every field of an existing customer; `.unknownCustomer` when there is none.
    public func updateCustomer(_ customer: Customer) throws {
        let changed = try translatingConstraints(kind: "customer", key: customer.no) {
            try connection.run("""
                UPDATE customer SET no = ?, name = ?, email = ?, phone = ?, address = ?, city = ?,
                  post_code = ?, country_code = ?, template_code = ?, payment_terms = ?,
                  prices_including_tax = ?, blocked = ?, updated_at = ? WHERE no = ?
                """, customerBinds(customer) + [.integer(now), .text(customer.no)])
        }
        guard changed == 1 else { throw LedgerError.unknownCustomer(customer.no) }
    }

    private func customerBinds(_ c: Customer) -> [SQLValue] {
        [.text(c.no), .text(c.name), .text(c.email), .text(c.phone), .text(c.address), .text(c.city),
         .text(c.postCode), .text(c.countryCode), c.templateCode.map { .text($0) } ?? .null,
         .text(c.paymentTerms), .integer(c.pricesIncludingTax ? 1 : 0), .integer(c.blocked ? 1 : 0)]
    }

    /// The customer with this number, or nil.
    public func customer(_ no: String) throws -> Customer? {
        try connection.queryOne("SELECT * FROM customer WHERE no = ?", [.text(no)]).map(customer(from:))
    }

    func customer(from row: Row) throws -> Customer {
        Customer(no: try row.string("no"), name: try row.string("name"), email: try row.string("email"),
                 phone: try row.string("phone"), address: try row.string("address"),
                 city: try row.string("city"), postCode: try row.string("post_code"),
                 countryCode: try row.string("country_code"),
                 templateCode: try row.optionalString("template_code"),
                 paymentTerms: try row.string("payment_terms"),
                 pricesIncludingTax: try row.bool("prices_including_tax"), blocked: try row.bool("blocked"))
    }

    /// The first customer (by number) with this e-mail, compared without regard to case.
    public func findCustomer(email: String) throws -> Customer? {
        let trimmed = email.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return try connection.queryOne("""
            SELECT * FROM customer WHERE email = ? COLLATE NOCASE ORDER BY no LIMIT 1
            """, [.text(trimmed)]).map(customer(from:))
    }

    /// The first customer (by number) whose phone has the same digits, so `+1 (555) 010-2030`
    /// finds `15550102030`. Formats vary too much for an index, so customers with a phone are
    /// scanned; that is fine for the tens of thousands of customers a shop has.
    public func findCustomer(phone: String) throws -> Customer? {
        let wanted = Self.digits(phone)
        guard !wanted.isEmpty else { return nil }
        var found: String?
        try connection.forEach("SELECT no, phone FROM customer WHERE phone <> '' ORDER BY no", []) { row in
            if found == nil, Self.digits(try row.string("phone")) == wanted { found = try row.string("no") }
        }
        return try found.flatMap { try customer($0) }
    }

    /// The digits of a phone number, nothing else.
    public static func digits(_ phone: String) -> String {
        String(phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
    }

    /// Creates or replaces a customer template.
    public func saveCustomerTemplate(_ template: CustomerTemplate) throws {
        try connection.run("""
            INSERT INTO customer_template (code, description, payment_terms, prices_including_tax)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET description = excluded.description,
              payment_terms = excluded.payment_terms, prices_including_tax = excluded.prices_including_tax
            """, [.text(template.code), .text(template.description), .text(template.paymentTerms),
                  .integer(template.pricesIncludingTax ? 1 : 0)])
    }

    public func customerTemplate(_ code: String) throws -> CustomerTemplate? {
        guard let row = try connection.queryOne("SELECT * FROM customer_template WHERE code = ?",
                                                [.text(code)]) else { return nil }
        return CustomerTemplate(code: try row.string("code"), description: try row.string("description"),
                                paymentTerms: try row.string("payment_terms"),
                                pricesIncludingTax: try row.bool("prices_including_tax"))
    }

    /// Sets which template (and default customer) a shop uses for a country; the shop, the
    /// template and the customer must exist.
    public func saveShopCustomerTemplate(_ entry: ShopCustomerTemplate) throws {
        _ = try shop(entry.shop)
        if let code = entry.templateCode, try customerTemplate(code) == nil {
            throw LedgerError.unknown(kind: "customer template", key: code)
        }
        if let no = entry.defaultCustomerNo, try customer(no) == nil {
            throw LedgerError.unknownCustomer(no)
        }
        try connection.run("""
            INSERT INTO shop_customer_template (shop, country_code, template_code, default_customer_no)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (shop, country_code) DO UPDATE SET template_code = excluded.template_code,
              default_customer_no = excluded.default_customer_no
            """, [.text(entry.shop), .text(entry.countryCode),
                  entry.templateCode.map { .text($0) } ?? .null,
                  entry.defaultCustomerNo.map { .text($0) } ?? .null])
    }

    /// The entry for a shop and country, or nil when the shop has none for it.
    public func shopCustomerTemplate(shop: String, countryCode: String) throws -> ShopCustomerTemplate? {
        guard let row = try connection.queryOne("""
            SELECT * FROM shop_customer_template WHERE shop = ? AND country_code = ?
            """, [.text(shop), .text(countryCode)]) else { return nil }
        return ShopCustomerTemplate(shop: try row.string("shop"), countryCode: try row.string("country_code"),
                                    templateCode: try row.optionalString("template_code"),
                                    defaultCustomerNo: try row.optionalString("default_customer_no"))
    }
}
