import Ledger
import LedgerService
import ShopSyncCore
import ShopifyClient
import ShsInterpreter

/// `sync locations`, `shop location ... stock ...`, `sync inventory`.
extension SyncCommands {
    static func syncLocations(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync locations"), topic: "sync",
                    summary: "read the shop's Shopify locations, so stock rules can be set on them",
                    examples: ["sync locations", "list shop_locations"]) { inv, context in
            try SyncTask.run(inv, context) { sync in
                let (ledger, client, shop) = (sync.ledger, sync.client, sync.shop)
                let started = client.clock.now()
                var summary = SyncSummary(task: "sync locations")
                try client.forEachPage(ShopifyDocuments.locationsPage, path: ["locations"],
                                       as: Location.self) { page in
                    for location in page.records {
                        guard let id = location.id.number else { continue }
                        try ledger.saveShopLocation(shop: shop, shopifyID: id, name: location.name)
                        summary.fetched += 1
                        summary.updated += 1
                    }
                    summary.skipped += page.problems.count
                    return true
                }
                summary.finish(client: client, started: started, now: client.clock.now())
                return summary
            }
        }
    }

    static func configureLocation(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shop location <id:int> stock <rule:off|available|free> "
                                     + "[from <locations:string>]"), topic: "sync",
                    summary: "choose what sync inventory sends to a Shopify location",
                    details: "available: the ERP's stock on hand at the ERP locations (joined with '|'), "
                        + "set as Shopify's on_hand; free: that stock less released sales orders, set as "
                        + "Shopify's available; off: nothing.",
                    examples: ["shop location 65432 stock available from \"MAIN|EAST\"",
                               "shop location 65433 stock off"]) { inv, context in
            let rule = ShopLocation.StockRule(rawValue: inv.string("rule") ?? "off") ?? .off
            let codes = (inv.string("locations") ?? "").split(separator: "|").map(String.init)
            guard rule == .off || !codes.isEmpty else {
                throw CommandError("stock \(rule.rawValue) needs the ERP locations: from \"MAIN|EAST\"")
            }
            let id = inv.int("id") ?? 0
            try context.withLedger { ledger in
                try ledger.configureShopLocation(shop: try context.currentShop(ledger), shopifyID: id,
                                                 erpLocations: codes, rule: rule)
            }
            return .message("Shopify location \(id): stock \(rule.rawValue)"
                            + (codes.isEmpty ? "" : " from \(codes.joined(separator: "|"))"))
        }
    }

    static func syncInventory(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sync inventory"), topic: "sync",
                    summary: "send the ERP's stock of mapped variants to the configured Shopify locations",
                    details: "Only differences are sent, 250 per inventorySetQuantities call, each with an "
                        + "idempotency key and the quantity it expects to change from; a stale compare is "
                        + "read again and sent once more.",
                    examples: ["sync inventory", "sync inventory --dry-run"], options: [dryRun]) {
            inv, context in
            try SyncTask.run(inv, context) { try InventorySync(sync: $0).run() }
        }
    }
}
