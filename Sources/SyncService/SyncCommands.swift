import JobQueue
import Ledger
import LedgerService
import ShopSyncCore
import ShopifyClient
import ShopifyService
import ShsInterpreter

/// The sync tasks' commands. Each runs in the foreground with a progress line on a terminal and
/// returns its summary, or, with the shop's `allow_background_syncs` on, queues itself as a job.
public enum SyncCommands {
    public static func register(in registry: inout CommandRegistry) {
        registry.register(topic: "sync", summary: "the sync tasks between Shopify and the ledger: "
                          + "orders to sales documents, shipments, stock, order edits, cursors")
        // In the order a day's run takes them, which is the order `help sync` lists them.
        let tasks = [syncCustomers(registry), syncCustomersToShopify(registry), syncCompanies(registry),
                     syncProducts(registry), syncProductsToShopify(registry), syncOrders(registry)]
            + OrderCommands.all(registry)
        for command in tasks { registry.register(command) }
        registry.register(syncShipments(registry))
        registry.register(retryShipment(registry))
        registry.register(syncLocations(registry))
        registry.register(configureLocation(registry))
        registry.register(syncInventory(registry))
    }

    static let dryRun = OptionSpec("dry-run", help: "report what would change and write nothing, on either side")

    static func syncOrders(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync orders"), topic: "sync",
                    summary: "import the orders Shopify changed since the last run",
                    details: "Orders are staged in orders_to_import with the fields the filter reads; "
                        + "those it selects are imported (header, lines, raw JSON). The first run takes "
                        + "open orders only, and a closed order is never imported as new. A failed "
                        + "order keeps its reason and is tried again on the next run. When more orders "
                        + "than the shop's bulk_threshold are to be read (a first run, a reset cursor), "
                        + "they come from one bulk query, streamed, instead of pages. Then, for processed "
                        + "orders: with write_document_no_to_shopify the sales document number is written "
                        + "to the order as the attribute 'ERP document no.', and with "
                        + "archive_processed_orders a paid and fulfilled order is closed; each once.",
                    examples: ["sync orders", "sync orders where fully_paid and channel = \"Online Store\"",
                               "sync orders where financial_status = \"paid\" --dry-run"],
                    filter: .entity(LedgerCatalogue.ordersToImport.name), options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { try OrderSync(sync: $0, filter: inv.filter).run() }
        }
    }
}

