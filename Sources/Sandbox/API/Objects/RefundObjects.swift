import GraphQL

/// `Refund`: money returned on an order, with the line items it took back.
struct RefundObject: GraphObject {
    let typeName = "Refund"
    let record: RefundRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": return .id("Refund", record.id)
        case "createdAt": return .time(record.createdAt)
        case "note": return .string(record.note)
        case "totalRefundedSet": return .object(MoneyBagObject(record.amount, order: order))
        case "refundLineItems":
            return try listConnection("RefundLineItemConnection", record.lines, arguments, id: \.id) {
                RefundLineItemObject(record: $0, order: order)
            }
        default: return .null
        }
    }
}

/// `RefundLineItem`: how many units of a line item a refund took back.
struct RefundLineItemObject: GraphObject {
    let typeName = "RefundLineItem"
    let record: FulfillmentLineRecord
    let order: OrderRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": return .id("RefundLineItem", record.id)
        case "quantity": return .int(record.quantity)
        case "lineItem":
            return .object(order.lineItem(record.lineItemId).map { LineItemObject(record: $0, order: order) })
        default: return .null
        }
    }
}
