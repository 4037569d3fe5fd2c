import Testing
@testable import Sandbox

/// A record with fixed search values, to test the syntax apart from real records.
struct Probe: Searchable {
    var values: [String: [SearchValue]]
    var text: [String] = []

    func searchValues(_ field: String) -> [SearchValue]? { values[field] }
    var freeText: [String] { text }
}

func matches(_ query: String, _ probe: Probe) throws -> Bool {
    try SearchParser.parse(query).matches(probe)
}

@Suite("search syntax")
struct StoreSearchTests {
    let order = Probe(values: [
        "updated_at": [.time(SearchTime.parse("2026-11-30T12:00:00Z")!.start)],
        "status": [.text("any"), .text("open")],
        "financial_status": [.text("paid")],
        "tag": [.text("VIP"), .text("gift wrap")],
        "id": [.number(1_500)],
        "email": [.text("anna.smith@example.com")],
    ], text: ["#1001 anna"])

    @Test("field:value terms match case-insensitively, comparators compare")
    func terms() throws {
        #expect(try matches("financial_status:PAID", order))
        #expect(try !matches("financial_status:pending", order))
        #expect(try matches("id:>1000", order))
        #expect(try !matches("id:<1000", order))
        #expect(try matches("id:>=1500 id:<=1500", order))
        #expect(try matches("id:>'gid://shopify/Order/1499'", order))
    }

    @Test("dates compare as instants, a bare date as its whole day")
    func dates() throws {
        #expect(try matches("updated_at:>'2026-11-30T11:59:59Z'", order))
        #expect(try !matches("updated_at:>'2026-11-30T12:00:00Z'", order))
        #expect(try matches("updated_at:>=\"2026-11-30T12:00:00Z\"", order))
        #expect(try matches("updated_at:2026-11-30", order))
        #expect(try !matches("updated_at:>2026-11-30", order))
        #expect(try matches("updated_at:<'2026-11-30T13:00:00+01:00'", order) == false)
    }

    @Test("AND is implied, OR binds looser, NOT and - negate, parentheses group")
    func connectives() throws {
        #expect(try matches("status:open AND financial_status:paid", order))
        #expect(try !matches("status:closed financial_status:paid", order))
        #expect(try matches("status:closed OR financial_status:paid", order))
        #expect(try !matches("NOT financial_status:paid", order))
        #expect(try !matches("-tag:VIP", order))
        #expect(try matches("(status:closed OR tag:vip) AND id:1500", order))
        #expect(try !matches("status:closed OR tag:vip AND id:1", order))
    }

    @Test("quoted values keep spaces, a trailing * matches a prefix, commas list alternatives")
    func values() throws {
        #expect(try matches("tag:'gift wrap'", order))
        #expect(try matches("email:anna*", order))
        #expect(try !matches("email:bob*", order))
        #expect(try matches("financial_status:pending,paid", order))
        #expect(try matches("status:any", order))
    }

    @Test("unknown fields are ignored; a term without a field is free text")
    func unknownAndFree() throws {
        #expect(try matches("no_such_field:x", order))
        #expect(try matches("anna", order))
        #expect(try !matches("zebra", order))
    }

    @Test("malformed queries are errors, not crashes")
    func errors() {
        #expect(throws: SearchSyntaxError.self) { try SearchParser.parse("tag:'open") }
        #expect(throws: SearchSyntaxError.self) { try SearchParser.parse("(tag:a") }
        #expect(throws: SearchSyntaxError.self) { try SearchParser.parse("tag:a)") }
        #expect(throws: SearchSyntaxError.self) { try SearchParser.parse("tag:") }
    }

    @Test("generated orders answer the connector's filters")
    func realOrders() throws {
        let orders = try allOrders(makeStore())
        let query = try SearchParser.parse("financial_status:paid AND fulfillment_status:shipped")
        let hits = orders.filter { query.matches($0) }
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.financialStatus == "PAID" && $0.fulfillmentStatus == "FULFILLED" })
        let skuQuery = try SearchParser.parse("sku:1000*")
        #expect(orders.filter { skuQuery.matches($0) }.allSatisfy {
            $0.lineItems.contains { $0.sku?.hasPrefix("1000") == true } })
    }
}
