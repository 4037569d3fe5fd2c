import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// `sync customers to shopify`: ERP customers become or update Shopify customers, with the shop's
/// `can_update_shopify_customers` on.
///
/// A linked customer is compared with what the ledger holds of its Shopify customer (no search)
/// and updated only when its name, e-mail or phone differ. An unlinked one is looked up in
/// Shopify by e-mail, then phone, and a result counts only when it is exactly the same address
/// (Shopify's search is tokenised, so `ann@x.com` also finds `jo.ann@x.com`) or the same phone
/// digits; found, it is linked, else created. `customerCreate` is not idempotent: after a lost
/// reply the client looks the e-mail up before resending. Each write keeps Shopify's `updatedAt`
/// as `last_updated_by_erp`, so `sync customers` does not take our own write back as a change.
struct CustomerExport: SyncEngine {
    static let task = "sync customers to shopify"

    let sync: SyncContext
    let filter: Filter?

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        try CustomerExport.checkSettings(ledger, shop: shop, task: Self.task)
        guard try ledger.setting("can_update_shopify_customers", of: shop) == .bool(true) else {
            throw SyncError.refused(task: Self.task, reason: "can_update_shopify_customers is off: "
                + "set it to true to let the ERP write Shopify customers")
        }
        for customer in try ledger.customersToExport(shop: shop, where: filter) {
            try checkCancellation()
            summary.fetched += 1
            try export(customer, into: &summary)
            progress(summary)
        }
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    /// Refuses a shop where both directions of customer updates are on: each side would keep
    /// overwriting the other.
    static func checkSettings(_ ledger: Ledger, shop: String, task: String) throws {
        let fromShopify = try ledger.setting("shopify_can_update_customers", of: shop) == .bool(true)
        let toShopify = try ledger.setting("can_update_shopify_customers", of: shop) == .bool(true)
        if fromShopify && toShopify {
            throw SyncError.refused(task: task, reason: "shopify_can_update_customers and "
                + "can_update_shopify_customers are both on; they exclude each other, turn one off")
        }
    }

    private func export(_ customer: CustomerToExport, into summary: inout SyncSummary) throws {
        if let id = customer.shopifyID {
            if customer.isCurrent { summary.unchanged += 1 } else { try write(customer, to: id, into: &summary) }
            return
        }
        guard !customer.customer.email.isEmpty else {
            summary.skipped += 1
            try record(customer, "an ERP customer needs an e-mail to be created in Shopify")
            return
        }
        guard let found = try CustomerLookup(client: client).find(customer) else {
            try write(customer, to: nil, into: &summary)
            return
        }
        if found.shows(customer) {
            summary.updated += 1
            if !dryRun { try ledger.markCustomerExported(shop: shop, shopifyID: found.id, customer,
                                                         updatedAt: found.updatedAt) }
        } else {
            try write(customer, to: found.id, into: &summary)
        }
    }

    /// `customerUpdate` of `id`, or `customerCreate` when nil.
    private func write(_ customer: CustomerToExport, to id: Int64?, into summary: inout SyncSummary) throws {
        guard !dryRun else {
            if id == nil { summary.created += 1 } else { summary.updated += 1 }
            return
        }
        let field = id == nil ? "customerCreate" : "customerUpdate"
        let response = try id == nil
            ? client.execute(ShopifyDocuments.customerCreate, variables: ["input": Self.input(customer, id: nil)],
                             verify: ShopifyClient.customerLanded(email: customer.customer.email))
            : client.execute(ShopifyDocuments.customerUpdate, variables: ["input": Self.input(customer, id: id)])
        let payload = response.data?[field]
        let errors = payload?["userErrors"]?.arrayValue ?? []
        guard errors.isEmpty else {
            summary.failed += 1
            try record(customer, errors.compactMap { $0["message"]?.stringValue }.joined(separator: "; "))
            return
        }
        // A create whose reply was lost after it landed: the e-mail finds it.
        let written = try CustomerLookup.Found(payload?["customer"])
            ?? CustomerLookup(client: client).find(customer)
        guard let written else {
            summary.failed += 1
            try record(customer, "Shopify took the customer but it cannot be found by its e-mail")
            return
        }
        try ledger.markCustomerExported(shop: shop, shopifyID: written.id, customer, updatedAt: written.updatedAt)
        try ledger.clearSkipped(shop: shop, task: Self.task, entity: "customer", recordIDs: [customer.customer.no])
        if id == nil { summary.created += 1 } else { summary.updated += 1 }
    }

    private func record(_ customer: CustomerToExport, _ reason: String) throws {
        guard !dryRun else { return }
        try ledger.recordSkipped(shop: shop, task: Self.task, entity: "customer", recordId: customer.customer.no,
                                 reason: reason.isEmpty ? "refused by Shopify" : reason)
    }

    static func input(_ customer: CustomerToExport, id: Int64?) -> JSON {
        let (first, last) = customer.nameParts
        // A blank e-mail or phone is left out: the ERP not knowing it is no reason to erase it.
        var input: JSONObject = ["firstName": .string(first), "lastName": .string(last)]
        if !customer.customer.email.isEmpty { input["email"] = .string(customer.customer.email) }
        if !customer.customer.phone.isEmpty { input["phone"] = .string(customer.customer.phone) }
        if let id { input["id"] = .string("gid://shopify/Customer/\(id)") }
        return .object(input)
    }
}
