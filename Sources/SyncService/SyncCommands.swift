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
        registry.register(syncOrders(registry))
        for command in OrderCommands.all(registry) { registry.register(command) }
        registry.register(syncCustomers(registry))
        registry.register(syncProducts(registry))
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
                        + "they come from one bulk query, streamed, instead of pages.",
                    examples: ["sync orders", "sync orders where fully_paid and channel = \"Online Store\"",
                               "sync orders where financial_status = \"paid\" --dry-run"],
                    filter: .entity(LedgerCatalogue.ordersToImport.name), options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { ledger, shop, client, progress in
                try OrderSync(ledger: ledger, client: client, shop: shop, filter: inv.filter,
                              dryRun: inv.has("dry-run"), hooks: .standard, progress: progress,
                              checkCancellation: context.checkCancellation).run()
            }
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
            try SyncTask.run(inv, context) { ledger, shop, client, progress in
                try CustomerSync(ledger: ledger, client: client, shop: shop, dryRun: inv.has("dry-run"),
                                 progress: progress, checkCancellation: context.checkCancellation).run()
            }
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
            try SyncTask.run(inv, context) { ledger, shop, client, progress in
                try ProductSync(ledger: ledger, client: client, shop: shop, dryRun: inv.has("dry-run"),
                                progress: progress, checkCancellation: context.checkCancellation).run()
            }
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
                    examples: ["sync shipments", "sync shipments --dry-run"], options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { ledger, shop, client, progress in
                let notify = try ledger.setting("notify_customer_on_fulfillment", of: shop) == .bool(true)
                return try ShipmentSync(ledger: ledger, client: client, shop: shop, dryRun: inv.has("dry-run"),
                                        notifyCustomer: notify, progress: progress,
                                        checkCancellation: context.checkCancellation).run()
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
    typealias Body = (Ledger, String, ShopifyClient, @escaping (SyncSummary) -> Void) throws -> SyncSummary

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
                return try body(ledger, shop, client) { context.output.progress($0.progressLine) }
            } catch let error as ShopifyError {
                throw CommandError("\(inv.spec.name): \(error.description)", transient: error.isTransient)
            } catch let error as SyncError {
                throw CommandError("\(inv.spec.name): \(error.description)")
            }
        }
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
