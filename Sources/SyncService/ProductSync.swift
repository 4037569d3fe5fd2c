import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient
import Sync

/// `sync products`: stages the products Shopify changed since the cursor, with their variants'
/// SKUs, barcodes, prices and inventory items, and maps each variant to an ERP item by the
/// shop's SKU mapping (the same rules orders use, barcode fallback included). With
/// `auto_create_items` on, a variant nothing matches gets a new item from `item_template`.
/// A product nothing maps stays staged without an item: the `unmapped_products` cue lists it.
struct ProductSync: SyncEngine {
    static let task = "sync products"

    let sync: SyncContext

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        let settings = try OrderSettings(shop: shop, in: ledger)
        let pages = IncrementalImport(sync: sync)
        try pages.run(.products, ShopifyDocuments.productsPage, path: ["products"], as: Product.self,
                      into: &summary) { records, summary in
            try stage(records, settings: settings, into: &summary)
        }
        try PageTransaction.run(ledger, dryRun: dryRun) {
            try remapUnmapped(settings: settings, into: &summary)
        }
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    /// Stages and maps the products with these ids now, whatever the cursor says: `sync orders`
    /// calls it for products its orders sell but the ledger has never seen, so their lines map.
    func importProducts(ids: [Int64], into summary: inout SyncSummary) throws {
        guard !ids.isEmpty else { return }
        let settings = try OrderSettings(shop: shop, in: ledger)
        for start in stride(from: 0, to: ids.count, by: 50) {
            let chunk = ids[start..<min(start + 50, ids.count)]
            let query = chunk.map { "id:\($0)" }.joined(separator: " OR ")
            try client.forEachPage(ShopifyDocuments.productsPage, path: ["products"],
                                   variables: ["query": .string(query)], as: Product.self) { page in
                try stage(page.records, settings: settings, into: &summary)
                return true
            }
        }
    }

    private func stage(_ products: [Product], settings: OrderSettings, into summary: inout SyncSummary) throws {
        let known = try ledger.stagedProductVersions(shop: shop, among: products.compactMap(\.id.number))
        let mapper = ItemMapper(ledger: ledger, settings: settings)
        for product in products {
            guard let id = product.id.number else { continue }
            if let updatedAt = product.updatedAt, known[id] == updatedAt.milliseconds {
                summary.unchanged += 1
                continue
            }
            var variants: [StagedProduct.Variant] = []
            for variant in product.variants {
                variants.append(try map(variant, productID: id, mapper: mapper, settings: settings))
            }
            let staged = StagedProduct(shop: shop, id: id, title: product.title, handle: product.handle ?? "",
                                       status: product.status?.rawValue.lowercased() ?? "",
                                       vendor: product.vendor ?? "",
                                       updatedAt: product.updatedAt ?? client.clock.now(), variants: variants)
            if try ledger.saveStagedProduct(staged) { summary.created += 1 } else { summary.updated += 1 }
            if staged.itemNo == nil { summary.skipped += 1 }
        }
    }

    /// A variant with the item it maps to: found by the SKU mapping, else created when allowed.
    private func map(_ variant: ProductVariant, productID: Int64, mapper: ItemMapper,
                     settings: OrderSettings) throws -> StagedProduct.Variant {
        let id = variant.id.number ?? 0
        var probe = ImportedOrderLine(id: 0, sku: variant.sku ?? "", quantity: 1)
        probe.variantId = id
        probe.productId = productID
        probe.barcode = variant.barcode ?? ""
        var match = try mapper.find(probe, shop: shop)
        if match == nil, settings.autoCreateItems, case .item(let created) = try mapper.map(probe, shop: shop) {
            match = created
        }
        return StagedProduct.Variant(id: id, sku: variant.sku ?? "", barcode: variant.barcode ?? "",
                                     price: variant.price ?? 0, compareAtPrice: variant.compareAtPrice,
                                     inventoryItemID: variant.inventoryItemID?.number ?? 0,
                                     itemNo: match?.itemNo, variantCode: match?.variantCode ?? "")
    }

    /// Variants staged earlier that nothing matched are tried again without asking Shopify:
    /// adding the missing item and running the sync is enough to map them.
    private func remapUnmapped(settings: OrderSettings, into summary: inout SyncSummary) throws {
        let mapper = ItemMapper(ledger: ledger, settings: settings)
        for link in try ledger.unmappedVariants(shop: shop) {
            var probe = ImportedOrderLine(id: 0, sku: link.sku, quantity: 1)
            probe.barcode = link.barcode
            guard let match = try mapper.find(probe, shop: shop) else { continue }
            try ledger.mapStagedVariant(shop: shop, id: link.id, itemNo: match.itemNo,
                                        variantCode: match.variantCode)
            summary.updated += 1
        }
    }
}
