import GraphQL

/// `Order`, with every derived status and amount computed from the stored record.
struct OrderObject: GraphObject {
    let typeName = "Order"
    let record: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        if let value = try scalar(field) { return value }
        if let money = money(field) { return .object(MoneyBagObject(money, order: record)) }
        return try nested(field, arguments, context)
    }

    private func scalar(_ field: String) throws -> Resolved? {
        let o = record
        switch field {
        case "id": return .id("Order", o.id)
        case "legacyResourceId": return .unsigned(o.id)
        case "name": return .string(o.name)
        case "number": return .int(o.number)
        case "createdAt": return .time(o.createdAt)
        case "processedAt": return .time(o.processedAt)
        case "updatedAt": return .time(o.updatedAt)
        case "closed": return .bool(o.isClosed)
        case "closedAt": return .time(o.closedAt)
        case "cancelledAt": return .time(o.cancelledAt)
        case "cancelReason": return .string(o.cancelReason)
        case "email": return .string(o.email)
        case "phone": return .string(o.phone)
        case "sourceName": return .string(o.sourceName)
        case "tags": return .strings(o.tags)
        case "note": return .string(o.note)
        case "currencyCode": return .string(o.currency)
        case "presentmentCurrencyCode": return .string(o.presentmentCurrency)
        case "taxesIncluded": return .bool(o.taxesIncluded)
        case "displayFinancialStatus": return .string(o.financialStatus)
        case "displayFulfillmentStatus": return .string(o.fulfillmentStatus)
        case "edited": return .bool(o.edited)
        case "fullyPaid": return .bool(o.totalOutstanding == .zero && o.totalReceived > .zero)
        case "unpaid": return .bool(o.totalReceived == .zero)
        case "test": return .bool(false)
        case "customAttributes":
            return .objects(o.customAttributes.map {
                ValueObject(typeName: "Attribute", fields: ["key": .string($0.key), "value": .string($0.value)])
            })
        case "risk":
            let recommendation = ["HIGH": "CANCEL", "MEDIUM": "INVESTIGATE"][o.riskLevel] ?? "ACCEPT"
            return .object(ValueObject(typeName: "OrderRiskSummary",
                                       fields: ["recommendation": .string(recommendation)]))
        default: return nil
        }
    }

    private func money(_ field: String) -> Money? {
        let o = record
        switch field {
        case "subtotalPriceSet": return o.subtotal
        case "totalPriceSet", "currentTotalPriceSet": return o.totalPrice
        case "totalTaxSet": return o.totalTax
        case "totalShippingPriceSet": return o.totalShipping
        case "totalDiscountsSet": return o.totalDiscounts
        case "totalOutstandingSet": return o.totalOutstanding
        case "totalReceivedSet": return o.totalReceived
        case "totalRefundedSet": return o.totalRefunded
        default: return nil
        }
    }

    private func nested(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext)
        throws -> Resolved
    {
        let o = record
        switch field {
        case "customer":
            return .object(try o.customerId.flatMap { try context.session.load(CustomerRecord.self, id: $0) }
                .map { CustomerObject(record: $0) })
        case "purchasingEntity": return try purchasingEntity(context)
        case "billingAddress":
            return .object(o.billingAddress.map { AddressObject(typeName: "MailingAddress", address: $0) })
        case "shippingAddress":
            return .object(o.shippingAddress.map { AddressObject(typeName: "MailingAddress", address: $0) })
        case "taxLines": return .objects(mergedTaxLines())
        case "lineItems":
            return try listConnection("LineItemConnection", o.lineItems, arguments, id: \.id) {
                LineItemObject(record: $0, order: o)
            }
        case "shippingLines":
            return try listConnection("ShippingLineConnection", o.shippingLines, arguments, id: \.id) {
                ShippingLineObject(record: $0, order: o)
            }
        case "discountApplications":
            return try listConnection("DiscountApplicationConnection", o.discounts, arguments,
                                      id: { Int64($0.index) }) { DiscountApplicationObject(record: $0, order: o) }
        case "fulfillmentOrders":
            return try listConnection("FulfillmentOrderConnection", o.fulfillmentOrders, arguments, id: \.id) {
                FulfillmentOrderObject(record: $0, order: o)
            }
        case "fulfillments":
            return .objects(Array(o.fulfillments.prefix(arguments.int("first") ?? 250))
                .map { FulfillmentObject(record: $0, order: o) })
        case "transactions":
            return .objects(Array(o.transactions.prefix(arguments.int("first") ?? 250))
                .map { TransactionObject(record: $0, order: o) })
        case "refunds":
            return .objects(Array(o.refunds.prefix(arguments.int("first") ?? 250))
                .map { RefundObject(record: $0, order: o) })
        default: return .null
        }
    }

    private func purchasingEntity(_ context: ResolveContext) throws -> Resolved {
        if let b2b = record.company, let company = try context.session.load(CompanyRecord.self, id: b2b.companyId) {
            return .object(PurchasingCompanyObject(purchase: b2b, company: company))
        }
        return .object(try record.customerId.flatMap { try context.session.load(CustomerRecord.self, id: $0) }
            .map { CustomerObject(record: $0) })
    }

    /// The order's taxes summed by title and rate, as Shopify lists them on the order.
    private func mergedTaxLines() -> [any GraphObject] {
        var totals: [(TaxLineRecord)] = []
        for line in record.lineItems.flatMap(\.taxLines) + record.shippingLines.flatMap(\.taxLines) {
            if let index = totals.firstIndex(where: { $0.title == line.title && $0.rate == line.rate }) {
                totals[index].amount = totals[index].amount + line.amount
            } else {
                totals.append(line)
            }
        }
        return totals.map { TaxLineObject(record: $0, order: record) }
    }
}

/// `PurchasingCompany`: the company, location and contact of a B2B order.
struct PurchasingCompanyObject: GraphObject {
    let typeName = "PurchasingCompany"
    let purchase: PurchasingCompanyRecord
    let company: CompanyRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "company": .object(CompanyObject(record: company))
        case "location":
            .object(company.locations.first { $0.id == purchase.locationId }
                .map { CompanyLocationObject(record: $0, company: company) })
        case "contact":
            .object(company.contacts.first { $0.id == purchase.contactId }
                .map { CompanyContactObject(record: $0, company: company) })
        default: .null
        }
    }
}

/// `TaxLine`.
struct TaxLineObject: GraphObject {
    let typeName = "TaxLine"
    let record: TaxLineRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "title": .string(record.title)
        case "rate": .value(.double(Double(record.rate) / 10_000))
        case "ratePercentage": .value(.double(Double(record.rate) / 100))
        case "priceSet": .object(MoneyBagObject(record.amount, order: order))
        default: .null
        }
    }
}
