import Foundation
import GraphQL
import ShopSyncCore
import ShopifyClient
import Testing

@Suite("Decoding")
struct DecodingTests {
    @Test("money is decoded from its string exactly, never through Double")
    func money() throws {
        let json = try JSON.parse(#"{"amount":"0.1","currencyCode":"EUR"}"#)
        let money = try Money(from: NodeReader(json))
        #expect(money.amount == Decimal(string: "0.1", locale: Locale(identifier: "en_US_POSIX")))
        #expect(money.currencyCode == "EUR")
        #expect(Money.decimal("13.5") == Money.decimal("13.50"))
    }

    @Test("amounts that are not plain decimals are refused",
          arguments: ["1,50", "1e3", "", ".5", "5.", "NaN", " 1", "+1"])
    func strictMoney(text: String) {
        #expect(Money.decimal(text) == nil)
    }

    @Test("an enum value the client does not know is kept as unknown")
    func unknownEnum() {
        let status = OpenEnum<Order.FinancialStatus>("PAID_IN_CRYPTO")
        #expect(status == .unknown("PAID_IN_CRYPTO"))
        #expect(OpenEnum<Order.FinancialStatus>("PAID") == .known(.paid))
    }

    @Test("global ids are typed: an order id is not a customer id")
    func typedIDs() {
        #expect(GlobalID<Order>("gid://shopify/Order/42")?.number == 42)
        #expect(GlobalID<Customer>("gid://shopify/Order/42") == nil)
        #expect(GlobalID<InventoryItemResource>("gid://shopify/InventoryItem/1?x=2") != nil)
    }

    @Test("a malformed order becomes a recorded problem and the rest of the page is decoded")
    func malformedRecord() throws {
        var bad = FakeShopify.order(number: 2)
        if case .object(var members) = bad {
            members["totalPriceSet"] = FakeShopify.money("12,50")
            bad = .object(members)
        }
        let nodes: [JSON] = [FakeShopify.order(number: 1), bad, FakeShopify.order(number: 3)]
        let data = JSON.object(["orders": .object(["pageInfo": .object(["hasNextPage": .bool(false)]),
                                                   "nodes": .array(nodes)])])
        let page = try DecodedPage<Order>.decode(data, path: ["orders"]).get()
        #expect(page.records.map(\.name) == ["#1001", "#1003"])
        #expect(page.problems.count == 1)
        #expect(page.problems.first?.recordID == "gid://shopify/Order/2")
        #expect(page.problems.first?.problem.path == "$.orders.nodes[1].totalPriceSet.shopMoney.amount")
    }

    @Test("a missing optional field is nil; a missing required one is a problem naming it")
    func optionalFields() throws {
        let customer = try Customer(from: NodeReader(try JSON.parse(#"{"id":"gid://shopify/Customer/1"}"#)))
        #expect(customer.email == nil && customer.state == nil && customer.tags.isEmpty)
        #expect(throws: DecodeProblem(path: "$.title", message: "missing")) {
            try Product(from: NodeReader(try JSON.parse(#"{"id":"gid://shopify/Product/1"}"#)))
        }
    }

    @Test("DateTime text becomes an instant; offsets and fractions are honoured")
    func dateTimes() {
        let zulu = DateTimeText.parse("2026-06-16T08:06:19Z")
        #expect(zulu == DateTimeText.parse("2026-06-16T10:06:19+02:00"))
        #expect(DateTimeText.parse("2026-06-16T08:06:19.500Z")?.milliseconds == (zulu?.milliseconds ?? 0) + 500)
        #expect(DateTimeText.parse("2026-13-16T08:06:19Z") == nil)
    }

    @Test("errors may be a list, a string or an object, as non-200 replies send them")
    func errorShapes() throws {
        let string = try GraphQLResponse.decode(status: 401, headers: [:],
                                                body: Array(#"{"errors":"Invalid"}"#.utf8)).get()
        #expect(string.errors == [ResponseError(message: "Invalid")])
        let object = try GraphQLResponse.decode(status: 400, headers: [:],
                                                body: Array(#"{"errors":{"query":"missing"}}"#.utf8)).get()
        #expect(object.errors == [ResponseError(message: "query: missing")])
    }
}
