import Testing
@testable import Ledger
@testable import SyncService

@Suite("matching a shipment to open fulfilment-order lines")
struct FulfillmentPlanTests {
    typealias Open = FulfillmentOrders.OpenLine

    static func shipment(_ lines: [(Int64, Int)]) -> ShipmentToSend {
        ShipmentToSend(no: "S-1", shopifyOrderID: 1001, shopifyOrderNo: "#1001", trackingNo: "1Z999",
                       trackingCompany: "UPS", trackingURL: "",
                       lines: lines.enumerated().map { index, line in
                           ShipmentToSend.Line(lineNo: (index + 1) * 10000, shopifyLineID: line.0,
                                               quantity: line.1)
                       })
    }

    static func open(_ lines: [Open]) -> FulfillmentOrders {
        var orders = FulfillmentOrders()
        orders.lines = lines
        for line in lines { orders.remaining[line.lineID] = line.remaining }
        return orders
    }

    @Test("a line is sent against its line item's open fulfilment-order line")
    func simpleMatch() throws {
        let open = Self.open([Open(fulfillmentOrderID: "FO1", lineID: "FOL1", lineItemID: 71, locationID: "L1",
                                   remaining: 3)])
        let calls = try FulfillmentPlan.make(Self.shipment([(71, 2)]), open: open, linesPerCall: 250).get()
        #expect(calls.count == 1)
        #expect(calls[0].groups.map(\.0) == ["FO1"])
        #expect(calls[0].groups[0].1.map(\.1) == [2])
        #expect(calls[0].remainingAfter == ["FOL1": 1])
    }

    @Test("a quantity is spread over several fulfilment-order lines of the same line item")
    func spread() throws {
        let open = Self.open([
            Open(fulfillmentOrderID: "FO1", lineID: "A", lineItemID: 71, locationID: "L1", remaining: 1),
            Open(fulfillmentOrderID: "FO2", lineID: "B", lineItemID: 71, locationID: "L1", remaining: 5),
        ])
        let calls = try FulfillmentPlan.make(Self.shipment([(71, 4)]), open: open, linesPerCall: 250).get()
        #expect(calls.count == 1)
        #expect(calls[0].groups.map(\.0) == ["FO1", "FO2"])
        #expect(calls[0].groups.flatMap { $0.1.map(\.1) } == [1, 3])
    }

    @Test("lines at two Shopify locations make two calls")
    func twoLocations() throws {
        let open = Self.open([
            Open(fulfillmentOrderID: "FO1", lineID: "A", lineItemID: 71, locationID: "L1", remaining: 2),
            Open(fulfillmentOrderID: "FO2", lineID: "B", lineItemID: 72, locationID: "L2", remaining: 2),
        ])
        let calls = try FulfillmentPlan.make(Self.shipment([(71, 2), (72, 1)]), open: open, linesPerCall: 250).get()
        #expect(calls.map { $0.groups.map(\.0) } == [["FO1"], ["FO2"]])
    }

    @Test("more than the call limit of lines is cut into several calls")
    func cutIntoCalls() throws {
        let lines = (1...5).map { Open(fulfillmentOrderID: "FO1", lineID: "L\($0)", lineItemID: Int64($0),
                                       locationID: "L1", remaining: 1) }
        let shipment = Self.shipment((1...5).map { (Int64($0), 1) })
        let calls = try FulfillmentPlan.make(shipment, open: Self.open(lines), linesPerCall: 2).get()
        #expect(calls.map(\.lineCount) == [2, 2, 1])
    }

    @Test("shipping more than is open is refused with both quantities")
    func overQuantity() {
        let open = Self.open([Open(fulfillmentOrderID: "FO1", lineID: "A", lineItemID: 71, locationID: "L1",
                                   remaining: 1)])
        let result = FulfillmentPlan.make(Self.shipment([(71, 3)]), open: open, linesPerCall: 250)
        #expect(throws: PlanProblem.tooMuch(lineNo: 10000, lineItem: 71, wanted: 3, open: 1)) { try result.get() }
    }

    @Test("a line already fulfilled in Shopify matches nothing and is refused")
    func alreadyFulfilled() {
        let result = FulfillmentPlan.make(Self.shipment([(71, 1)]), open: Self.open([]), linesPerCall: 250)
        #expect(throws: PlanProblem.noOpenLine(lineNo: 10000, lineItem: 71)) { try result.get() }
    }

    @Test("the call carries the tracking details and the notify setting")
    func variables() throws {
        let open = Self.open([Open(fulfillmentOrderID: "FO1", lineID: "A", lineItemID: 71, locationID: "L1",
                                   remaining: 1)])
        let call = try FulfillmentPlan.make(Self.shipment([(71, 1)]), open: open, linesPerCall: 250).get()[0]
        let fulfillment = call.variables(Self.shipment([(71, 1)]), notify: false)["fulfillment"]
        #expect(fulfillment?["trackingInfo"]?["number"]?.stringValue == "1Z999")
        #expect(fulfillment?["trackingInfo"]?["company"]?.stringValue == "UPS")
        #expect(fulfillment?["trackingInfo"]?["url"] == nil)
        #expect(fulfillment?["notifyCustomer"]?.boolValue == false)
    }
}
