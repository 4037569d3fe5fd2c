import GraphQL

/// `QueryRoot`: lists, lookups by id, counts, the shop.
struct QueryRootObject: GraphObject {
    let typeName = "QueryRoot"

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        if let list = try connection(field, arguments, context) { return list }
        let session = context.session
        switch field {
        case "customer", "company", "companyLocation", "product", "productVariant", "order", "location",
             "inventoryItem", "fulfillmentOrder", "catalog", "priceList", "bulkOperation", "node":
            let id = arguments.string("id") ?? ""
            return try lookup(id, field: field, context)
        case "nodes":
            return .list(try (arguments.strings("ids") ?? []).map {
                try NodeLookup.find($0, context).map { .object($0) } ?? .null
            })
        case "ordersCount": return try count(OrderRecord.self, arguments, session)
        case "customersCount": return try count(CustomerRecord.self, arguments, session)
        case "productsCount": return try count(ProductRecord.self, arguments, session)
        case "currentBulkOperation":
            // Only bulk queries are served, so a MUTATION type never has a current operation.
            guard arguments.string("type") != "MUTATION",
                  let latest = try session.all(BulkOperationRecord.self).last else { return .null }
            return .object(try BulkExport.poll(latest.id, context).map { BulkOperationObject(record: $0) })
        case "shop": return .object(ShopObject())
        case "shopifyPaymentsAccount": return .object(PaymentsAccountObject())
        default: return .null
        }
    }

    /// A lookup by id answers null for an id that matches nothing, but only objects of the
    /// field's own type.
    private func lookup(_ id: String, field: String, _ context: ResolveContext) throws -> Resolved {
        guard let object = try NodeLookup.find(id, context) else { return .null }
        if field == "node" { return .object(object) }
        let expected = field == "catalog" ? CatalogRecord.kind : field.prefix(1).uppercased() + field.dropFirst()
        return object.typeName == expected ? .object(object) : .null
    }

    private func connection(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext)
        throws -> Resolved?
    {
        let session = context.session
        switch field {
        case "customers":
            return .object(ConnectionObject("CustomerConnection", try session.page(CustomerRecord.self,
                PageRequest(arguments))) { CustomerObject(record: $0) })
        case "companies":
            return .object(ConnectionObject("CompanyConnection", try session.page(CompanyRecord.self,
                PageRequest(arguments))) { CompanyObject(record: $0) })
        case "products":
            return .object(ConnectionObject("ProductConnection", try session.page(ProductRecord.self,
                PageRequest(arguments))) { ProductObject(record: $0) })
        case "productVariants":
            return .object(ConnectionObject("ProductVariantConnection", try session.page(VariantRecord.self,
                PageRequest(arguments))) { VariantObject(record: $0) })
        case "inventoryItems":
            return .object(ConnectionObject("InventoryItemConnection", try session.page(VariantRecord.self,
                PageRequest(arguments))) { InventoryItemObject(variant: $0) })
        case "orders":
            return .object(ConnectionObject("OrderConnection", try session.page(OrderRecord.self,
                PageRequest(arguments, defaultSort: "PROCESSED_AT"))) { OrderObject(record: $0) })
        case "locations":
            let includeInactive = arguments.bool("includeInactive") ?? false
            let page = try session.page(LocationRecord.self, PageRequest(arguments, defaultSort: "NAME")) {
                includeInactive || $0.isActive
            }
            return .object(ConnectionObject("LocationConnection", page) { LocationObject(record: $0) })
        case "catalogs":
            return .object(ConnectionObject("CatalogConnection", try session.page(CatalogRecord.self,
                PageRequest(arguments))) { CatalogObject(record: $0) })
        case "priceLists":
            return .object(ConnectionObject("PriceListConnection", try session.page(PriceListRecord.self,
                PageRequest(arguments))) { PriceListObject(record: $0) })
        default:
            return nil
        }
    }

    private func count<R: StoreRecord & Searchable>(_ type: R.Type, _ arguments: FieldArguments,
                                                    _ session: StoreSession) throws -> Resolved {
        let query: SearchQuery
        do { query = try SearchParser.parse(arguments.string("query") ?? "") } catch {
            throw FieldError.badRequest("Invalid search query: \(error)")
        }
        let limit = arguments.int("limit") ?? 10_000
        let total = query == .all ? try session.count(R.kind)
            : try session.count(type, matching: query, upTo: limit + 1)
        return .object(ValueObject(typeName: "Count", fields: [
            "count": .int(min(total, limit)), "precision": .string(total > limit ? "AT_LEAST" : "EXACT"),
        ]))
    }
}

/// Finds any object by its global id: a stored record, an object inside one, or an inventory
/// item by its variant.
enum NodeLookup {
    static func find(_ gid: String, _ context: ResolveContext) throws -> (any GraphObject)? {
        guard let (kind, id) = GlobalID.parse(gid) else { return nil }
        let session = context.session
        switch kind {
        case "Customer": return try session.load(CustomerRecord.self, id: id).map { CustomerObject(record: $0) }
        case "Company": return try session.load(CompanyRecord.self, id: id).map { CompanyObject(record: $0) }
        case "Product": return try session.load(ProductRecord.self, id: id).map { ProductObject(record: $0) }
        case "ProductVariant":
            return try session.load(VariantRecord.self, id: id).map { VariantObject(record: $0) }
        case "InventoryItem":
            return try session.byReference(VariantRecord.self, id).map { InventoryItemObject(variant: $0) }
        case "Order": return try session.load(OrderRecord.self, id: id).map { OrderObject(record: $0) }
        case "Location": return try session.load(LocationRecord.self, id: id).map { LocationObject(record: $0) }
        case "PriceList": return try session.load(PriceListRecord.self, id: id).map { PriceListObject(record: $0) }
        case CatalogRecord.kind:
            return try session.load(CatalogRecord.self, id: id).map { CatalogObject(record: $0) }
        case "BulkOperation":
            return try BulkExport.poll(id, context).map { BulkOperationObject(record: $0) }
        default: return try child(kind, id, session)
        }
    }

    private static func child(_ kind: String, _ id: Int64, _ session: StoreSession) throws -> (any GraphObject)? {
        guard let owner = try session.owner(ofChild: kind, id: id) else { return nil }
        if owner.kind == "Order", let order = try session.load(OrderRecord.self, id: owner.id) {
            switch kind {
            case "FulfillmentOrder":
                return order.fulfillmentOrders.first { $0.id == id }
                    .map { FulfillmentOrderObject(record: $0, order: order) }
            case "LineItem":
                return order.lineItems.first { $0.id == id }.map { LineItemObject(record: $0, order: order) }
            case "Fulfillment":
                return order.fulfillments.first { $0.id == id }.map { FulfillmentObject(record: $0, order: order) }
            default: return nil
            }
        }
        if owner.kind == "Company", let company = try session.load(CompanyRecord.self, id: owner.id) {
            if kind == "CompanyLocation" {
                return company.locations.first { $0.id == id }
                    .map { CompanyLocationObject(record: $0, company: company) }
            }
            return company.contacts.first { $0.id == id }.map { CompanyContactObject(record: $0, company: company) }
        }
        return nil
    }
}
