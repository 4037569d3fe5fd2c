import Foundation
import Ledger

/// The sell-to and bill-to customers of an order.
public struct MappedCustomers: Sendable, Equatable {
    public let sellTo: String
    public let billTo: String
    /// True when the mapping created the customer from a template.
    public let created: Bool

    public init(sellTo: String, billTo: String, created: Bool) {
        self.sellTo = sellTo
        self.billTo = billTo
        self.created = created
    }
}

/// Finds (or creates) the ERP customers of an order, in the reference connector's order of
/// precedence:
///
/// 1. a B2B order takes its company location's customers, else its company's;
/// 2. a country (the ship-to country) whose template row names a default customer takes it;
/// 3. with `customer_import = none`, or `customer_mapping = default`, the shop's default customer;
/// 4. `email_phone`: the customer the Shopify customer is linked to, else e-mail (exact, any
///    case), else phone (same digits); `bill_to`: same name, address, city and post code;
/// 5. not found: created from the country's template (else `customer_template`) when
///    `auto_create_customers` is on.
///
/// Whatever it finds must not be blocked. Creation writes, so run it inside the transaction
/// that creates the document: a refused order leaves no new customer behind.
public struct CustomerMapper {
    let ledger: Ledger
    let settings: OrderSettings

    public init(ledger: Ledger, settings: OrderSettings) {
        self.ledger = ledger
        self.settings = settings
    }

    public func map(_ order: ImportedOrder) throws -> MappedCustomers {
        let mapped = try find(order)
        for no in Set([mapped.sellTo, mapped.billTo]) {
            guard let customer = try ledger.customer(no) else {
                throw OrderProblem.ledger("no customer '\(no)'")
            }
            if customer.blocked { throw OrderProblem.blockedCustomer(no) }
        }
        return mapped
    }

    private func find(_ order: ImportedOrder) throws -> MappedCustomers {
        if order.companyId != 0 || order.companyLocationId != 0 {
            guard
                let pair = try ledger.companyCustomers(
                    shop: settings.shop, companyId: order.companyId,
                    locationId: order.companyLocationId)
            else {
                throw OrderProblem.companyWithoutCustomer(
                    companyId: order.companyId,
                    locationId: order.companyLocationId)
            }
            return MappedCustomers(sellTo: pair.sellTo, billTo: pair.billTo, created: false)
        }
        if let byCountry = try ledger.shopCustomerTemplate(
            shop: settings.shop, countryCode: order.shipToCountry)?
            .defaultCustomerNo
        {
            return MappedCustomers(sellTo: byCountry, billTo: byCountry, created: false)
        }
        if settings.customerImport == .none || settings.customerMapping == .byDefault {
            return try defaultCustomer()
        }
        if let found = try existing(order) {
            return MappedCustomers(sellTo: found, billTo: found, created: false)
        }
        guard settings.autoCreateCustomers else {
            throw OrderProblem.noCustomer(
                email: order.email, phone: order.phone, name: order.billToName)
        }
        let created = try create(order)
        return MappedCustomers(sellTo: created, billTo: created, created: true)
    }

    /// The ERP customer of a Shopify customer the customer sync brings, described as the buyer
    /// of an order would be: linked, else found by the shop's strategy (e-mail then phone, or
    /// bill-to), else, when `create` is true, created from its country's template. Nil when
    /// nothing matches and nothing may be created. Country default customers and the shop's
    /// default customer are for orders only: a customer is never linked to them.
    public func customerNo(for buyer: ImportedOrder, create: Bool) throws -> (no: String, created: Bool)? {
        if let found = try existing(buyer) { return (found, false) }
        guard create else { return nil }
        return (try self.create(buyer), true)
    }

    private func defaultCustomer() throws -> MappedCustomers {
        guard !settings.defaultCustomer.isEmpty else { throw OrderProblem.noDefaultCustomer }
        return MappedCustomers(
            sellTo: settings.defaultCustomer, billTo: settings.defaultCustomer, created: false)
    }

    /// The customer the strategy finds, linking a Shopify customer found by e-mail or phone.
    private func existing(_ order: ImportedOrder) throws -> String? {
        switch settings.customerMapping {
        case .billTo:
            return try ledger.findCustomer(
                billToName: order.billToName, address: order.billToAddress,
                city: order.billToCity, postCode: order.billToPostCode,
                countryCode: order.billToCountry)?.no
        case .emailPhone, .byDefault:
            if let linked = try ledger.linkedCustomer(
                shop: settings.shop, shopifyCustomerId: order.customerId)
            {
                return linked
            }
            let found =
                try ledger.findCustomer(email: order.email)
                ?? ledger.findCustomer(phone: order.phone)
            if let found { try link(order, to: found.no) }
            return found?.no
        }
    }

    private func link(_ order: ImportedOrder, to customerNo: String) throws {
        try ledger.linkCustomer(
            shop: settings.shop, shopifyCustomerId: order.customerId,
            customerNo: customerNo, email: order.email)
    }

    /// A new customer from the bill-to address (the ship-to one when there is none), numbered
    /// from the `customer` series, from its country's template or the shop's.
    private func create(_ order: ImportedOrder) throws -> String {
        let useBillTo = !order.billToName.isEmpty || !order.billToAddress.isEmpty
        let country = useBillTo ? order.billToCountry : order.shipToCountry
        let name =
            [useBillTo ? order.billToName : order.shipToName, order.sellToName, order.email]
            .first { !$0.isEmpty } ?? order.name
        var customer = Customer(
            no: try NumberAllocator.next(series: "customer", in: ledger) {
                try ledger.customer($0) != nil
            },
            name: name, email: order.email, phone: order.phone,
            address: useBillTo ? order.billToAddress : order.shipToAddress,
            city: useBillTo ? order.billToCity : order.shipToCity,
            postCode: useBillTo ? order.billToPostCode : order.shipToPostCode,
            countryCode: country)
        let template =
            try ledger.shopCustomerTemplate(shop: settings.shop, countryCode: country)?.templateCode
            ?? (settings.customerTemplate.isEmpty ? nil : settings.customerTemplate)
        if let template {
            customer = try ledger.addCustomer(customer, fromTemplate: template)
        } else {
            try ledger.addCustomer(customer)
        }
        if settings.customerMapping == .emailPhone { try link(order, to: customer.no) }
        return customer.no
    }
}

/// Numbers for records created on the fly, skipping any a person already used by hand.
enum NumberAllocator {
    static func next(
        series: String, in ledger: Ledger, taken: (String) throws -> Bool
    ) throws -> String {
        var no = try ledger.nextNumber(series: series)
        while try taken(no) { no = try ledger.nextNumber(series: series) }
        return no
    }
}
