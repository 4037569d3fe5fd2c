import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// `sync shipments`: each posted shipment of a Shopify order not yet sent becomes fulfilments
/// in Shopify. Its lines are matched to the order's open fulfilment-order lines by line item,
/// a quantity spread over several of them when one has too little left; one `fulfillmentCreate`
/// per Shopify location, at most 250 lines each, with the shipment's tracking details.
///
/// A reply lost after Shopify created the fulfilment must not create a second one, so before a
/// resend the client re-reads the fulfilment orders: if the remaining quantities already fell by
/// what was sent, the write landed.
struct ShipmentSync: SyncEngine {
    static let task = "sync shipments"
    static let linesPerCall = 250

    let sync: SyncContext
    let filter: Filter?
    let notifyCustomer: Bool

    func run() throws -> SyncSummary {
        let started = client.clock.now()
        var summary = SyncSummary(task: Self.task, dryRun: dryRun)
        for shipment in try ledger.shipmentsToSend(shop: shop, where: filter) {
            try checkCancellation()
            summary.fetched += 1
            let outcome = try send(shipment)
            switch outcome {
            case .sent(let id):
                summary.created += 1
                if !dryRun { try ledger.setShipmentFulfillment(shipment.no, id: id) }
            case .nothingToSend:
                summary.skipped += 1
                if !dryRun { try ledger.setShipmentFulfillment(shipment.no, id: -2) }
            case .refused(let reason):
                summary.failed += 1
                if !dryRun { try ledger.setShipmentFulfillment(shipment.no, id: -1, error: reason) }
            }
            progress(summary)
        }
        summary.finish(client: client, started: started, now: client.clock.now())
        return summary
    }

    enum Outcome: Equatable {
        case sent(Int64)
        case nothingToSend
        case refused(String)
    }

    /// Plans and sends one shipment. Shopify's refusals become `.refused`; transport failures
    /// that outlast the client's retries stop the run (the shipment stays unsent).
    func send(_ shipment: ShipmentToSend) throws -> Outcome {
        guard !shipment.lines.isEmpty else { return .nothingToSend }
        let open = try FulfillmentOrders.read(orderID: shipment.shopifyOrderID, client: client)
        let plan: [FulfillmentCall]
        switch FulfillmentPlan.make(shipment, open: open, linesPerCall: Self.linesPerCall) {
        case .failure(let problem): return .refused(problem.description)
        case .success(let calls): plan = calls
        }
        guard !dryRun else { return .sent(0) }
        var created: [Int64] = []
        for call in plan {
            switch try create(call, shipment) {
            case .success(let id): created.append(id)
            case .failure(let reason):
                let landed = created.isEmpty ? "" : "; fulfilments \(created) were created first"
                return .refused(reason.description + landed)
            }
        }
        return .sent(created.last ?? 0)
    }

    /// One `fulfillmentCreate`; the id created, or Shopify's user errors.
    private func create(_ call: FulfillmentCall, _ shipment: ShipmentToSend) throws -> Result<Int64, RefusalText> {
        let orderID = shipment.shopifyOrderID
        let expected = call.remainingAfter
        let verify: ShopifyClient.LostReplyCheck = { client throws(ShopifyError) in
            let now = try FulfillmentOrders.read(orderID: orderID, client: client)
            return expected.allSatisfy { line, after in (now.remaining[line] ?? 0) <= after }
        }
        let response = try client.execute(ShopifyDocuments.fulfillmentCreate,
                                          variables: call.variables(shipment, notify: notifyCustomer),
                                          verify: verify)
        let payload = response.data?["fulfillmentCreate"]
        let errors = payload?["userErrors"]?.arrayValue ?? []
        if !errors.isEmpty {
            return .failure(RefusalText(errors.compactMap { $0["message"]?.stringValue }
                .joined(separator: "; ")))
        }
        if let gid = payload?["fulfillment"]?["id"]?.stringValue,
           let id = GlobalID<FulfillmentResource>(gid)?.number {
            return .success(id)
        }
        // The reply was lost but the check found the write landed: the newest fulfilment is ours.
        guard let newest = try FulfillmentOrders.read(orderID: orderID, client: client).fulfillmentIDs.max()
        else { return .failure(RefusalText("Shopify took the fulfilment but lists none; check the order")) }
        return .success(newest)
    }
}

struct RefusalText: Error, CustomStringConvertible {
    let description: String
    init(_ text: String) { description = text.isEmpty ? "refused by Shopify" : text }
}
