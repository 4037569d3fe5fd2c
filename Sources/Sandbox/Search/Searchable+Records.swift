/// The search fields of each kind of record, named as Shopify's `query:` argument names them.
extension OrderRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "name": [.text(name), .text(String(number))]
        case "created_at": [.time(createdAt)]
        case "updated_at": [.time(updatedAt)]
        case "processed_at": [.time(processedAt)]
        case "status": [.text("any"), .text(cancelledAt != nil ? "cancelled" : isClosed ? "closed" : "open")]
        case "financial_status": financialSearchValues
        case "fulfillment_status": fulfillmentSearchValues
        case "tag": tags.map { .text($0) }
        case "email": email.map { [.text($0)] } ?? []
        case "sku": lineItems.compactMap { $0.sku.map { .text($0) } }
        case "customer_id": customerId.map { [.number($0)] } ?? []
        case "source_name": [.text(sourceName)]
        case "risk_level": [.text(riskLevel)]
        case "currency": [.text(presentmentCurrency)]
        default: nil
        }
    }

    public var freeText: [String] { [name, email ?? ""] + tags }

    private var financialSearchValues: [SearchValue] {
        let status = financialStatus.lowercased()
        let unpaid = ["pending", "authorized", "partially_paid"].contains(status)
        return [.text(status)] + (unpaid ? [.text("unpaid")] : [])
    }

    private var fulfillmentSearchValues: [SearchValue] {
        switch fulfillmentStatus {
        case "FULFILLED": [.text("shipped"), .text("fulfilled")]
        case "PARTIALLY_FULFILLED": [.text("partial"), .text("partially_fulfilled")]
        default: [.text("unshipped"), .text("unfulfilled")]
        }
    }
}

extension CustomerRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "email": email.map { [.text($0)] } ?? []
        case "phone": phone.map { [.text($0)] } ?? []
        case "tag": tags.map { .text($0) }
        case "state": [.text(state)]
        case "first_name": [.text(firstName)]
        case "last_name": [.text(lastName)]
        case "country": addresses.map { .text($0.country) }
        case "created_at": [.time(createdAt)]
        case "updated_at": [.time(updatedAt)]
        default: nil
        }
    }

    public var freeText: [String] { [displayName, email ?? "", phone ?? ""] }
}

extension ProductRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "title": [.text(title)]
        case "handle": [.text(handle)]
        case "status": [.text(status)]
        case "vendor": [.text(vendor)]
        case "product_type": [.text(productType)]
        case "tag": tags.map { .text($0) }
        case "sku": skus.map { .text($0) }
        case "created_at": [.time(createdAt)]
        case "updated_at": [.time(updatedAt)]
        default: nil
        }
    }

    public var freeText: [String] { [title, vendor] + skus }
}

extension VariantRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "sku": [.text(sku)]
        case "barcode": barcode.map { [.text($0)] } ?? []
        case "product_id": [.number(productId)]
        case "title": [.text(title)]
        case "created_at": [.time(createdAt)]
        case "updated_at": [.time(updatedAt)]
        default: nil
        }
    }

    public var freeText: [String] { [sku, title, barcode ?? ""] }
}

extension CompanyRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "name": [.text(name)]
        case "external_id": externalId.map { [.text($0)] } ?? []
        case "created_at": [.time(createdAt)]
        case "updated_at": [.time(updatedAt)]
        default: nil
        }
    }

    public var freeText: [String] { [name, externalId ?? ""] }
}

extension LocationRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "name": [.text(name)]
        case "active": [.text(isActive ? "true" : "false")]
        default: nil
        }
    }

    public var freeText: [String] { [name] }
}

extension CatalogRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "title": [.text(title)]
        case "status": [.text(status)]
        default: nil
        }
    }

    public var freeText: [String] { [title] }
}

extension PriceListRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        field == "id" ? [.number(id)] : field == "name" ? [.text(name)] : nil
    }

    public var freeText: [String] { [name] }
}

extension PayoutRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "status": [.text(status)]
        case "issued_at": [.time(issuedAt)]
        default: nil
        }
    }

    public var freeText: [String] { [] }
}

extension BulkOperationRecord: Searchable {
    public func searchValues(_ field: String) -> [SearchValue]? {
        switch field {
        case "id": [.number(id)]
        case "status": [.text(status)]
        case "created_at": [.time(createdAt)]
        default: nil
        }
    }

    public var freeText: [String] { [] }
}
