import GraphQL
import Ledger
import ShopifyClient

/// What is still open to fulfil on one Shopify order: its fulfilment-order lines with their
/// remaining quantities and locations, and the fulfilments it already has.
struct FulfillmentOrders {
    struct OpenLine: Equatable {
        let fulfillmentOrderID: String
        let lineID: String
        let lineItemID: Int64
        let locationID: String
        let remaining: Int
    }

    var lines: [OpenLine] = []
    /// Remaining quantity by fulfilment-order line id.
    var remaining: [String: Int] = [:]
    var fulfillmentIDs: [Int64] = []

    static let fulfillable: Set<String> = ["OPEN", "IN_PROGRESS"]

    static func read(orderID: Int64, client: ShopifyClient) throws(ShopifyError) -> FulfillmentOrders {
        let response = try client.execute(ShopifyDocuments.fulfillmentOrdersOfOrder,
                                          variables: ["id": .string("gid://shopify/Order/\(orderID)")])
        var result = FulfillmentOrders()
        let order = response.data?["order"]
        for fulfillment in order?["fulfillments"]?.arrayValue ?? [] {
            if let id = fulfillment["id"]?.stringValue.flatMap(GlobalID<FulfillmentResource>.init)?.number {
                result.fulfillmentIDs.append(id)
            }
        }
        for fo in order?["fulfillmentOrders"]?["nodes"]?.arrayValue ?? [] {
            guard let foID = fo["id"]?.stringValue else { continue }
            let status = fo["status"]?.stringValue ?? ""
            let location = fo["assignedLocation"]?["location"]?["id"]?.stringValue ?? ""
            for line in fo["lineItems"]?["nodes"]?.arrayValue ?? [] {
                guard let lineID = line["id"]?.stringValue,
                      let item = line["lineItem"]?["id"]?.stringValue
                        .flatMap(GlobalID<LineItemResource>.init)?.number else { continue }
                let left = line["remainingQuantity"]?.intValue ?? 0
                result.remaining[lineID] = left
                if fulfillable.contains(status), left > 0 {
                    result.lines.append(OpenLine(fulfillmentOrderID: foID, lineID: lineID, lineItemID: item,
                                                 locationID: location, remaining: left))
                }
            }
        }
        return result
    }
}

/// One `fulfillmentCreate`: lines of fulfilment orders at one location.
struct FulfillmentCall: Equatable {
    /// (fulfilment order, [(fulfilment-order line, quantity)]), in order.
    var groups: [(String, [(String, Int)])] = []
    /// For the lost-reply check: each line's remaining quantity once this call has landed.
    var remainingAfter: [String: Int] = [:]

    var lineCount: Int { groups.reduce(0) { $0 + $1.1.count } }

    func variables(_ shipment: ShipmentToSend, notify: Bool) -> JSONObject {
        let byOrder: [JSON] = groups.map { fo, lines in
            .object(["fulfillmentOrderId": .string(fo),
                     "fulfillmentOrderLineItems": .array(lines.map { id, quantity in
                         .object(["id": .string(id), "quantity": .int(quantity)])
                     })])
        }
        var tracking: JSONObject = [:]
        if !shipment.trackingNo.isEmpty { tracking["number"] = .string(shipment.trackingNo) }
        if !shipment.trackingCompany.isEmpty { tracking["company"] = .string(shipment.trackingCompany) }
        if !shipment.trackingURL.isEmpty { tracking["url"] = .string(shipment.trackingURL) }
        var fulfillment: JSONObject = ["lineItemsByFulfillmentOrder": .array(byOrder),
                                       "notifyCustomer": .bool(notify)]
        if !tracking.isEmpty { fulfillment["trackingInfo"] = .object(tracking) }
        return ["fulfillment": .object(fulfillment)]
    }

    static func == (a: FulfillmentCall, b: FulfillmentCall) -> Bool {
        a.remainingAfter == b.remainingAfter && a.groups.map(\.0) == b.groups.map(\.0)
            && a.groups.map { $0.1.map(\.0) } == b.groups.map { $0.1.map(\.0) }
            && a.groups.map { $0.1.map(\.1) } == b.groups.map { $0.1.map(\.1) }
    }
}

/// Why a shipment cannot be sent as it is.
enum PlanProblem: Error, CustomStringConvertible, Equatable {
    case noOpenLine(lineNo: Int, lineItem: Int64)
    case tooMuch(lineNo: Int, lineItem: Int64, wanted: Int, open: Int)

    var description: String {
        switch self {
        case .noOpenLine(let lineNo, let item):
            return "line \(lineNo) (Shopify line item \(item)) is no longer open to fulfil in Shopify"
        case .tooMuch(let lineNo, let item, let wanted, let open):
            return "line \(lineNo) (Shopify line item \(item)) ships \(wanted), but only \(open) "
                + "are open to fulfil in Shopify"
        }
    }
}

/// Matches a shipment's lines to open fulfilment-order lines and cuts the result into calls.
enum FulfillmentPlan {
    static func make(_ shipment: ShipmentToSend, open: FulfillmentOrders, linesPerCall: Int)
        -> Result<[FulfillmentCall], PlanProblem>
    {
        var left = Dictionary(uniqueKeysWithValues: open.lines.map { ($0.lineID, $0.remaining) })
        var taken: [(FulfillmentOrders.OpenLine, Int)] = []
        for line in shipment.lines {
            let candidates = open.lines.filter { $0.lineItemID == line.shopifyLineID }
            guard !candidates.isEmpty else {
                return .failure(.noOpenLine(lineNo: line.lineNo, lineItem: line.shopifyLineID))
            }
            var wanted = line.quantity
            for candidate in candidates where wanted > 0 {
                let quantity = min(wanted, left[candidate.lineID] ?? 0)
                guard quantity > 0 else { continue }
                left[candidate.lineID]! -= quantity
                wanted -= quantity
                taken.append((candidate, quantity))
            }
            if wanted > 0 {
                let available = candidates.reduce(0) { $0 + $1.remaining }
                return .failure(.tooMuch(lineNo: line.lineNo, lineItem: line.shopifyLineID,
                                         wanted: line.quantity, open: available))
            }
        }
        return .success(calls(taken, linesPerCall: linesPerCall))
    }

    /// One call per location (Shopify fulfils one location's fulfilment orders per call), split
    /// further so no call carries more than `linesPerCall` lines.
    static func calls(_ taken: [(FulfillmentOrders.OpenLine, Int)], linesPerCall: Int) -> [FulfillmentCall] {
        var locations: [String] = []
        for (line, _) in taken where !locations.contains(line.locationID) { locations.append(line.locationID) }
        var result: [FulfillmentCall] = []
        var after: [String: Int] = [:]
        for location in locations {
            var call = FulfillmentCall()
            for (line, quantity) in taken where line.locationID == location {
                if call.lineCount == linesPerCall {
                    result.append(call)
                    call = FulfillmentCall()
                }
                if let index = call.groups.firstIndex(where: { $0.0 == line.fulfillmentOrderID }) {
                    call.groups[index].1.append((line.lineID, quantity))
                } else {
                    call.groups.append((line.fulfillmentOrderID, [(line.lineID, quantity)]))
                }
                after[line.lineID] = (after[line.lineID] ?? line.remaining) - quantity
                call.remainingAfter[line.lineID] = after[line.lineID]
            }
            result.append(call)
        }
        return result
    }
}
