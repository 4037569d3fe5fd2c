import Foundation
import GraphQL
import ShopSyncCore
import Testing
@testable import Sandbox

/// Runs `query` and returns `data`, recording any error as a test issue.
func data(_ engine: SandboxGraphQLEngine, _ query: String, _ variables: [String: JSON] = [:],
          sourceLocation: SourceLocation = #_sourceLocation) -> JSON {
    let result = engine.run(query, variables: variables)
    #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
    return result.data ?? .null
}

func json(_ value: JSON?, _ path: String...) -> JSON? {
    var current = value
    for key in path {
        if let index = Int(key) { current = current?.arrayValue.flatMap { index < $0.count ? $0[index] : nil } } else {
            current = current?[key]
        }
    }
    return current
}

@Suite("engine queries")
struct EngineQueryTests {
    static let store = try! makeStore(sizes: StoreSizes(customers: 600, products: 20, orders: 150, companies: 2))
    let engine = SandboxGraphQLEngine(store: Self.store)

    @Test("600 customers page as 250, 250 and 100 with opaque cursors, forward and backward")
    func paging() {
        var ids: [String] = []
        var after: JSON = .null
        var sizes: [Int] = []
        for _ in 0..<4 {
            let page = data(engine, """
                query($after: String) { customers(first: 250, after: $after) {
                  edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
                """, ["after": after])
            let edges = json(page, "customers", "edges")?.arrayValue ?? []
            sizes.append(edges.count)
            ids += edges.compactMap { json($0, "node", "id")?.stringValue }
            guard json(page, "customers", "pageInfo", "hasNextPage")?.boolValue == true else { break }
            after = json(page, "customers", "pageInfo", "endCursor") ?? .null
        }
        #expect(sizes == [250, 250, 100])
        #expect(Set(ids).count == 600)
        #expect(ids == ids.sorted { GlobalID.parse($0)!.id < GlobalID.parse($1)!.id })
        let back = data(engine, "{ customers(last: 100) { nodes { id } pageInfo { hasPreviousPage } } }")
        #expect(json(back, "customers", "nodes")?.arrayValue?.compactMap { $0["id"]?.stringValue }
            == Array(ids.suffix(100)))
        #expect(json(back, "customers", "pageInfo", "hasPreviousPage") == .bool(true))
    }

    @Test("first over 250, no first or last, and a garbage cursor are BAD_REQUEST field errors")
    func pagingErrors() {
        let tooMany = engine.run("{ orders(first: 251) { nodes { id } } }")
        #expect(tooMany.errors.first?.code == "BAD_REQUEST")
        #expect(tooMany.errors.first?.path == ["orders"])
        let neither = engine.run("{ orders { nodes { id } } }")
        #expect(neither.errors.first?.message == "you must provide one of first or last")
        let garbage = engine.run("{ orders(first: 5, after: \"zzz\") { nodes { id } } }")
        #expect(garbage.errors.first?.message == "Malformed cursor")
    }

    @Test("orders filter by updated_at and sort by UPDATED_AT, reverse flips the order")
    func searchAndSort() throws {
        let orders = try allOrders(Self.store).map(\.updatedAt).sorted()
        let middle = orders[orders.count / 2]
        let since = SandboxTime.iso8601(middle)
        let page = data(engine, """
            { orders(first: 250, sortKey: UPDATED_AT, query: "updated_at:>='\(since)' AND status:any") {
                nodes { updatedAt } } }
            """)
        let times = json(page, "orders", "nodes")?.arrayValue?.compactMap { $0["updatedAt"]?.stringValue } ?? []
        #expect(times.count == orders.filter { $0 >= middle }.count)
        #expect(times == times.sorted())
        let reversed = data(engine, "{ orders(first: 5, sortKey: UPDATED_AT, reverse: true) { nodes { updatedAt } } }")
        let latest = json(reversed, "orders", "nodes")?.arrayValue?.compactMap { $0["updatedAt"]?.stringValue } ?? []
        #expect(latest == latest.sorted(by: >))
        #expect(latest.first == SandboxTime.iso8601(orders.last!))
    }

    @Test("an order reads with money bags, lines, fulfillment orders, aliases and fragments")
    func orderShape() throws {
        let order = try #require(try allOrders(Self.store).first { $0.presentmentCurrency != "USD" })
        let result = data(engine, """
            query($id: ID!) { order(id: $id) { __typename name total: totalPriceSet { ...Bag }
              displayFinancialStatus lineItems(first: 10) { nodes { sku quantity } }
              fulfillmentOrders(first: 5) { nodes { status lineItems(first: 10) { nodes { remainingQuantity } } } }
              customer @include(if: true) { id } note @skip(if: true) } }
            fragment Bag on MoneyBag { shopMoney { amount currencyCode } presentmentMoney { currencyCode } }
            """, ["id": .string(order.gid)])
        #expect(json(result, "order", "__typename") == .string("Order"))
        #expect(json(result, "order", "name") == .string(order.name))
        #expect(json(result, "order", "total", "shopMoney", "amount") == .string(order.totalPrice.decimalText))
        #expect(json(result, "order", "total", "presentmentMoney", "currencyCode")
            == .string(order.presentmentCurrency))
        #expect(json(result, "order", "lineItems", "nodes")?.arrayValue?.count == order.lineItems.count)
        #expect(json(result, "order", "note") == nil)
    }

    @Test("an id that matches nothing reads as null without an error; node finds nested objects")
    func lookups() throws {
        let missing = data(engine, "{ order(id: \"gid://shopify/Order/1\") { id } }")
        #expect(json(missing, "order") == .null)
        let order = try #require(try allOrders(Self.store).first { !$0.fulfillmentOrders.isEmpty })
        let gid = GlobalID.make("FulfillmentOrder", order.fulfillmentOrders[0].id)
        let node = data(engine, "{ node(id: \"\(gid)\") { id ... on FulfillmentOrder { order { name } } } }")
        #expect(json(node, "node", "order", "name") == .string(order.name))
    }

    @Test("money is written as Shopify writes it")
    func moneyText() {
        #expect(Money(text: "13.50")?.decimalText == "13.5")
        #expect(Money(text: "9")?.decimalText == "9.0")
        #expect(Money.zero.decimalText == "0.0")
        #expect(Money(text: "79.99")?.moneyText == "79.99")
        #expect(Money(text: "1")?.moneyText == "1.00")
        #expect(Money(text: "1.2.3") == nil)
    }
}

