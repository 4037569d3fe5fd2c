/// What a merchant or buyer does to an order, as changes to the record. Each action stamps
/// `updatedAt`; the caller saves the record.
extension OrderRecord {
    /// Opens one fulfillment order for every line that needs shipping (or all lines at POS).
    mutating func openFulfillmentOrder(at locationId: Int64, time: Int64, ids: inout IDAllocator) {
        let lines = lineItems.filter { $0.requiresShipping || sourceName == "pos" }
        guard !lines.isEmpty else { return }
        fulfillmentOrders.append(FulfillmentOrderRecord(
            id: ids.id("FulfillmentOrder"), locationId: locationId, status: "OPEN",
            lineItems: lines.map {
                FulfillmentOrderLineRecord(id: ids.id("FulfillmentOrderLineItem"), lineItemId: $0.id,
                                           totalQuantity: $0.currentQuantity,
                                           remainingQuantity: $0.currentQuantity)
            }, createdAt: time, updatedAt: time))
        updatedAt = max(updatedAt, time)
    }

    mutating func addTransaction(kind: String, amount: Money, time: Int64, ids: inout IDAllocator,
                                 gateway: String? = nil) {
        let parent = kind == "REFUND" ? transactions.last { $0.kind == "SALE" }?.id : nil
        transactions.append(TransactionRecord(
            id: ids.id("OrderTransaction"), kind: kind, status: "SUCCESS",
            gateway: gateway ?? (sourceName == "pos" ? "cash" : "shopify_payments"),
            amount: amount, parentId: parent, processedAt: time))
        updatedAt = max(updatedAt, time)
    }

    /// Fulfils `quantities` (fulfillment order line id → units), or everything remaining.
    mutating func fulfil(orderIndex foIndex: Int, quantities: [Int64: Int]?, time: Int64,
                         ids: inout IDAllocator, tracking: [String] = [],
                         company: String? = nil) -> FulfillmentRecord {
        var fulfillmentOrder = fulfillmentOrders[foIndex]
        var lines: [FulfillmentLineRecord] = []
        for index in fulfillmentOrder.lineItems.indices {
            let line = fulfillmentOrder.lineItems[index]
            let units = quantities.map { $0[line.id] ?? 0 } ?? line.remainingQuantity
            guard units > 0 else { continue }
            fulfillmentOrder.lineItems[index].remainingQuantity -= units
            lines.append(FulfillmentLineRecord(id: ids.id("FulfillmentLineItem"),
                                               lineItemId: line.lineItemId, quantity: units))
        }
        let remaining = fulfillmentOrder.lineItems.reduce(0) { $0 + $1.remainingQuantity }
        fulfillmentOrder.status = remaining == 0 ? "CLOSED" : "IN_PROGRESS"
        fulfillmentOrder.updatedAt = time
        fulfillmentOrders[foIndex] = fulfillmentOrder
        let fulfillment = FulfillmentRecord(
            id: ids.id("Fulfillment"), number: fulfillments.count + 1,
            locationId: fulfillmentOrder.locationId, status: "SUCCESS", trackingCompany: company,
            trackingNumbers: tracking, trackingUrls: [], lines: lines, createdAt: time,
            updatedAt: time)
        fulfillments.append(fulfillment)
        updatedAt = max(updatedAt, time)
        return fulfillment
    }

    /// Refunds `amount` of what was paid.
    mutating func refund(_ amount: Money, time: Int64, ids: inout IDAllocator, note: String? = nil) {
        addTransaction(kind: "REFUND", amount: amount, time: time, ids: &ids)
        refunds.append(RefundRecord(id: ids.id("Refund"), amount: amount, note: note, lines: [],
                                    createdAt: time))
    }

    /// Cancels the order: open fulfillment orders are cancelled and a paid amount is refunded.
    mutating func cancel(reason: String, time: Int64, ids: inout IDAllocator, refundPaid: Bool) {
        for index in fulfillmentOrders.indices where fulfillmentOrders[index].status != "CLOSED" {
            fulfillmentOrders[index].status = "CANCELLED"
            fulfillmentOrders[index].updatedAt = time
        }
        let paid = totalReceived - totalRefunded
        if refundPaid && paid > .zero { refund(paid, time: time, ids: &ids) }
        cancelledAt = time
        cancelReason = reason
        closedAt = time
        updatedAt = max(updatedAt, time)
    }
}
