import GraphQL

/// `fulfillmentCreate`, `orderClose`, `orderUpdate`.
enum OrderMutations {
    static let fulfillmentPayload = Payload(typeName: "FulfillmentCreatePayload", errorType: "UserError")

    static func fulfillmentCreate(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let input = arguments.object("fulfillment") ?? JSONObject()
        let groups = input.objects("lineItemsByFulfillmentOrder") ?? []
        var order: OrderRecord?
        var requests: [(index: Int, quantities: [Int64: Int]?)] = []
        for group in groups {
            let gid = group.string("fulfillmentOrderId") ?? ""
            guard let foId = GlobalID.id(gid, kind: "FulfillmentOrder"), foId > 0 else {
                throw FieldError.invalidID(gid)
            }
            guard let owner = try context.session.owner(ofChild: "FulfillmentOrder", id: foId),
                  let found = try order ?? context.session.load(OrderRecord.self, id: owner.id),
                  found.id == owner.id, let index = found.fulfillmentOrders.firstIndex(where: { $0.id == foId })
            else { return fail("Fulfillment order does not exist.") }
            order = found
            switch check(group, fulfillmentOrder: found.fulfillmentOrders[index]) {
            case .failure(let error): return fulfillmentPayload.failure([error])
            case .success(let quantities): requests.append((index, quantities))
            }
        }
        guard var order else { return fail("Fulfillment order does not exist.") }
        let tracking = input.object("trackingInfo")
        let numbers = tracking?.strings("number") ?? tracking?.strings("numbers") ?? []
        let urls = tracking?.strings("url") ?? tracking?.strings("urls")
        var fulfillment: FulfillmentRecord?
        for request in requests {
            fulfillment = order.fulfil(orderIndex: request.index, quantities: request.quantities, time: context.now,
                                       ids: &context.ids, tracking: numbers, company: tracking?.string("company"))
            if let urls, let last = order.fulfillments.indices.last {
                order.fulfillments[last].trackingUrls = urls
                fulfillment = order.fulfillments[last]
            }
        }
        try releaseStock(for: fulfillment, in: order, context)
        try context.session.save(order)
        let object = fulfillment.map { FulfillmentObject(record: $0, order: order) }
        return fulfillmentPayload.success(["fulfillment": .object(object)])
    }

    private static func fail(_ message: String) -> Resolved {
        fulfillmentPayload.failure([UserErrorValue(field: ["fulfillment"], message: message, code: nil)])
    }

    /// The units to fulfil per fulfillment order line (nil: everything remaining), or why not.
    private static func check(_ group: JSONObject, fulfillmentOrder: FulfillmentOrderRecord)
        -> Result<[Int64: Int]?, UserErrorValue>
    {
        let error = { (message: String) in UserErrorValue(field: ["fulfillment"], message: message, code: nil) }
        guard ["OPEN", "IN_PROGRESS"].contains(fulfillmentOrder.status) else {
            return .failure(error("Fulfillment order \(fulfillmentOrder.id) has an unfulfillable status= "
                + fulfillmentOrder.status.lowercased() + "."))
        }
        guard let lines = group.objects("fulfillmentOrderLineItems") else { return .success(nil) }
        var quantities: [Int64: Int] = [:]
        for line in lines {
            let quantity = line.int("quantity") ?? 0
            guard quantity > 0 else { return .failure(error("Quantity must be greater than 0")) }
            let lineId = line.string("id").flatMap { GlobalID.id($0, kind: "FulfillmentOrderLineItem") }
            guard let existing = fulfillmentOrder.lineItems.first(where: { $0.id == lineId }),
                  quantity + (quantities[existing.id] ?? 0) <= existing.remainingQuantity else {
                return .failure(error("Invalid fulfillment order line item quantity requested."))
            }
            quantities[existing.id, default: 0] += quantity
        }
        return .success(quantities)
    }

    /// Shipped units leave `on_hand`; they were already out of `available` (committed).
    private static func releaseStock(for fulfillment: FulfillmentRecord?, in order: OrderRecord,
                                     _ context: ResolveContext) throws {
        guard let fulfillment else { return }
        for line in fulfillment.lines {
            guard let variantId = order.lineItem(line.lineItemId)?.variantId,
                  var variant = try context.session.load(VariantRecord.self, id: variantId),
                  let index = variant.levels.firstIndex(where: { $0.locationId == fulfillment.locationId })
            else { continue }
            variant.levels[index].onHand = max(variant.levels[index].available,
                                               variant.levels[index].onHand - line.quantity)
            variant.levels[index].updatedAt = context.now
            variant.updatedAt = context.now
            try context.session.save(variant)
        }
    }

    static func close(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let payload = Payload(typeName: "OrderClosePayload", errorType: "UserError")
        let gid = arguments.object("input")?.string("id") ?? ""
        guard var order = try load(gid, context) else {
            return payload.failure([UserErrorValue(field: ["id"], message: "Order does not exist", code: nil)])
        }
        // Closing a closed order is a no-op that succeeds.
        if order.closedAt == nil {
            order.closedAt = context.now
            order.updatedAt = context.now
            try context.session.save(order)
        }
        return payload.success(["order": .object(OrderObject(record: order))])
    }

    static func update(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let payload = Payload(typeName: "OrderUpdatePayload", errorType: "UserError")
        let input = arguments.object("input") ?? JSONObject()
        guard var order = try load(input.string("id") ?? "", context) else {
            return payload.failure([UserErrorValue(field: ["id"], message: "Order does not exist", code: nil)])
        }
        if input.has("email") { order.email = input.string("email") }
        if input.has("note") { order.note = input.string("note") }
        if input.has("tags") { order.tags = input.strings("tags") ?? [] }
        if let attributes = input.objects("customAttributes") {
            order.customAttributes = attributes.map {
                Attribute(key: $0.string("key") ?? "", value: $0.string("value"))
            }
        }
        order.updatedAt = context.now
        try context.session.save(order)
        return payload.success(["order": .object(OrderObject(record: order))])
    }

    static func load(_ gid: String, _ context: ResolveContext) throws -> OrderRecord? {
        guard let id = GlobalID.id(gid, kind: "Order") else { return nil }
        return try context.session.load(OrderRecord.self, id: id)
    }
}
