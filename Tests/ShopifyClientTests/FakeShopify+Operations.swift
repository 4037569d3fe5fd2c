import GraphQL
import ShopifyClient

/// The operations the fake answers, by operation name.
extension FakeShopify {
    func execute(_ operation: String, _ variables: JSONObject) -> JSON {
        switch operation {
        case "OrderImportPage": return ordersPage(variables)
        case "FulfillmentCreate": return fulfillmentCreate(variables)
        case "FulfillmentOrdersOfOrder": return fulfillmentsOfOrder(variables)
        case "InventorySetQuantities": return inventorySet(variables)
        case "ShopIdentity": return shopIdentity()
        case "ShopAccess": return shopAccess()
        case "BulkOperationRunQuery": return bulkRun()
        case "BulkOperationPoll": return bulkPoll()
        default: return .object([:])
        }
    }

    func ordersPage(_ variables: JSONObject) -> JSON {
        let total = state.withLock { $0.orderCount }
        let first = variables["first"]?.intValue ?? 250
        let start = variables["after"]?.stringValue.flatMap { Int($0) } ?? 0
        let end = min(total, start + first)
        let nodes = (start..<end).map { FakeShopify.order(number: $0 + 1) }
        return .object(["orders": .object([
            "pageInfo": .object(["hasNextPage": .bool(end < total), "endCursor": .string(String(end))]),
            "nodes": .array(nodes),
        ])])
    }

    static func money(_ amount: String) -> JSON {
        let money = JSON.object(["amount": .string(amount), "currencyCode": .string("USD")])
        return .object(["shopMoney": money, "presentmentMoney": money])
    }

    static func order(number: Int) -> JSON {
        let line = JSON.object([
            "id": .string("gid://shopify/LineItem/\(number)"), "title": .string("Widget"),
            "sku": .string("W-1"), "quantity": .int(2), "currentQuantity": .int(2),
            "variant": .object(["id": .string("gid://shopify/ProductVariant/7")]),
            "originalUnitPriceSet": money("19.99"), "discountedTotalSet": money("39.98"),
        ])
        return .object([
            "id": .string("gid://shopify/Order/\(number)"), "name": .string("#\(1000 + number)"),
            "createdAt": .string("2026-11-01T10:00:00Z"), "updatedAt": .string("2026-11-02T10:00:00Z"),
            "closed": .bool(false), "cancelledAt": .null, "email": .string("buyer\(number)@example.com"),
            "currencyCode": .string("USD"), "displayFinancialStatus": .string("PAID"),
            "displayFulfillmentStatus": .string("UNFULFILLED"), "tags": .array([]),
            "customer": .object(["id": .string("gid://shopify/Customer/\(number)")]),
            "totalPriceSet": money("39.98"),
            "lineItems": .object(["pageInfo": .object(["hasNextPage": .bool(false)]), "nodes": .array([line])]),
            "shippingLines": .object(["nodes": .array([])]),
        ])
    }

    func fulfillmentCreate(_ variables: JSONObject) -> JSON {
        let tracking = variables["fulfillment"]?["trackingInfo"]?["number"]?.stringValue ?? ""
        let order = variables["fulfillment"]?["lineItemsByFulfillmentOrder"]?.arrayValue?.first?["fulfillmentOrderId"]?
            .stringValue ?? ""
        let count = state.withLock { state in
            state.fulfillments.append((order, tracking))
            return state.fulfillments.count
        }
        return .object(["fulfillmentCreate": .object([
            "fulfillment": .object(["id": .string("gid://shopify/Fulfillment/\(count)"), "status": .string("SUCCESS")]),
            "userErrors": .array([]),
        ])])
    }

    func fulfillmentsOfOrder(_ variables: JSONObject) -> JSON {
        let numbers = state.withLock { $0.fulfillments.map(\.tracking) }
        let fulfillments = numbers.map { number in
            JSON.object(["trackingInfo": .array([.object(["number": .string(number)])])])
        }
        return .object(["order": .object(["id": variables["id"] ?? .null, "fulfillments": .array(fulfillments)])])
    }

    func inventorySet(_ variables: JSONObject) -> JSON {
        let key = variables["idempotencyKey"]?.stringValue ?? ""
        state.withLock { state in
            if state.idempotencyKeys.insert(key).inserted { state.inventoryWrites += 1 }
        }
        return .object(["inventorySetQuantities": .object([
            "inventoryAdjustmentGroup": .object(["id": .string("gid://shopify/InventoryAdjustmentGroup/1")]),
            "userErrors": .array([]),
        ])])
    }

    func shopIdentity() -> JSON {
        .object(["shop": .object(["id": .string("gid://shopify/Shop/1"), "name": .string("Fake"),
                                  "myshopifyDomain": .string("fake.myshopify.com"),
                                  "currencyCode": .string("USD")])])
    }

    func shopAccess() -> JSON {
        .object([
            "shop": .object(["plan": .object(["publicDisplayName": .string("Basic"),
                                              "partnerDevelopment": .bool(false),
                                              "shopifyPlus": .bool(false)])]),
            "currentAppInstallation": .object(["accessScopes": .array(
                ["read_orders", "write_orders", "read_products"].map { .object(["handle": .string($0)]) })]),
        ])
    }

    func bulkRun() -> JSON {
        .object(["bulkOperationRunQuery": .object([
            "bulkOperation": .object(["id": .string("gid://shopify/BulkOperation/1"), "status": .string("CREATED")]),
            "userErrors": .array([]),
        ])])
    }

    func bulkPoll() -> JSON {
        let polls = state.withLock { state -> Int in
            state.bulkPolls += 1
            return state.bulkPolls
        }
        let done = polls >= 3
        return .object(["bulkOperation": .object([
            "id": .string("gid://shopify/BulkOperation/1"), "status": .string(done ? "COMPLETED" : "RUNNING"),
            "objectCount": .string("5"), "url": done ? .string(state.withLock { $0.bulkURL }) : .null,
        ])])
    }

    /// The in-process transport onto this fake.
    var transport: ClosureTransport {
        ClosureTransport(send: { request in
            guard let response = self.handle(request) else { return .failure(.connectionLost("dropped")) }
            return .success(response)
        }, lines: { url in url == "fake://bulk/1" ? self.state.withLock { $0.bulkLines } : nil })
    }
}
