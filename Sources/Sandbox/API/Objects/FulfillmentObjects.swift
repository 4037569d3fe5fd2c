import GraphQL

/// `FulfillmentOrder`.
struct FulfillmentOrderObject: GraphObject {
    let typeName = "FulfillmentOrder"
    let record: FulfillmentOrderRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": return .id("FulfillmentOrder", record.id)
        case "status": return .string(record.status)
        case "requestStatus": return .string("UNSUBMITTED")
        case "assignedLocation":
            let location = try context.session.load(LocationRecord.self, id: record.locationId)
            return .object(ValueObject(typeName: "FulfillmentOrderAssignedLocation", fields: [
                "name": .string(location?.name ?? ""),
                "location": .object(location.map { LocationObject(record: $0) }),
            ]))
        case "lineItems":
            return try listConnection("FulfillmentOrderLineItemConnection", record.lineItems, arguments,
                                      id: \.id) { FulfillmentOrderLineObject(record: $0, order: order) }
        case "order": return .object(OrderObject(record: order))
        case "createdAt": return .time(record.createdAt)
        case "updatedAt": return .time(record.updatedAt)
        default: return .null
        }
    }
}

/// `FulfillmentOrderLineItem`.
struct FulfillmentOrderLineObject: GraphObject {
    let typeName = "FulfillmentOrderLineItem"
    let record: FulfillmentOrderLineRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let line = order.lineItem(record.lineItemId)
        switch field {
        case "id": return .id("FulfillmentOrderLineItem", record.id)
        case "lineItem": return .object(line.map { LineItemObject(record: $0, order: order) })
        case "sku": return .string(line?.sku)
        case "totalQuantity": return .int(record.totalQuantity)
        case "remainingQuantity": return .int(record.remainingQuantity)
        case "variant", "inventoryItemId":
            let variant = try line?.variantId.flatMap { try context.session.load(VariantRecord.self, id: $0) }
            if field == "variant" { return .object(variant.map { VariantObject(record: $0) }) }
            return variant.map { .id("InventoryItem", $0.inventoryItemId) } ?? .null
        default: return .null
        }
    }
}

/// `Fulfillment`.
struct FulfillmentObject: GraphObject {
    let typeName = "Fulfillment"
    let record: FulfillmentRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let f = record
        switch field {
        case "id": return .id("Fulfillment", f.id)
        case "name": return .string("\(order.name)-F\(f.number)")
        case "status": return .string(f.status)
        case "displayStatus": return .string(f.status == "SUCCESS" ? "FULFILLED" : "CANCELED")
        case "trackingInfo":
            return .objects(f.trackingNumbers.enumerated().map { index, number in
                ValueObject(typeName: "FulfillmentTrackingInfo", fields: [
                    "company": .string(f.trackingCompany), "number": .string(number),
                    "url": .string(index < f.trackingUrls.count ? f.trackingUrls[index] : nil),
                ])
            })
        case "fulfillmentLineItems":
            return try listConnection("FulfillmentLineItemConnection", f.lines, arguments, id: \.id) { line in
                ValueObject(typeName: "FulfillmentLineItem", fields: [
                    "id": .id("FulfillmentLineItem", line.id), "quantity": .int(line.quantity),
                    "lineItem": .object(order.lineItem(line.lineItemId)
                        .map { LineItemObject(record: $0, order: order) }),
                ])
            }
        case "location":
            return .object(try context.session.load(LocationRecord.self, id: f.locationId)
                .map { LocationObject(record: $0) })
        case "order": return .object(OrderObject(record: order))
        case "createdAt": return .time(f.createdAt)
        case "updatedAt": return .time(f.updatedAt)
        default: return .null
        }
    }
}
