/// Order edits: a line added, a quantity changed, a line removed. Shopify marks the order as
/// edited, keeps the original quantity on the line, and re-opens fulfilment for what was added.
extension OrderRecord {
    mutating func addLine(variant: VariantRecord, quantity: Int, time: Int64,
                          ids: inout IDAllocator) {
        let rate = lineItems.first?.taxLines.first?.rate ?? 0
        var line = LineItemRecord(
            id: ids.id("LineItem"), variantId: variant.id, productId: variant.productId,
            sku: variant.sku, title: "Item \(variant.sku.prefix(4))",
            variantTitle: variant.title == "Default Title" ? nil : variant.title,
            quantity: quantity, currentQuantity: quantity, unitPrice: variant.price,
            discount: .zero, taxLines: [], requiresShipping: true, taxable: variant.taxable)
        line.taxLines = [TaxLineRecord(title: lineItems.first?.taxLines.first?.title ?? "Tax",
                                       rate: rate, amount: tax(on: line, rate: rate))]
        lineItems.append(line)
        let open = FulfillmentOrderLineRecord(id: ids.id("FulfillmentOrderLineItem"),
                                              lineItemId: line.id, totalQuantity: quantity,
                                              remainingQuantity: quantity)
        if let index = fulfillmentOrders.firstIndex(where: { $0.status == "OPEN" }) {
            fulfillmentOrders[index].lineItems.append(open)
            fulfillmentOrders[index].updatedAt = time
        } else {
            let location = fulfillmentOrders.first?.locationId ?? 0
            fulfillmentOrders.append(FulfillmentOrderRecord(
                id: ids.id("FulfillmentOrder"), locationId: location, status: "OPEN",
                lineItems: [open], createdAt: time, updatedAt: time))
        }
        markEdited(at: time)
    }

    /// Sets the current quantity of the line with `sku` (the latest such line when several have
    /// it); fulfilled units cannot be taken back.
    mutating func setQuantity(sku: String, to quantity: Int, time: Int64) throws {
        guard let index = lineItems.lastIndex(where: { $0.sku == sku && $0.currentQuantity > 0 })
        else { throw SimulationError.noSuchLine(order: name, sku: sku) }
        let line = lineItems[index]
        let fulfilled = line.currentQuantity - unfulfilledQuantity(of: line.id)
        guard quantity >= fulfilled else {
            throw SimulationError.belowFulfilled(order: name, sku: sku, fulfilled: fulfilled)
        }
        let oldQuantity = line.currentQuantity
        lineItems[index].currentQuantity = quantity
        lineItems[index].quantity = max(line.quantity, quantity)
        if oldQuantity > 0 {
            lineItems[index].discount = Money(units: line.discount.units * Int64(quantity)
                                                  / Int64(oldQuantity))
        }
        for tax in lineItems[index].taxLines.indices {
            let rate = lineItems[index].taxLines[tax].rate
            lineItems[index].taxLines[tax].amount = self.tax(on: lineItems[index], rate: rate)
        }
        resizeFulfilment(of: line.id, by: quantity - oldQuantity, time: time)
        markEdited(at: time)
    }

    /// Grows or shrinks the open part of a line's fulfillment order lines.
    private mutating func resizeFulfilment(of lineId: Int64, by change: Int, time: Int64) {
        var left = change
        for order in fulfillmentOrders.indices where fulfillmentOrders[order].status != "CANCELLED" {
            for index in fulfillmentOrders[order].lineItems.indices
            where fulfillmentOrders[order].lineItems[index].lineItemId == lineId && left != 0 {
                let line = fulfillmentOrders[order].lineItems[index]
                let step = max(left, -line.remainingQuantity)
                fulfillmentOrders[order].lineItems[index].remainingQuantity += step
                fulfillmentOrders[order].lineItems[index].totalQuantity += step
                fulfillmentOrders[order].updatedAt = time
                left -= step
            }
            let remaining = fulfillmentOrders[order].lineItems.reduce(0) { $0 + $1.remainingQuantity }
            if remaining == 0, fulfillmentOrders[order].status == "OPEN" {
                fulfillmentOrders[order].status = "CLOSED"
            }
        }
    }

    private func tax(on line: LineItemRecord, rate: Int64) -> Money {
        let amount = line.unitPrice * line.currentQuantity - line.discount
        return taxesIncluded
            ? Money(units: amount.units * rate / (10_000 + rate)).percentage(basisPoints: 10_000)
            : amount.percentage(basisPoints: rate)
    }

    private mutating func markEdited(at time: Int64) {
        edited = true
        updatedAt = max(updatedAt, time)
    }
}
