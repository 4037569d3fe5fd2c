import Foundation

/// Products, variants, stock, companies, catalogs and payouts.
extension StoreGenerator {
    mutating func makeProducts() throws {
        for index in 0..<sizes.products {
            let itemNo = 1000 + index
            let noun = random.pick(SampleData.nouns)
            let title = "\(random.pick(SampleData.adjectives)) \(noun.0)"
            let created = pastTime(fraction: Double(index) / Double(max(sizes.products, 1)) * 0.3)
            var product = ProductRecord(
                id: ids.id("Product"), title: title, handle: "\(slug(title))-\(itemNo)",
                status: random.chance(92) ? "ACTIVE" : random.pick(["DRAFT", "ARCHIVED"]),
                vendor: random.pick(SampleData.vendors), productType: noun.1,
                tags: random.chance(50) ? [noun.1.lowercased()] : [],
                descriptionHtml: "<p>\(title) from our \(noun.1.lowercased()) range.</p>",
                variantIds: [], skus: [], media: [], createdAt: created, updatedAt: created)
            product.media = (0..<random.int(0...2)).map { n in
                MediaImageRecord(id: ids.id("MediaImage"), alt: "\(title) view \(n + 1)",
                                 url: "https://cdn.example.com/products/\(itemNo)-\(n + 1).jpg",
                                 width: 1200, height: 1200)
            }
            let basePrice = Int64(random.int(5...300)) * 100 - (random.chance(60) ? 1 : 0)
            for variant in makeVariants(of: product, itemNo: itemNo, cents: basePrice) {
                try session.save(variant)
                variants.append(variant)
                product.variantIds.append(variant.id)
                product.skus.append(variant.sku)
            }
            try session.save(product)
        }
    }

    mutating func makeVariants(of product: ProductRecord, itemNo: Int, cents: Int64)
        -> [VariantRecord]
    {
        let optionName = product.productType == "Apparel" ? "Size" : "Color"
        let values = random.chance(35) ? ["Default Title"]
            : Array((optionName == "Size" ? SampleData.sizes : SampleData.colours)
                .prefix(random.int(2...4)))
        return values.enumerated().map { position, value in
            let single = value == "Default Title"
            let sku = single ? "\(itemNo)" : "\(itemNo)-\(value.uppercased())"
            let price = Money(cents: cents + (optionName == "Size" && position == 3 ? 200 : 0))
            return VariantRecord(
                id: ids.id("ProductVariant"), productId: product.id, title: value,
                sku: sku, barcode: random.chance(85) ? ean13(itemNo: itemNo, position: position) : nil,
                price: price,
                compareAtPrice: random.chance(20) ? price + Money(cents: Int64(random.int(2...20)) * 100) : nil,
                position: position + 1,
                options: single ? [SelectedOption(name: "Title", value: value)]
                    : [SelectedOption(name: optionName, value: value)],
                inventoryItemId: ids.id("InventoryItem"), tracked: true, taxable: true,
                unitCost: Money(cents: cents * 45 / 100), levels: stockLevels(at: product.createdAt),
                createdAt: product.createdAt, updatedAt: product.createdAt)
        }
    }

    mutating func stockLevels(at time: Int64) -> [InventoryLevelRecord] {
        locations.filter(\.isActive).map { location in
            let onHand = random.chance(8) ? 0 : random.int(0...120)
            let committed = onHand > 0 && random.chance(30) ? random.int(0...min(onHand, 5)) : 0
            return InventoryLevelRecord(id: ids.id("InventoryLevel"), locationId: location.id,
                                        available: onHand - committed, onHand: onHand,
                                        updatedAt: time)
        }
    }

    /// A well-formed EAN-13 in the 20-29 "internal use" prefix range.
    func ean13(itemNo: Int, position: Int) -> String {
        let body = String(format: "20%05d%05d", itemNo, position)
        let digits = body.compactMap { $0.wholeNumberValue }
        let sum = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
        return body + String((10 - sum % 10) % 10)
    }

    func slug(_ text: String) -> String {
        text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce("") { $0 + String($1) }
    }

    mutating func makeCompanies() throws {
        for index in 0..<sizes.companies {
            let name = "\(random.pick(SampleData.lastNames)) \(random.pick(SampleData.companyWords))"
            let created = pastTime(fraction: 0.05 * Double(index) / Double(max(sizes.companies, 1)))
            var company = CompanyRecord(
                id: ids.id("Company"), name: name, externalId: String(format: "C%05d", index + 1),
                note: nil, customerSince: created, locations: [], contacts: [],
                createdAt: created, updatedAt: created)
            for n in 0..<random.int(1...2) {
                let currency = n == 0 ? "USD" : random.pick(["USD", "EUR", "CAD"])
                company.locations.append(CompanyLocationRecord(
                    id: ids.id("CompanyLocation"), name: n == 0 ? "\(name) HQ" : "\(name) Branch",
                    externalId: "\(company.externalId ?? "")-\(n + 1)", currency: currency,
                    phone: nil, taxExempt: random.chance(30),
                    address: address(first: nil, last: nil, company: name), updatedAt: created))
            }
            if !customers.isEmpty {
                let customer = customers[(index * 7) % customers.count]
                company.contacts.append(CompanyContactRecord(
                    id: ids.id("CompanyContact"), customerId: customer.id, isMainContact: true,
                    title: "Purchasing", updatedAt: created))
            }
            try session.save(company)
            companies.append(company)
            try makeCatalog(for: company, at: created)
        }
    }

    mutating func makeCatalog(for company: CompanyRecord, at time: Int64) throws {
        let catalogId = ids.id("CompanyLocationCatalog")
        let priceListId = ids.id("PriceList")
        let fixed: [FixedPrice] = variants.isEmpty ? [] : (0..<min(3, variants.count)).map { n in
            let variant = variants[(n * 11 + Int(company.id % 97)) % variants.count]
            return FixedPrice(variantId: variant.id, price: variant.price.percentage(basisPoints: 8_500),
                              compareAtPrice: nil)
        }
        try session.save(PriceListRecord(
            id: priceListId, name: "\(company.name) prices", currency: "USD", catalogId: catalogId,
            adjustmentType: "PERCENTAGE_DECREASE", adjustmentValue: Double(random.int(5...20)),
            fixedPrices: fixed, createdAt: time, updatedAt: time))
        try session.save(CatalogRecord(
            id: catalogId, title: "\(company.name) catalog", status: "ACTIVE",
            companyLocationIds: company.locations.map(\.id), priceListId: priceListId,
            createdAt: time, updatedAt: time))
    }

    mutating func makePayouts() throws {
        var issued = now - Self.history + 7 * Self.day
        while issued < now {
            let status = issued < now - 3 * Self.day ? "PAID" : "SCHEDULED"
            try session.save(PayoutRecord(
                id: ids.id("ShopifyPaymentsPayout"), issuedAt: issued,
                net: Money(cents: Int64(random.int(50_000...900_000))), currency: "USD",
                status: status, transactionType: random.chance(97) ? "DEPOSIT" : "WITHDRAWAL",
                createdAt: issued, updatedAt: issued))
            issued += 7 * Self.day
        }
    }
}
