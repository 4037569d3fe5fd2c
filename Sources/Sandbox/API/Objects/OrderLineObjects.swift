import GraphQL

/// `LineItem`.
struct LineItemObject: GraphObject {
    let typeName = "LineItem"
    let record: LineItemRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let l = record
        let gross = l.unitPrice * l.currentQuantity
        switch field {
        case "id": return .id("LineItem", l.id)
        case "title": return .string(l.title)
        case "name": return .string(l.variantTitle.map { "\(l.title) - \($0)" } ?? l.title)
        case "sku": return .string(l.sku)
        case "variantTitle": return .string(l.variantTitle)
        case "quantity": return .int(l.quantity)
        case "currentQuantity": return .int(l.currentQuantity)
        case "unfulfilledQuantity": return .int(order.unfulfilledQuantity(of: l.id))
        case "refundableQuantity": return .int(l.currentQuantity)
        case "variant":
            return .object(try l.variantId.flatMap { try context.session.load(VariantRecord.self, id: $0) }
                .map { VariantObject(record: $0) })
        case "product":
            return .object(try l.productId.flatMap { try context.session.load(ProductRecord.self, id: $0) }
                .map { ProductObject(record: $0) })
        case "originalUnitPriceSet": return bag(l.unitPrice)
        case "originalTotalSet": return bag(gross)
        case "discountedTotalSet": return bag(gross - l.discount)
        case "totalDiscountSet": return bag(l.discount)
        case "discountedUnitPriceAfterAllDiscountsSet":
            let each = l.currentQuantity == 0 ? l.unitPrice
                : Money(units: (gross - l.discount).units / Int64(l.currentQuantity))
            return bag(each)
        case "taxLines": return .objects(l.taxLines.map { TaxLineObject(record: $0, order: order) })
        case "requiresShipping": return .bool(l.requiresShipping)
        case "taxable": return .bool(l.taxable)
        default: return .null
        }
    }

    private func bag(_ amount: Money) -> Resolved { .object(MoneyBagObject(amount, order: order)) }
}

/// `ShippingLine`.
struct ShippingLineObject: GraphObject {
    let typeName = "ShippingLine"
    let record: ShippingLineRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": .id("ShippingLine", record.id)
        case "title": .string(record.title)
        case "code": .string(record.code)
        case "originalPriceSet", "discountedPriceSet": .object(MoneyBagObject(record.price, order: order))
        case "taxLines": .objects(record.taxLines.map { TaxLineObject(record: $0, order: order) })
        default: .null
        }
    }
}

/// A discount application: code, automatic or manual.
struct DiscountApplicationObject: GraphObject {
    let record: DiscountRecord
    let order: OrderRecord

    var typeName: String {
        switch record.type {
        case "DISCOUNT_CODE": "DiscountCodeApplication"
        case "AUTOMATIC": "AutomaticDiscountApplication"
        default: "ManualDiscountApplication"
        }
    }

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "index": return .int(record.index)
        case "allocationMethod": return .string(record.allocationMethod)
        case "targetSelection": return .string("ALL")
        case "targetType": return .string(record.targetType)
        case "code": return .string(record.code)
        case "title": return .string(record.title)
        case "value":
            if let percentage = record.percentage {
                return .object(ValueObject(typeName: "PricingPercentageValue",
                                           fields: ["percentage": .value(.double(Double(percentage) / 100))]))
            }
            return .object(ValueObject.money(record.amount ?? .zero, order.currency))
        default: return .null
        }
    }
}

/// `OrderTransaction`.
struct TransactionObject: GraphObject {
    let typeName = "OrderTransaction"
    let record: TransactionRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": .id("OrderTransaction", record.id)
        case "kind": .string(record.kind)
        case "status": .string(record.status)
        case "gateway": .string(record.gateway)
        case "amountSet": .object(MoneyBagObject(record.amount, order: order))
        case "parentTransaction":
            .object(order.transactions.first { $0.id == record.parentId }
                .map { TransactionObject(record: $0, order: order) })
        case "processedAt", "createdAt": .time(record.processedAt)
        case "test": .bool(false)
        default: .null
        }
    }
}
