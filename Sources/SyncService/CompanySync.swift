import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient
import Sync

/// `sync companies`: stages Shopify's B2B companies and their locations, and maps each company
/// to the ERP customer its orders go to: the one it is already mapped to, else the customer
/// whose number is the company's external id, else (with `customer_import = all` and
/// `auto_create_customers`) a new customer from the template of the first location's country.
/// A company nothing maps is listed by the `unmapped_companies` cue, and its orders wait.
struct CompanySync: SyncEngine {
    static let task = "sync companies"

    let sync: SyncContext

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        let settings = try OrderSettings(shop: shop, in: ledger)
        let pages = IncrementalImport(sync: sync)
        try pages.run(.companies, ShopifyDocuments.companiesPage, path: ["companies"], as: CompanyNode.self,
                      into: &summary) { records, summary in
            for company in records { try take(company, settings: settings, into: &summary) }
        }
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    private func take(_ company: CompanyNode, settings: OrderSettings, into summary: inout SyncSummary) throws {
        var customerNo = try ledger.companyCustomer(shop: shop, companyId: company.id)
        let known = customerNo != nil
        if customerNo == nil, !company.externalID.isEmpty, try ledger.customer(company.externalID) != nil {
            customerNo = company.externalID
        }
        var created = false
        if customerNo == nil, settings.customerImport == .all, settings.autoCreateCustomers {
            let found = try CustomerMapper(ledger: ledger, settings: settings)
                .customerNo(for: company.buyer(shop: shop), create: true)
            customerNo = found?.no
            created = found?.created ?? false
        }
        try ledger.saveCompany(shop: shop, id: company.id, name: company.name, customerNo: customerNo)
        for location in company.locations {
            try ledger.stageCompanyLocation(shop: shop, id: location.id, companyId: company.id,
                                            name: location.name, countryCode: location.country)
        }
        if customerNo == nil {
            summary.skipped += 1
        } else if created {
            summary.created += 1
        } else if known {
            summary.unchanged += 1
        } else {
            summary.updated += 1
        }
    }
}

/// A company of `CompaniesPage` with its locations' names and countries.
struct CompanyNode: ShopifyDecodable {
    struct Location {
        let id: Int64
        let name: String
        let country: String
    }

    let id: Int64
    let name: String
    let externalID: String
    let locations: [Location]

    init(from node: NodeReader) throws(DecodeProblem) {
        id = try StagedOrder.number(try node.id(of: CompanyResource.self), node, "id")
        name = try node.string("name")
        externalID = try node.optionalString("externalId") ?? ""
        var locations: [Location] = []
        for location in try node.nodes("locations") {
            let locationID = try StagedOrder.number(try location.id(of: CompanyLocationResource.self),
                                                    location, "id")
            let country = try location.optionalObject("billingAddress")?.optionalString("countryCode")
            locations.append(Location(id: locationID, name: try location.optionalString("name") ?? "",
                                      country: country ?? ""))
        }
        self.locations = locations
    }

    /// The company as the buyer of an order: its name and its first location's country.
    func buyer(shop: String) -> ImportedOrder {
        var order = ImportedOrder(shop: shop, id: 0, name: "company \(id)", createdAt: Timestamp(milliseconds: 0),
                                  updatedAt: Timestamp(milliseconds: 0))
        let country = locations.first?.country ?? ""
        (order.sellToName, order.billToName, order.shipToName) = (name, name, name)
        (order.billToCountry, order.shipToCountry) = (country, country)
        return order
    }
}
