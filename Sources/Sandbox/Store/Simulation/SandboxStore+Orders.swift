/// What buyers and merchants do to orders, applied to the store the way Shopify's admin would:
/// each change lands in one transaction and bumps the order's `updatedAt` to sandbox now.
extension SandboxStore {
    /// Places `count` new orders now, drawn like generated ones (web, POS and B2B; paid,
    /// pending or authorised). Successive calls draw from a stream kept in the store, so a
    /// script replays the same orders. Returns their names.
    @discardableResult
    public func placeOrders(_ count: Int) throws -> [String] {
        guard count > 0 else { throw SimulationError.invalidQuantity(count) }
        return try transaction { session in
            let now = now(in: session)
            let draw = Int(try session.meta("simulation_draws") ?? "") ?? 0
            var generator = try StoreGenerator(continuing: session, draw: draw, now: now)
            guard !generator.locations.isEmpty else { throw SimulationError.emptyStore }
            var number = try session.lastOrderNumber() + 1
            var names: [String] = []
            for _ in 0..<count {
                let order = generator.makeOrder(number: number, createdAt: now)
                try session.save(order)
                names.append(order.name)
                number += 1
            }
            try generator.ids.save(in: session)
            try session.setMeta("simulation_draws", String(draw + 1))
            return names
        }
    }

    /// Captures an authorisation or takes a sale for what is outstanding.
    @discardableResult
    public func payOrder(_ name: String) throws -> OrderRecord {
        return try changeOrder(name) { order, time, ids in
            let owed = order.totalOutstanding
            guard owed > .zero else { throw SimulationError.nothingToPay(order: name) }
            order.addTransaction(kind: order.isAuthorized ? "CAPTURE" : "SALE", amount: owed,
                                 time: time, ids: &ids)
        }
    }

    /// Cancels the order, refunding what was paid and cancelling what was not shipped.
    @discardableResult
    public func cancelOrder(_ name: String, reason: String = "CUSTOMER") throws -> OrderRecord {
        return try changeOrder(name) { order, time, ids in
            order.cancel(reason: reason, time: time, ids: &ids, refundPaid: true)
        }
    }

    /// Refunds `amount`, or everything paid and not yet refunded.
    @discardableResult
    public func refundOrder(_ name: String, amount: Money? = nil) throws -> OrderRecord {
        return try changeOrder(name, allowCancelled: true) { order, time, ids in
            let available = order.totalReceived - order.totalRefunded
            guard available > .zero else { throw SimulationError.nothingToRefund(order: name) }
            let refund = amount ?? available
            guard refund > .zero else { throw SimulationError.invalidAmount(refund.decimalText) }
            guard refund <= available else {
                throw SimulationError.refundTooLarge(order: name, available: available.moneyText)
            }
            order.refund(refund, time: time, ids: &ids, note: "Refunded in the sandbox")
        }
    }

    /// Fulfils everything left on the order's open fulfillment orders, as the merchant does in
    /// Shopify's admin (not through the connector).
    @discardableResult
    public func fulfilOrder(_ name: String) throws -> OrderRecord {
        return try changeOrder(name) { order, time, ids in
            let open = order.fulfillmentOrders.indices.filter {
                ["OPEN", "IN_PROGRESS"].contains(order.fulfillmentOrders[$0].status)
                    && order.fulfillmentOrders[$0].lineItems.contains { $0.remainingQuantity > 0 }
            }
            guard !open.isEmpty else { throw SimulationError.nothingToFulfil(order: name) }
            for index in open {
                _ = order.fulfil(orderIndex: index, quantities: nil, time: time, ids: &ids,
                                 tracking: ["SBX\(order.number)\(index)"], company: "UPS")
            }
        }
    }

    /// Adds `quantity` units of the variant with `sku` as a new line (an order edit).
    @discardableResult
    public func addLine(to name: String, sku: String, quantity: Int) throws -> OrderRecord {
        guard quantity > 0 else { throw SimulationError.invalidQuantity(quantity) }
        return try changeOrder(name) { order, time, ids, session in
            guard let variant = try session.lookup(VariantRecord.self, key: sku).first else {
                throw SimulationError.unknownSKU(sku)
            }
            order.addLine(variant: variant, quantity: quantity, time: time, ids: &ids)
        }
    }

    /// Sets the quantity of the order's line with `sku` (0 removes it), never below what was
    /// already fulfilled (an order edit).
    @discardableResult
    public func setLineQuantity(of name: String, sku: String, quantity: Int) throws -> OrderRecord {
        guard quantity >= 0 else { throw SimulationError.invalidQuantity(quantity) }
        return try changeOrder(name) { order, time, _ in
            try order.setQuantity(sku: sku, to: quantity, time: time)
        }
    }

    /// Loads the order called `name`, applies `change` at sandbox now and saves it.
    func changeOrder(_ name: String, allowCancelled: Bool = false,
                     _ change: (inout OrderRecord, Int64, inout IDAllocator) throws -> Void) throws
        -> OrderRecord {
        try changeOrder(name, allowCancelled: allowCancelled) { order, time, ids, _ in
            try change(&order, time, &ids)
        }
    }

    func changeOrder(_ name: String, allowCancelled: Bool = false,
                     _ change: (inout OrderRecord, Int64, inout IDAllocator, StoreSession) throws
                         -> Void) throws -> OrderRecord {
        let key = name.hasPrefix("#") ? name : "#" + name
        return try transaction { session in
            guard var order = try session.lookup(OrderRecord.self, key: key).first else {
                throw SimulationError.unknownOrder(name)
            }
            guard allowCancelled || order.cancelledAt == nil else {
                throw SimulationError.cancelled(order: order.name)
            }
            let time = now(in: session)
            var ids = try IDAllocator(loadingFrom: session)
            try change(&order, time, &ids, session)
            order.updatedAt = max(order.updatedAt, time)
            try session.save(order)
            try ids.save(in: session)
            return order
        }
    }
}

extension StoreSession {
    /// The highest order number in the store (1000 when there is none, so the first is #1001).
    func lastOrderNumber() throws -> Int {
        let sql = "SELECT MAX(CAST(SUBSTR(lookup, 2) AS INTEGER)) FROM records WHERE kind = 'Order'"
        return try database.scalar(sql)?.int ?? 1000
    }
}
