import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// `sync inventory`: makes each configured Shopify location show the ERP's stock of every
/// mapped variant, sending only differences.
///
/// Which quantity: a location whose rule is `available` gets the ERP's stock on hand as Shopify's
/// `on_hand` (both count a unit until it ships, and Shopify keeps subtracting its own unfulfilled
/// orders to get what it sells); a `free` location gets the ERP's stock less released sales
/// orders as Shopify's `available` (the ERP has already reserved what it will ship). Every set
/// carries `changeFromQuantity`, the quantity just read: if Shopify's changed meanwhile the batch
/// is refused as stale, levels are read again and the batch is sent once more.
struct InventorySync: SyncEngine {
    static let task = "sync inventory"
    static let batchSize = 250

    let sync: SyncContext

    /// One intended set: the item at the location should show `quantity` of `name`.
    struct Change: Equatable {
        let inventoryItemID: Int64
        let locationID: Int64
        let name: String
        let quantity: Int
        let from: Int
    }

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        let locations = try ledger.shopLocations(shop: shop).filter { $0.rule != .off }
        let variants = try ledger.mappedInventoryVariants(shop: shop)
        guard !locations.isEmpty, !variants.isEmpty else {
            summary.finish(client: client, started: started, now: client.clock.now())
            return summary
        }
        let wanted = try targets(variants, locations)
        let levels = try InventoryLevels.read(client)
        let changes = differences(wanted, levels, &summary)
        for name in ["on_hand", "available"] {
            let named = changes.filter { $0.name == name }
            for start in stride(from: 0, to: named.count, by: Self.batchSize) {
                try checkCancellation()
                let batch = Array(named[start..<min(start + Self.batchSize, named.count)])
                try send(batch, name: name, into: &summary, retryingStale: true, started: started)
                progress(summary)
            }
        }
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    /// The quantity each (inventory item, location, name) should show.
    func targets(_ variants: [MappedVariant], _ locations: [ShopLocation]) throws -> [Target] {
        var result: [Target] = []
        for location in locations {
            let name = location.rule == .free ? "available" : "on_hand"
            for variant in variants {
                result.append(Target(inventoryItemID: variant.inventoryItemID, locationID: location.shopifyID,
                                     name: name, quantity: try ledger.stockToSend(variant, location: location)))
            }
        }
        return result
    }

    struct Target: Equatable {
        let inventoryItemID: Int64
        let locationID: Int64
        let name: String
        let quantity: Int
    }

    func differences(_ targets: [Target], _ levels: InventoryLevels, _ summary: inout SyncSummary) -> [Change] {
        var changes: [Change] = []
        for target in targets {
            summary.fetched += 1
            guard let current = levels.quantity(target.inventoryItemID, target.locationID, target.name) else {
                summary.skipped += 1
                continue
            }
            if current == target.quantity {
                summary.unchanged += 1
            } else {
                changes.append(Change(inventoryItemID: target.inventoryItemID, locationID: target.locationID,
                                      name: target.name, quantity: target.quantity, from: current))
            }
        }
        return changes
    }

    private func send(_ batch: [Change], name: String, into summary: inout SyncSummary,
                      retryingStale: Bool, started: Timestamp) throws {
        guard !dryRun else {
            summary.updated += batch.count
            return
        }
        let variables = Self.variables(batch, name: name, shop: shop, started: started)
        let response = try client.execute(ShopifyDocuments.inventorySetQuantities, variables: variables)
        let errors = response.data?["inventorySetQuantities"]?["userErrors"]?.arrayValue ?? []
        if errors.isEmpty {
            summary.updated += batch.count
            return
        }
        let stale = errors.contains { $0["code"]?.stringValue == "CHANGE_FROM_QUANTITY_STALE" }
        guard stale, retryingStale else {
            summary.failed += batch.count
            let reason = errors.compactMap { $0["message"]?.stringValue }.joined(separator: "; ")
            for change in batch {
                try ledger.recordSkipped(shop: shop, task: Self.task, entity: "inventory level",
                                         recordId: "item \(change.inventoryItemID) at \(change.locationID)",
                                         reason: reason)
            }
            return
        }
        // Someone changed a level since it was read: read again and send what still differs.
        let levels = try InventoryLevels.read(client)
        var retry = SyncSummary(task: Self.task)
        let targets = batch.map { Target(inventoryItemID: $0.inventoryItemID, locationID: $0.locationID,
                                         name: $0.name, quantity: $0.quantity) }
        let again = differences(targets, levels, &retry)
        summary.unchanged += retry.unchanged
        summary.skipped += retry.skipped
        if !again.isEmpty {
            try send(again, name: name, into: &summary, retryingStale: false, started: started)
        }
    }

    /// The mutation's variables. The idempotency key is derived from the shop, the run and the
    /// batch's content: a resend of this very request reuses it, so Shopify applies it once.
    static func variables(_ batch: [Change], name: String, shop: String, started: Timestamp) -> JSONObject {
        let quantities: [JSON] = batch.map { change in
            .object(["inventoryItemId": .string("gid://shopify/InventoryItem/\(change.inventoryItemID)"),
                     "locationId": .string("gid://shopify/Location/\(change.locationID)"),
                     "quantity": .int(change.quantity), "changeFromQuantity": .int(change.from)])
        }
        let content = batch.map { "\($0.inventoryItemID)@\($0.locationID):\($0.from)>\($0.quantity)" }
        let key = SHA256.hex(([shop, String(started.milliseconds), name] + content).joined(separator: "\n"))
        return ["idempotencyKey": .string("shopsync-" + String(key.prefix(40))),
                "input": .object(["name": .string(name), "reason": .string("correction"),
                                  "referenceDocumentUri": .string("shopsync://inventory/\(shop)"),
                                  "quantities": .array(quantities)])]
    }
}

/// Shopify's levels: `available` and `on_hand` by inventory item and location.
struct InventoryLevels {
    var levels: [Int64: [Int64: [String: Int]]] = [:]

    func quantity(_ item: Int64, _ location: Int64, _ name: String) -> Int? {
        levels[item]?[location]?[name]
    }

    static func read(_ client: ShopifyClient) throws -> InventoryLevels {
        var result = InventoryLevels()
        try client.forEachPage(ShopifyDocuments.inventoryLevelsPage, path: ["inventoryItems"],
                               as: InventoryItemLevels.self) { page in
            for item in page.records { result.levels[item.id] = item.levels }
            return true
        }
        return result
    }
}

/// One inventory item of `InventoryLevelsPage`.
struct InventoryItemLevels: ShopifyDecodable {
    let id: Int64
    let levels: [Int64: [String: Int]]

    init(from node: NodeReader) throws(DecodeProblem) {
        id = try StagedOrder.number(try node.id(of: InventoryItemResource.self), node, "id")
        var levels: [Int64: [String: Int]] = [:]
        for level in try node.nodes("inventoryLevels") {
            let location = try level.object("location")
            let locationID = try StagedOrder.number(try location.id(of: Location.self), location, "id")
            var quantities: [String: Int] = [:]
            for quantity in try level.nodes("quantities") {
                quantities[try quantity.string("name")] = try quantity.int("quantity")
            }
            levels[locationID] = quantities
        }
        self.levels = levels
    }
}
