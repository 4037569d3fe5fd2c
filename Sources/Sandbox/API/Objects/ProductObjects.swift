import GraphQL

/// `Product`.
struct ProductObject: GraphObject {
    let typeName = "Product"
    let record: ProductRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let p = record
        switch field {
        case "id": return .id("Product", p.id)
        case "legacyResourceId": return .unsigned(p.id)
        case "title": return .string(p.title)
        case "handle": return .string(p.handle)
        case "status": return .string(p.status)
        case "vendor": return .string(p.vendor)
        case "productType": return .string(p.productType)
        case "tags": return .strings(p.tags)
        case "descriptionHtml": return .string(p.descriptionHtml)
        case "variants":
            // A single product may list up to 2,000 variants on one page.
            let request = try PageRequest(arguments, maximum: 2_000)
            let page = pageList(try variants(context), id: \.id, request)
            return .object(ConnectionObject("ProductVariantConnection", page) { VariantObject(record: $0) })
        case "media":
            return try listConnection("MediaConnection", p.media, arguments, id: \.id) {
                MediaImageObject(record: $0)
            }
        case "totalInventory": return .int(try variants(context).reduce(0) { $0 + $1.inventoryQuantity })
        case "hasOnlyDefaultVariant":
            let only = try variants(context)
            return .bool(only.count == 1 && only.first?.title == "Default Title")
        case "createdAt": return .time(p.createdAt)
        case "updatedAt": return .time(p.updatedAt)
        default: return .null
        }
    }

    func variants(_ context: ResolveContext) throws -> [VariantRecord] {
        try record.variantIds.compactMap { try context.session.load(VariantRecord.self, id: $0) }
    }
}

/// `MediaImage`, always processed (`READY`) in the sandbox.
struct MediaImageObject: GraphObject {
    let typeName = "MediaImage"
    let record: MediaImageRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": .id("MediaImage", record.id)
        case "alt": .string(record.alt)
        case "mediaContentType": .string("IMAGE")
        case "status": .string("READY")
        case "image":
            .object(ValueObject(typeName: "Image", fields: [
                "url": .string(record.url), "altText": .string(record.alt),
                "width": .int(record.width), "height": .int(record.height),
            ]))
        default: .null
        }
    }
}

/// `ProductVariant`.
struct VariantObject: GraphObject {
    let typeName = "ProductVariant"
    let record: VariantRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let v = record
        switch field {
        case "id": return .id("ProductVariant", v.id)
        case "legacyResourceId": return .unsigned(v.id)
        case "title": return .string(v.title)
        case "sku": return .string(v.sku)
        case "barcode": return .string(v.barcode)
        case "price": return .string(v.price.moneyText)
        case "compareAtPrice": return .string(v.compareAtPrice?.moneyText)
        case "position": return .int(v.position)
        case "selectedOptions":
            return .objects(v.options.map {
                ValueObject(typeName: "SelectedOption", fields: ["name": .string($0.name), "value": .string($0.value)])
            })
        case "inventoryItem": return .object(InventoryItemObject(variant: v))
        case "inventoryQuantity": return .int(v.inventoryQuantity)
        case "taxable": return .bool(v.taxable)
        case "product":
            let product = try context.session.load(ProductRecord.self, id: v.productId)
            return .object(product.map { ProductObject(record: $0) })
        case "createdAt": return .time(v.createdAt)
        case "updatedAt": return .time(v.updatedAt)
        default: return .null
        }
    }
}

/// `InventoryItem`: stored with its variant.
struct InventoryItemObject: GraphObject {
    let typeName = "InventoryItem"
    let variant: VariantRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let v = variant
        switch field {
        case "id": return .id("InventoryItem", v.inventoryItemId)
        case "legacyResourceId": return .unsigned(v.inventoryItemId)
        case "sku": return .string(v.sku)
        case "tracked": return .bool(v.tracked)
        case "unitCost": return .object(v.unitCost.map { ValueObject.money($0, "USD") })
        case "inventoryLevel":
            let location = arguments.string("locationId").flatMap { GlobalID.id($0, kind: "Location") }
            let level = v.levels.first { $0.locationId == location }
            return .object(level.map { InventoryLevelObject(level: $0, variant: v) })
        case "inventoryLevels":
            return try listConnection("InventoryLevelConnection", v.levels, arguments, id: \.id) {
                InventoryLevelObject(level: $0, variant: v)
            }
        case "variant": return .object(VariantObject(record: v))
        case "createdAt": return .time(v.createdAt)
        case "updatedAt": return .time(v.updatedAt)
        default: return .null
        }
    }
}

/// `InventoryLevel`: an item's quantities at one location.
struct InventoryLevelObject: GraphObject {
    let typeName = "InventoryLevel"
    let level: InventoryLevelRecord
    let variant: VariantRecord

    static let quantityNames = ["available", "on_hand", "committed", "incoming", "reserved",
                                "damaged", "safety_stock", "quality_control"]

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id":
            return .string("gid://shopify/InventoryLevel/\(level.id)?inventory_item_id=\(variant.inventoryItemId)")
        case "item": return .object(InventoryItemObject(variant: variant))
        case "location":
            return .object(try context.session.load(LocationRecord.self, id: level.locationId)
                .map { LocationObject(record: $0) })
        case "quantities":
            return .objects((arguments.strings("names") ?? []).map { name in
                ValueObject(typeName: "InventoryQuantity", fields: [
                    "name": .string(name), "quantity": .int(quantity(name)), "updatedAt": .time(level.updatedAt),
                ])
            })
        case "createdAt": return .time(variant.createdAt)
        case "updatedAt": return .time(level.updatedAt)
        default: return .null
        }
    }

    func quantity(_ name: String) -> Int {
        switch name {
        case "available": level.available
        case "on_hand": level.onHand
        case "committed": level.committed
        default: 0
        }
    }
}

/// `Location`.
struct LocationObject: GraphObject {
    let typeName = "Location"
    let record: LocationRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": .id("Location", record.id)
        case "legacyResourceId": .unsigned(record.id)
        case "name": .string(record.name)
        case "isActive": .bool(record.isActive)
        case "fulfillsOnlineOrders": .bool(record.fulfillsOnlineOrders)
        case "address": .object(AddressObject(typeName: "LocationAddress", address: record.address))
        default: .null
        }
    }
}
