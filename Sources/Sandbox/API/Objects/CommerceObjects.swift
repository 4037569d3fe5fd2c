import GraphQL

/// `CompanyLocationCatalog`.
struct CatalogObject: GraphObject {
    let typeName = "CompanyLocationCatalog"
    let record: CatalogRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": return .id(CatalogRecord.kind, record.id)
        case "title": return .string(record.title)
        case "status": return .string(record.status)
        case "priceList":
            return .object(try record.priceListId.flatMap { try context.session.load(PriceListRecord.self, id: $0) }
                .map { PriceListObject(record: $0) })
        case "companyLocations":
            let locations = try context.session.all(CompanyRecord.self).flatMap { company in
                company.locations.filter { record.companyLocationIds.contains($0.id) }.map { (company, $0) }
            }
            return try listConnection("CompanyLocationConnection", locations, arguments, id: \.1.id) {
                CompanyLocationObject(record: $0.1, company: $0.0)
            }
        default: return .null
        }
    }
}

/// `PriceList`.
struct PriceListObject: GraphObject {
    let typeName = "PriceList"
    let record: PriceListRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let p = record
        switch field {
        case "id": return .id("PriceList", p.id)
        case "name": return .string(p.name)
        case "currency": return .string(p.currency)
        case "fixedPricesCount": return .int(p.fixedPrices.count)
        case "parent":
            return .object(ValueObject(typeName: "PriceListParent", fields: [
                "adjustment": .object(ValueObject(typeName: "PriceListAdjustment", fields: [
                    "type": .string(p.adjustmentType), "value": .value(.double(p.adjustmentValue)),
                ])),
            ]))
        case "prices":
            // Only fixed prices are stored; relative ones follow from the adjustment.
            let wanted = arguments.string("originType")
            let prices = wanted == nil || wanted == "FIXED" ? p.fixedPrices : []
            return try listConnection("PriceListPriceConnection", prices, arguments, id: \.variantId) {
                PriceListPriceObject(price: $0, currency: p.currency)
            }
        case "catalog":
            return .object(try p.catalogId.flatMap { try context.session.load(CatalogRecord.self, id: $0) }
                .map { CatalogObject(record: $0) })
        default: return .null
        }
    }
}

/// `PriceListPrice`.
struct PriceListPriceObject: GraphObject {
    let typeName = "PriceListPrice"
    let price: FixedPrice
    let currency: String

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "variant":
            .object(try context.session.load(VariantRecord.self, id: price.variantId).map { VariantObject(record: $0) })
        case "price": .object(ValueObject.money(price.price, currency))
        case "compareAtPrice": .object(price.compareAtPrice.map { ValueObject.money($0, currency) })
        case "originType": .string("FIXED")
        default: .null
        }
    }
}

/// `BulkOperation`.
struct BulkOperationObject: GraphObject {
    let typeName = "BulkOperation"
    let record: BulkOperationRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let b = record
        let done = b.status == "COMPLETED"
        switch field {
        case "id": return .id("BulkOperation", b.id)
        case "status": return .string(b.status)
        case "type": return .string("QUERY")
        case "errorCode": return .null
        case "createdAt": return .time(b.createdAt)
        case "completedAt": return .time(b.completedAt)
        case "objectCount": return .unsigned(b.objectCount)
        case "rootObjectCount": return .unsigned(b.rootObjectCount)
        case "fileSize": return done ? .unsigned(b.fileSize) : .null
        case "url": return done ? .string("\(context.request.baseURL)/bulk/\(b.id).jsonl") : .null
        case "partialDataUrl": return .null
        case "query": return .string(b.query)
        default: return .null
        }
    }
}

/// `Shop`: the sandbox shop itself.
struct ShopObject: GraphObject {
    let typeName = "Shop"

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let name = try context.session.meta("shop_name") ?? "Sandbox Shop"
        switch field {
        case "id": return .id("Shop", 1)
        case "name": return .string(name)
        case "email": return .string("owner@example.com")
        case "myshopifyDomain": return .string("sandbox.myshopify.com")
        case "currencyCode": return .string(try context.session.meta("currency") ?? "USD")
        case "ianaTimezone": return .string("Etc/UTC")
        default: return .null
        }
    }
}

/// `ShopifyPaymentsAccount` with its payouts.
struct PaymentsAccountObject: GraphObject {
    let typeName = "ShopifyPaymentsAccount"

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": return .id("ShopifyPaymentsAccount", 1)
        case "payouts":
            let request = try PageRequest(arguments, defaultSort: "ISSUED_AT")
            let page = try context.session.page(PayoutRecord.self, request)
            return .object(ConnectionObject("ShopifyPaymentsPayoutConnection", page) { payout in
                ValueObject(typeName: "ShopifyPaymentsPayout", fields: [
                    "id": .id(PayoutRecord.kind, payout.id), "legacyResourceId": .unsigned(payout.id),
                    "issuedAt": .time(payout.issuedAt), "status": .string(payout.status),
                    "net": .object(ValueObject.money(payout.net, payout.currency)),
                    "transactionType": .string(payout.transactionType),
                ])
            })
        default: return .null
        }
    }
}
