/// Orders with the variety of a real shop: web, point of sale and B2B; several currencies;
/// unpaid, partly paid, refunded and cancelled; partly fulfilled; risky; unknown SKUs.
extension StoreGenerator {
    mutating func makeOrders() throws {
        for index in 0..<sizes.orders {
            let created = pastTime(fraction: Double(index) / Double(max(sizes.orders, 1)))
            let order = makeOrder(number: 1001 + index, createdAt: created)
            try session.save(order)
        }
    }

    /// One order placed at `createdAt`, with its payment and fulfilment history up to now.
    mutating func makeOrder(number: Int, createdAt: Int64) -> OrderRecord {
        let channel = random.int(0...99)
        let isPOS = channel < 8 || customers.isEmpty
        let isB2B = !isPOS && channel < 18 && !companies.isEmpty
        var order = emptyOrder(number: number, createdAt: createdAt)
        if isPOS {
            order.sourceName = "pos"
        } else if isB2B {
            attachCompany(to: &order)
        } else {
            attachCustomer(customers[random.int(0...(customers.count - 1))], to: &order)
        }
        if !isPOS && !isB2B && random.chance(15) {
            let currency = random.pick(SampleData.currencies)
            order.presentmentCurrency = currency.0
            order.exchangeRate = currency.1
        }
        order.taxesIncluded = ["GB", "DE", "FR", "NL"].contains(order.shippingAddress?.countryCode)
        addLines(to: &order, bulk: isB2B)
        if !isPOS && order.subtotal < Money(cents: 10_000) {
            order.shippingLines.append(shippingLine(rate: taxRate(order)))
        }
        settle(&order, isPOS: isPOS)
        return order
    }

    func emptyOrder(number: Int, createdAt: Int64) -> OrderRecord {
        OrderRecord(
            id: 0, number: number, email: nil, phone: nil, customerId: nil, company: nil,
            sourceName: "web", currency: "USD", presentmentCurrency: "USD", exchangeRate: 10_000,
            taxesIncluded: false, tags: [], note: nil, customAttributes: [], riskLevel: "LOW",
            shippingAddress: nil, billingAddress: nil, lineItems: [], shippingLines: [],
            discounts: [], transactions: [], fulfillmentOrders: [], fulfillments: [], refunds: [],
            edited: false, processedAt: createdAt, closedAt: nil, cancelledAt: nil,
            cancelReason: nil, createdAt: createdAt, updatedAt: createdAt)
    }

    mutating func attachCustomer(_ customer: CustomerRecord, to order: inout OrderRecord) {
        order.id = ids.id("Order")
        order.customerId = customer.id
        order.email = customer.email
        order.phone = customer.phone
        order.shippingAddress = customer.addresses.first
        order.billingAddress = customer.addresses.last
        order.riskLevel = random.chance(3) ? "HIGH" : random.chance(7) ? "MEDIUM" : "LOW"
        if random.chance(20) { order.tags = [random.pick(SampleData.orderTags)] }
        if random.chance(10) {
            order.discounts.append(DiscountRecord(
                index: 0, type: "DISCOUNT_CODE", code: "WELCOME10", title: "WELCOME10",
                percentage: 1_000, amount: nil, allocationMethod: "ACROSS", targetType: "LINE_ITEM"))
        }
    }

    mutating func attachCompany(to order: inout OrderRecord) {
        let company = companies[random.int(0...(companies.count - 1))]
        let location = company.locations[random.int(0...(company.locations.count - 1))]
        order.id = ids.id("Order")
        if let contact = company.contacts.first,
           let customer = customers.first(where: { $0.id == contact.customerId }) {
            order.customerId = customer.id
            order.email = customer.email
            order.company = PurchasingCompanyRecord(companyId: company.id, locationId: location.id,
                                                    contactId: contact.id)
        }
        order.shippingAddress = location.address
        order.billingAddress = location.address
        order.tags = ["b2b"]
        order.sourceName = "shopify_draft_order"
        order.customAttributes = [Attribute(key: "PO", value: "PO-\(random.int(10_000...99_999))")]
    }

    func taxRate(_ order: OrderRecord) -> Int64 {
        switch order.shippingAddress?.countryCode {
        case "GB", "FR": 2_000
        case "DE": 1_900
        case "NL": 2_100
        case "CA": 1_300
        case "AU": 1_000
        default: 800
        }
    }

    mutating func addLines(to order: inout OrderRecord, bulk: Bool) {
        if order.id == 0 { order.id = ids.id("Order") }
        let rate = taxRate(order)
        let percentage = order.discounts.first?.percentage ?? 0
        for _ in 0..<random.int(1...4) {
            let quantity = bulk ? random.int(5...20) : random.int(1...3)
            if variants.isEmpty || random.chance(3) {
                order.lineItems.append(customLine(quantity: quantity, rate: rate, order: order))
                continue
            }
            let variant = variants[random.int(0...(variants.count - 1))]
            order.lineItems.append(lineItem(for: variant, quantity: quantity, rate: rate,
                                            discountBasisPoints: percentage, order: order))
        }
    }

    /// A line for `variant`; its tax follows the order's country and tax-inclusive pricing.
    mutating func lineItem(for variant: VariantRecord, quantity: Int, rate: Int64,
                           discountBasisPoints: Int64, order: OrderRecord) -> LineItemRecord
    {
        let gross = variant.price * quantity
        let discount = gross.percentage(basisPoints: discountBasisPoints)
        return LineItemRecord(
            id: ids.id("LineItem"), variantId: variant.id, productId: variant.productId,
            sku: variant.sku, title: "Item \(variant.sku.prefix(4))",
            variantTitle: variant.title == "Default Title" ? nil : variant.title,
            quantity: quantity, currentQuantity: quantity, unitPrice: variant.price,
            discount: discount, taxLines: [taxLine(on: gross - discount, rate: rate, order: order)],
            requiresShipping: true, taxable: true)
    }

    /// A line whose SKU matches no product: a custom item typed in at checkout.
    mutating func customLine(quantity: Int, rate: Int64, order: OrderRecord) -> LineItemRecord {
        let price = Money(cents: Int64(random.int(5...80)) * 100)
        return LineItemRecord(
            id: ids.id("LineItem"), variantId: nil, productId: nil,
            sku: "LEGACY-\(random.int(100...999))", title: "Custom engraving", variantTitle: nil,
            quantity: quantity, currentQuantity: quantity, unitPrice: price, discount: .zero,
            taxLines: [taxLine(on: price * quantity, rate: rate, order: order)],
            requiresShipping: false, taxable: true)
    }

    func taxLine(on amount: Money, rate: Int64, order: OrderRecord) -> TaxLineRecord {
        let tax = order.taxesIncluded
            ? Money(units: amount.units * rate / (10_000 + rate)).percentage(basisPoints: 10_000)
            : amount.percentage(basisPoints: rate)
        let title = ["GB", "DE", "FR", "NL"].contains(order.shippingAddress?.countryCode)
            ? "VAT" : order.shippingAddress?.countryCode == "CA" ? "HST" : "State Tax"
        return TaxLineRecord(title: title, rate: rate, amount: tax)
    }

    mutating func shippingLine(rate: Int64) -> ShippingLineRecord {
        let price = Money(cents: Int64(random.pick([499, 799, 1_299])))
        return ShippingLineRecord(id: ids.id("ShippingLine"), title: "Standard Shipping",
                                  code: "STANDARD", price: price,
                                  taxLines: [TaxLineRecord(title: "Shipping Tax", rate: rate,
                                                           amount: price.percentage(basisPoints: rate))])
    }
}