extension SyncCommands {
    static func syncCustomers(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync customers"), topic: "sync",
                    summary: "stage the customers Shopify changed and link them to ERP customers",
                    details: "By customer_import: none imports nothing; with_order links customers that "
                        + "match by customer_mapping (e-mail then phone, or bill-to); all also creates the "
                        + "rest from their country's template when auto_create_customers is on. With "
                        + "shopify_can_update_customers, linked ERP customers take Shopify's changes.",
                    examples: ["sync customers", "sync customers --dry-run"], options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { try CustomerSync(sync: $0).run() }
        }
    }

    static func syncCompanies(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync companies"), topic: "sync",
                    summary: "stage Shopify's B2B companies and map each to the ERP customer of its orders",
                    details: "A company maps to the customer it already has, else to the customer whose "
                        + "number is its external id, else (customer_import all, auto_create_customers) to "
                        + "a new customer. Unmapped companies are listed by 'cues show unmapped_companies'.",
                    examples: ["sync companies", "sync companies --dry-run"], options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { try CompanySync(sync: $0).run() }
        }
    }

    static func syncCustomersToShopify(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync customers to shopify"), topic: "sync",
                    summary: "create or update Shopify customers from the ERP's customers",
                    details: "Needs can_update_shopify_customers (and not shopify_can_update_customers). "
                        + "A linked customer is updated when its name, e-mail or phone differ from what "
                        + "Shopify has; an unlinked one is linked to the Shopify customer with exactly its "
                        + "e-mail, else its phone digits, or created (an e-mail is required). The import "
                        + "does not take these writes back as changes.",
                    examples: ["sync customers to shopify", "sync customers to shopify where country_code = \"DE\"",
                               "sync customers to shopify --dry-run"],
                    filter: .entity(LedgerCatalogue.customers.name), options: [dryRun]) { inv, context in
            try SyncTask.run(inv, context) { try CustomerExport(sync: $0, filter: inv.filter).run() }
        }
    }

    static func syncProducts(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync products"), topic: "sync",
                    summary: "stage the products Shopify changed and map their variants to items",
                    details: "Variants map to items by the shop's sku_mapping, with the barcode fallback "
                        + "when find_by_barcode is on; with auto_create_items a variant nothing matches gets "
                        + "an item from item_template. Products nothing maps are listed by "
                        + "'cues show unmapped_products'.",
                    examples: ["sync products", "sync products --dry-run"], options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { try ProductSync(sync: $0).run() }
        }
    }

    static func syncProductsToShopify(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync products to shopify"), topic: "sync",
                    summary: "send the ERP's prices to the Shopify variants linked to items",
                    details: "Each product with variants linked to items (by 'sync products') gets the "
                        + "items' unit prices in one productVariantsBulkUpdate. The hash of what was sent "
                        + "is kept per product, so an unchanged product costs no API call. Needs "
                        + "sync_item_direction = \"to_shopify\"; refused while Shopify owns the items.",
                    examples: ["sync products to shopify", "sync products to shopify --dry-run"],
                    options: [dryRun]) { inv, context in
            try SyncTask.run(inv, context) { try ProductExport(sync: $0).run() }
        }
    }

    static func syncShipments(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync shipments"), topic: "sync",
                    summary: "send posted shipments of Shopify orders as fulfilments",
                    details: "Lines are matched to open fulfilment-order lines by Shopify line item; "
                        + "one fulfilmentCreate per location, at most 250 lines each, with the tracking "
                        + "number, company and URL. A shipment Shopify refuses or that matches no open "
                        + "line is marked -1 with the reason (see 'cues show shipment_errors'); one with "
                        + "nothing to fulfil -2.",
                    examples: ["sync shipments", "sync shipments --dry-run",
                               "sync shipments where posting_date >= today - 7d"],
                    filter: .entity(LedgerCatalogue.postedShipments.name), options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { sync in
                let notify = try sync.ledger.setting("notify_customer_on_fulfillment", of: sync.shop) == .bool(true)
                return try ShipmentSync(sync: sync, filter: inv.filter, notifyCustomer: notify).run()
            }
        }
    }

    static func retryShipment(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shipment <no:string> retry"), topic: "sync",
                    summary: "send a refused shipment again on the next sync shipments",
                    examples: ["shipment \"S-1001\" retry"]) { inv, context in
            let no = inv.string("no") ?? ""
            try context.withLedger { try $0.retryShipment(no) }
            return .message("shipment \(no) will be sent again by the next 'sync shipments'")
        }
    }
}

/// What every sync task does around its own work: the background rule, the ledger and client
/// of the current shop, the progress line, and the summary as the result.
enum SyncTask {
    typealias Body = (SyncContext) throws -> SyncSummary

    static func run(_ inv: Invocation, _ context: ExecutionContext, _ body: Body) throws -> CommandResult {
        if !inv.has("dry-run"),
           case .queued(_, let message) = try BackgroundRunner.runOrEnqueue(inv, context: context) {
            return .message(message)
        }
        let summary = try context.withLedger { ledger in
            let shop = try context.currentShop(ledger)
            let client = try context.shopifyClient(shop: shop)
            defer { context.output.progress(nil) }
            do {
                return try body(SyncContext(ledger: ledger, client: client, shop: shop, dryRun: inv.has("dry-run"),
                                            progress: { context.output.progress($0.progressLine) },
                                            checkCancellation: context.checkCancellation))
            } catch let error as ShopifyError {
                throw CommandError("\(inv.spec.name): \(error.description)", transient: error.isTransient)
            } catch let error as SyncError {
                throw CommandError("\(inv.spec.name): \(error.description)")
            }
        }
        context.services.get(RunUsage.self)?.add(points: summary.apiPoints)
        return .value(.record(summary.record))
    }
}

extension ShopifyError {
    /// Whether a later attempt may succeed: retries ran out on network errors, 5xx or
    /// throttling. Everything else (a refused token, a rejected query) needs a person.
    var isTransient: Bool {
        if case .retriesExhausted = self { return true }
        return false
    }
}
