import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient
import Sync

/// `sync customers`: stages the customers Shopify changed since the cursor and links each to an
/// ERP customer by the shop's `customer_import` and `customer_mapping`:
///
/// - `none`: nothing is imported (orders go to the default customer);
/// - `with_order`: customers are linked to ERP customers that already match (e-mail, then phone
///   by digits; or bill-to), and created only when an order of theirs is processed;
/// - `all`: as `with_order`, and a customer nothing matches is created from its country's
///   template when `auto_create_customers` is on.
///
/// With `shopify_can_update_customers` on, a linked ERP customer takes Shopify's name, e-mail,
/// phone and address; a Shopify change stamped at or before our own last write to that
/// customer is our echo and is not imported back.
struct CustomerSync: SyncEngine {
    static let task = "sync customers"

    let sync: SyncContext

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        try CustomerExport.checkSettings(ledger, shop: shop, task: Self.task)
        let settings = try OrderSettings(shop: shop, in: ledger)
        guard settings.customerImport != .none else {
            summary.finish(client: client, started: started, now: client.clock.now())
            return summary
        }
        let canUpdate = try ledger.setting("shopify_can_update_customers", of: shop) == .bool(true)
        let pages = IncrementalImport(sync: sync)
        try pages.run(.customers, ShopifyDocuments.customersPage, path: ["customers"], as: CustomerNode.self,
                      into: &summary) { records, summary in
            let mapper = CustomerMapper(ledger: ledger, settings: settings)
            let staged = records.map { $0.staged(shop: shop) }
            let states = try ledger.stagedCustomerStates(shop: shop, among: staged.map(\.id))
            for customer in staged {
                try take(customer, state: states[customer.id], mapper: mapper, settings: settings,
                         canUpdate: canUpdate, into: &summary)
            }
        }
        try PageTransaction.run(ledger, dryRun: dryRun) {
            try relinkUnmapped(settings: settings, into: &summary)
        }
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    private func take(_ customer: StagedCustomer, state: StagedCustomerState?, mapper: CustomerMapper,
                      settings: OrderSettings, canUpdate: Bool, into summary: inout SyncSummary) throws {
        if let state, state.updatedAt == customer.updatedAt.milliseconds, state.customerNo != nil {
            summary.unchanged += 1
            return
        }
        try ledger.saveStagedCustomer(customer)
        if let linked = state?.customerNo {
            let echo = customer.updatedAt.milliseconds <= (state?.lastUpdatedByERP ?? 0)
            if canUpdate, !echo, try update(linked, from: customer) {
                summary.updated += 1
            } else {
                summary.unchanged += 1
            }
            return
        }
        let create = settings.customerImport == .all && settings.autoCreateCustomers
        guard let found = try mapper.customerNo(for: Self.buyer(customer), create: create) else {
            summary.skipped += 1
            return
        }
        try ledger.linkCustomer(shop: shop, shopifyCustomerId: customer.id, customerNo: found.no,
                                email: customer.email)
        if found.created { summary.created += 1 } else { summary.updated += 1 }
    }

    /// Customers staged earlier that matched nobody are matched again without asking Shopify, so
    /// adding the ERP customer and running the sync links them.
    private func relinkUnmapped(settings: OrderSettings, into summary: inout SyncSummary) throws {
        let mapper = CustomerMapper(ledger: ledger, settings: settings)
        for customer in try ledger.unmappedStagedCustomers(shop: shop) {
            guard let found = try mapper.customerNo(for: Self.buyer(customer), create: false) else { continue }
            try ledger.linkCustomer(shop: shop, shopifyCustomerId: customer.id, customerNo: found.no,
                                    email: customer.email)
            summary.updated += 1
        }
    }

    /// Copies what Shopify has onto the ERP customer; false when nothing differed.
    private func update(_ no: String, from shopify: StagedCustomer) throws -> Bool {
        guard var customer = try ledger.customer(no) else { return false }
        let before = customer
        if !shopify.name.isEmpty { customer.name = shopify.name }
        customer.email = shopify.email
        customer.phone = shopify.phone
        if !shopify.address.isEmpty {
            customer.address = shopify.address
            customer.city = shopify.city
            customer.postCode = shopify.postCode
            customer.countryCode = shopify.countryCode
        }
        guard customer != before else { return false }
        try ledger.updateCustomer(customer)
        return true
    }

    /// A Shopify customer described as an order's buyer, the shape the customer mapping reads.
    static func buyer(_ c: StagedCustomer) -> ImportedOrder {
        var order = ImportedOrder(shop: c.shop, id: 0, name: "customer \(c.id)", createdAt: c.updatedAt,
                                  updatedAt: c.updatedAt)
        order.customerId = c.id
        order.email = c.email
        order.phone = c.phone
        order.sellToName = c.name
        (order.billToName, order.shipToName) = (c.name, c.name)
        (order.billToAddress, order.shipToAddress) = (c.address, c.address)
        (order.billToCity, order.shipToCity) = (c.city, c.city)
        (order.billToPostCode, order.shipToPostCode) = (c.postCode, c.postCode)
        (order.billToCountry, order.shipToCountry) = (c.countryCode, c.countryCode)
        return order
    }
}

/// A customer of `CustomersPage`, decoded strictly.
struct CustomerNode: ShopifyDecodable {
    let customer: ShopifyCustomer
    let address: StagedOrder.Address

    init(from node: NodeReader) throws(DecodeProblem) {
        customer = try ShopifyCustomer(from: node)
        address = try StagedOrder.address(try node.optionalObject("defaultAddress"))
    }

    func staged(shop: String) -> StagedCustomer {
        StagedCustomer(shop: shop, id: customer.id.number ?? 0, firstName: customer.firstName ?? "",
                       lastName: customer.lastName ?? "", email: customer.email ?? "",
                       phone: customer.phone ?? "", address: address.street, city: address.city,
                       postCode: address.postCode, countryCode: address.country,
                       tags: customer.tags.map { "[\($0)]" }.joined(separator: " "),
                       state: customer.state?.rawValue.lowercased() ?? "",
                       updatedAt: customer.updatedAt ?? Timestamp(milliseconds: 0))
    }
}