@Suite("engine behind the endpoint")
struct EngineEndpointTests {
    @Test("a GraphQL request through the endpoint in-process reads the store and reports its cost")
    func throughEndpoint() throws {
        let store = try makeStore(sizes: StoreSizes(customers: 5, products: 3, orders: 12, companies: 1))
        let endpoint = SandboxEndpoint(engine: SandboxGraphQLEngine(store: store), accessToken: "shpat_test",
                                       clock: ManualClock(Timestamp(seconds: 1_795_000_000)))
        let body = #"{"query":"{ orders(first: 3) { nodes { name } } }"}"#
        let reply = try endpoint.performGraphQL(version: "2026-07", accessToken: "shpat_test", body: Array(body.utf8))
        #expect(reply.status == 200)
        let response = try JSON.parse(reply.bodyText)
        #expect(json(response, "data", "orders", "nodes")?.arrayValue?.count == 3)
        let requested = try #require(json(response, "extensions", "cost", "requestedQueryCost")?.intValue)
        let actual = try #require(json(response, "extensions", "cost", "actualQueryCost")?.intValue)
        #expect(requested > 0 && actual <= requested)
        #expect(json(response, "extensions", "cost", "throttleStatus", "currentlyAvailable") == .int(2000 - actual))
    }
}

@Suite("engine: order refunds")
struct EngineRefundTests {
    let engine = SandboxGraphQLEngine(store: EngineQueryTests.store)

    @Test("an order's refunds are served, and their amounts add up to what the order says was refunded")
    func refunds() throws {
        let page = data(engine, """
            { orders(first: 150) { nodes { totalRefundedSet { shopMoney { amount } }
              refunds(first: 10) { id createdAt totalRefundedSet { shopMoney { amount } }
                refundLineItems(first: 10) { nodes { quantity lineItem { id } } } } } } }
            """)
        let orders = json(page, "orders", "nodes")?.arrayValue ?? []
        let refunded = orders.filter { !($0["refunds"]?.arrayValue?.isEmpty ?? true) }
        #expect(!refunded.isEmpty, "the generated history has refunds")
        for order in refunded {
            let refunds = order["refunds"]?.arrayValue ?? []
            let sum = refunds.compactMap { Decimal(string: json($0, "totalRefundedSet", "shopMoney", "amount")?
                .stringValue ?? "") }.reduce(0, +)
            let total = Decimal(string: json(order, "totalRefundedSet", "shopMoney", "amount")?.stringValue ?? "")
            #expect(sum == total)
            #expect(refunds.allSatisfy { $0["id"]?.stringValue?.hasPrefix("gid://shopify/Refund/") == true })
        }
    }
}
