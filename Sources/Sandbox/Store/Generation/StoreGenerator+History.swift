/// What happened to a generated order after it was placed, up to the sandbox's now.
extension StoreGenerator {
    mutating func settle(_ order: inout OrderRecord, isPOS: Bool) {
        let created = order.createdAt
        let location = isPOS ? (locations.first { !$0.fulfillsOnlineOrders } ?? locations[0])
            : locations[0]
        order.openFulfillmentOrder(at: location.id, time: created, ids: &ids)
        if isPOS {
            order.addTransaction(kind: "SALE", amount: order.totalPrice, time: created, ids: &ids)
            if !order.fulfillmentOrders.isEmpty {
                _ = order.fulfil(orderIndex: 0, quantities: nil, time: created, ids: &ids)
            }
            order.closedAt = created
            return
        }
        let paid = pay(&order)
        if order.cancelledAt == nil && paid { fulfilAndClose(&order) }
    }

    /// Payment outcome; false when nothing was captured, so nothing ships.
    mutating func pay(_ order: inout OrderRecord) -> Bool {
        let created = order.createdAt
        let outcome = random.int(0...99)
        switch outcome {
        case 0..<8:
            return false
        case 8..<12:
            order.addTransaction(kind: "AUTHORIZATION", amount: order.totalPrice, time: created,
                                 ids: &ids)
            return false
        case 12..<17:
            order.addTransaction(kind: "SALE", amount: order.totalPrice.percentage(basisPoints: 5_000),
                                 time: created, ids: &ids)
            return true
        case 17..<20:
            let time = later(created, by: 3_600)
            order.cancel(reason: random.pick(["CUSTOMER", "FRAUD", "INVENTORY"]), time: time,
                         ids: &ids, refundPaid: false)
            return false
        default:
            order.addTransaction(kind: "SALE", amount: order.totalPrice, time: created, ids: &ids)
            if outcome >= 96 {
                let share: Int64 = outcome >= 98 ? 10_000 : 3_000
                order.refund(order.totalPrice.percentage(basisPoints: share),
                             time: later(created, by: 5 * Self.day), ids: &ids, note: "Returned")
            }
            return true
        }
    }

    mutating func fulfilAndClose(_ order: inout OrderRecord) {
        guard !order.fulfillmentOrders.isEmpty, now - order.createdAt > 2 * Self.day else { return }
        let time = later(order.createdAt, by: Int64(random.int(1...2)) * Self.day)
        let tracking = ["1Z\(random.int(100_000_000...999_999_999))"]
        if random.chance(10), order.fulfillmentOrders[0].lineItems.count > 1 {
            let first = order.fulfillmentOrders[0].lineItems[0]
            _ = order.fulfil(orderIndex: 0, quantities: [first.id: first.remainingQuantity],
                             time: time, ids: &ids, tracking: tracking, company: "UPS")
            return
        }
        guard random.chance(90) else { return }
        _ = order.fulfil(orderIndex: 0, quantities: nil, time: time, ids: &ids, tracking: tracking,
                         company: "UPS")
        if order.financialStatus == "PAID", now - order.createdAt > 30 * Self.day, random.chance(60) {
            order.closedAt = later(order.createdAt, by: 10 * Self.day)
            order.updatedAt = max(order.updatedAt, order.closedAt ?? 0)
        }
    }

    /// `time + span`, never past now.
    func later(_ time: Int64, by span: Int64) -> Int64 {
        min(now, time + span)
    }
}
