import Foundation
import Testing
@testable import Ledger

@Suite("cue counts and drill-downs on a seeded ledger")
struct CueQueryTests {
    static let expectedAcrossShops: [Cue: Int] = [
        .unmappedCustomers: 2, .unmappedCompanies: 1, .unmappedProducts: 1, .unprocessedOrders: 2,
        .unprocessedShipments: 1, .shipmentErrors: 1, .syncErrors: 1, .unprocessedOrderUpdates: 1,
        .skippedRecords: 1, .apiErrors: 1,
    ]

    @Test("every cue counts exactly the records that need a person, across all shops")
    func countsAcrossShops() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let counts = try scenario.ledger.cueCounts()
        #expect(counts.map(\.cue) == Cue.allCases)
        for count in counts {
            #expect(count.count == Self.expectedAcrossShops[count.cue], "\(count.cue.rawValue)")
        }
    }

    @Test("a shop's dashboard leaves out the other shops' records")
    func countsPerShop() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let demo = Dictionary(uniqueKeysWithValues: try scenario.ledger.cueCounts(shop: "demo")
            .map { ($0.cue, $0.count) })
        #expect(demo[.unmappedCustomers] == 1)
        #expect(demo[.apiErrors] == 0)
        #expect(demo[.unprocessedOrders] == 2)
        let eu = try scenario.ledger.cueCounts(shop: "eu").filter { $0.count > 0 }.map(\.cue)
        #expect(eu == [.unmappedCustomers, .apiErrors])
    }

    @Test("the drill-down lists the same records as the count, each with its reason and fix")
    func drillDownMatchesCount() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        for count in try scenario.ledger.cueCounts() {
            let records = try scenario.ledger.cueRecords(count.cue)
            #expect(records.count == count.count, "\(count.cue.rawValue)")
            for record in records {
                #expect(!record.reason.isEmpty && !record.fix.isEmpty, "\(count.cue.rawValue)")
            }
        }
    }

    @Test("reasons name what is missing and fixes name the command")
    func reasonsAndFixes() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let ledger = scenario.ledger
        let orders = try ledger.cueRecords(.unprocessedOrders).sorted { $0.record < $1.record }
        #expect(orders.map(\.record) == ["order #1002", "order #1003"])
        #expect(orders[1].reason == "line 2 (SKU BOX-9) maps to no item")
        #expect(orders[0].fix == "create sales documents")
        let customers = try ledger.cueRecords(.unmappedCustomers).sorted { $0.shop < $1.shop }
        #expect(customers[0].reason == "no ERP customer has bob@example.com")
        #expect(customers[1].reason == "no email or phone to map it by")
        #expect(try ledger.cueRecords(.unmappedProducts).first?.reason == "no item matches SKU \"BOX-9\"")
        let shipment = try #require(try ledger.cueRecords(.shipmentErrors).first)
        #expect(shipment.reason == "line 5 is no longer open in Shopify")
        #expect(shipment.fix == "shipment \"S-3\" retry")
        #expect(try ledger.cueRecords(.unprocessedOrderUpdates).first?.fix == "order \"#1005\" resolve")
        #expect(try ledger.cueRecords(.syncErrors).first?.fix == "job \"nightly orders\" retry")
        #expect(try ledger.cueRecords(.apiErrors).first?.reason == "HTTP 502 (request id req-1)")
    }

    @Test("fixing a mapping takes the record off its cue")
    func fixingLowersTheCount() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        _ = try scenario.ledger.connection.run(
            "UPDATE shopify_customer SET customer_no = 'C1' WHERE id = 2")
        let count = try scenario.ledger.cueCounts(shop: "demo").first { $0.cue == .unmappedCustomers }
        #expect(count?.count == 0)
        #expect(count?.state == .green)
    }
}

@Suite("cue thresholds")
struct CueThresholdTests {
    @Test("standard thresholds: 0 green, 1 to 5 yellow, 6 or more red")
    func standardColours() {
        let standard = CueThresholds.standard
        #expect([0, 1, 5, 6, 40].map { standard.state(of: $0) } == [.green, .yellow, .yellow, .red, .red])
    }

    @Test("changed thresholds are stored and used by the counts")
    func storedThresholds() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        try scenario.ledger.setCueThresholds(.unprocessedOrders, CueThresholds(first: 3, second: 3))
        try scenario.ledger.setCueThresholds(.apiErrors, CueThresholds(first: 0, second: 0))
        let counts = try scenario.ledger.cueCounts()
        #expect(counts.first { $0.cue == .unprocessedOrders }?.state == .green)
        #expect(counts.first { $0.cue == .apiErrors }?.state == .red)
        #expect(try scenario.ledger.cueThresholds()[.unprocessedOrders] == CueThresholds(first: 3, second: 3))
    }

    @Test("thresholds out of order are refused and change nothing")
    func refusedThresholds() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        #expect(throws: LedgerError.self) {
            try scenario.ledger.setCueThresholds(.syncErrors, CueThresholds(first: 5, second: 2))
        }
        #expect(try scenario.ledger.cueThresholds()[.syncErrors] == nil)
    }
}
