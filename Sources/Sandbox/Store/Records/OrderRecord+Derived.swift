/// What Shopify computes from an order's lines and transactions.
extension OrderRecord {
    public var subtotal: Money {
        lineItems.reduce(Money.zero) { $0 + $1.unitPrice * $1.currentQuantity - $1.discount }
    }

    public var totalTax: Money {
        let lines = lineItems.flatMap(\.taxLines) + shippingLines.flatMap(\.taxLines)
        return lines.reduce(Money.zero) { $0 + $1.amount }
    }

    public var totalShipping: Money { shippingLines.reduce(Money.zero) { $0 + $1.price } }
    public var totalDiscounts: Money { lineItems.reduce(Money.zero) { $0 + $1.discount } }

    /// The current total: subtotal, shipping and (unless included in prices) tax.
    public var totalPrice: Money {
        subtotal + totalShipping + (taxesIncluded ? .zero : totalTax)
    }

    /// Money received: successful sales and captures.
    public var totalReceived: Money {
        transactions.filter { ["SALE", "CAPTURE"].contains($0.kind) && $0.status == "SUCCESS" }
            .reduce(Money.zero) { $0 + $1.amount }
    }

    public var totalRefunded: Money {
        transactions.filter { $0.kind == "REFUND" && $0.status == "SUCCESS" }
            .reduce(Money.zero) { $0 + $1.amount }
    }

    public var totalOutstanding: Money {
        let owed = totalPrice - totalReceived + totalRefunded
        return cancelledAt == nil && owed > .zero ? owed : .zero
    }

    public var isAuthorized: Bool {
        transactions.contains { $0.kind == "AUTHORIZATION" && $0.status == "SUCCESS" }
    }

    /// `OrderDisplayFinancialStatus`.
    public var financialStatus: String {
        let received = totalReceived
        let refunded = totalRefunded
        if refunded > .zero { return refunded >= received ? "REFUNDED" : "PARTIALLY_REFUNDED" }
        if received >= totalPrice, received > .zero { return "PAID" }
        if cancelledAt != nil && received == .zero { return "VOIDED" }
        if received > .zero { return "PARTIALLY_PAID" }
        return isAuthorized ? "AUTHORIZED" : "PENDING"
    }

    /// `OrderDisplayFulfillmentStatus`.
    public var fulfillmentStatus: String {
        let open = fulfillmentOrders.filter { $0.status != "CANCELLED" }
        let total = open.flatMap(\.lineItems).reduce(0) { $0 + $1.totalQuantity }
        let remaining = open.flatMap(\.lineItems).reduce(0) { $0 + $1.remainingQuantity }
        if total == 0 || remaining == total { return "UNFULFILLED" }
        return remaining == 0 ? "FULFILLED" : "PARTIALLY_FULFILLED"
    }

    public var isClosed: Bool { closedAt != nil }

    public func lineItem(_ id: Int64) -> LineItemRecord? { lineItems.first { $0.id == id } }

    /// Units of a line not yet fulfilled.
    public func unfulfilledQuantity(of lineId: Int64) -> Int {
        fulfillmentOrders.filter { $0.status != "CANCELLED" }.flatMap(\.lineItems)
            .filter { $0.lineItemId == lineId }.reduce(0) { $0 + $1.remainingQuantity }
    }
}
