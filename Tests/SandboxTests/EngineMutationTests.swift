import GraphQL
import Testing
@testable import Sandbox

/// A small store of its own per test, since mutations change it.
func mutableEngine() throws -> (SandboxStore, SandboxGraphQLEngine) {
    let store = try makeStore(sizes: StoreSizes(customers: 20, products: 8, orders: 40, companies: 1))
    return (store, SandboxGraphQLEngine(store: store))
}

func userErrors(_ result: JSON, _ field: String) -> [JSON] {
    json(result, field, "userErrors")?.arrayValue ?? []
}

@Suite("engine mutations")
struct EngineMutationTests {
    static let setQuantities = """
        mutation($input: InventorySetQuantitiesInput!, $key: String!) {
          inventorySetQuantities(input: $input) @idempotent(key: $key) {
            inventoryAdjustmentGroup { changes { name delta quantityAfterChange } }
            userErrors { field message code } } }
        """

    func stockInput(_ variant: VariantRecord, to quantity: Int, from: Int) -> JSON {
        .object(JSONObject([
            ("name", .string("available")), ("reason", .string("correction")),
            ("quantities", .array([.object(JSONObject([
                ("inventoryItemId", .string(GlobalID.make("InventoryItem", variant.inventoryItemId))),
                ("locationId", .string(GlobalID.make("Location", variant.levels[0].locationId))),
                ("quantity", .int(quantity)), ("changeFromQuantity", .int(from)),
            ]))])),
        ]))
    }

    @Test("inventorySetQuantities sets available, replays a key without applying twice, refuses a stale compare")
    func setQuantities() throws {
        let (store, engine) = try mutableEngine()
        let variant = try #require(try store.read { try $0.all(VariantRecord.self) }.first { !$0.levels.isEmpty })
        let before = variant.levels[0].available
        let input = stockInput(variant, to: before + 5, from: before)
        let first = data(engine, Self.setQuantities, ["input": input, "key": .string("k-1")])
        #expect(json(first, "inventorySetQuantities", "inventoryAdjustmentGroup", "changes", "0", "delta") == .int(5))
        let replay = data(engine, Self.setQuantities, ["input": input, "key": .string("k-1")])
        #expect(json(replay, "inventorySetQuantities", "inventoryAdjustmentGroup", "changes", "0", "delta") == .int(5))
        let after = try store.read { try $0.load(VariantRecord.self, id: variant.id) }
        #expect(after?.levels[0].available == before + 5)
        let stale = data(engine, Self.setQuantities, ["input": input, "key": .string("k-2")])
        #expect(userErrors(stale, "inventorySetQuantities").first?["code"] == .string("CHANGE_FROM_QUANTITY_STALE"))
        let mismatch = data(engine, Self.setQuantities,
                            ["input": stockInput(variant, to: 1, from: before + 5), "key": .string("k-1")])
        #expect(userErrors(mismatch, "inventorySetQuantities").first?["code"]
            == .string("IDEMPOTENCY_KEY_PARAMETER_MISMATCH"))
    }

    @Test("inventorySetQuantities without @idempotent is a BAD_REQUEST field error")
    func setQuantitiesNeedsKey() throws {
        let (store, engine) = try mutableEngine()
        let variant = try #require(try store.read { try $0.all(VariantRecord.self) }.first { !$0.levels.isEmpty })
        let result = engine.run("""
            mutation($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) {
              userErrors { message } } }
            """, variables: ["input": stockInput(variant, to: 1, from: variant.levels[0].available)])
        #expect(result.errors.first?.code == "BAD_REQUEST")
    }

    @Test("fulfillmentCreate ships part of an order, then refuses more than remains")
    func fulfillmentCreate() throws {
        let (store, engine) = try mutableEngine()
        let order = try #require(try allOrders(store).first {
            $0.cancelledAt == nil && $0.fulfillmentOrders.first?.status == "OPEN"
                && ($0.fulfillmentOrders.first?.lineItems.first?.remainingQuantity ?? 0) > 0
        })
        let fulfillmentOrder = order.fulfillmentOrders[0]
        let line = fulfillmentOrder.lineItems[0]
        let mutation = """
            mutation($f: FulfillmentInput!) { fulfillmentCreate(fulfillment: $f) {
              fulfillment { status trackingInfo { number } } userErrors { field message } } }
            """
        func input(_ quantity: Int) -> JSON {
            .object(JSONObject([
                ("trackingInfo", .object(JSONObject([("number", .string("1Z999")), ("company", .string("UPS"))]))),
                ("lineItemsByFulfillmentOrder", .array([.object(JSONObject([
                    ("fulfillmentOrderId", .string(GlobalID.make("FulfillmentOrder", fulfillmentOrder.id))),
                    ("fulfillmentOrderLineItems", .array([.object(JSONObject([
                        ("id", .string(GlobalID.make("FulfillmentOrderLineItem", line.id))),
                        ("quantity", .int(quantity)),
                    ]))])),
                ]))])),
            ]))
        }
        let shipped = data(engine, mutation, ["f": input(line.remainingQuantity)])
        #expect(json(shipped, "fulfillmentCreate", "fulfillment", "status") == .string("SUCCESS"))
        #expect(json(shipped, "fulfillmentCreate", "fulfillment", "trackingInfo", "0", "number") == .string("1Z999"))
        let again = data(engine, mutation, ["f": input(1)])
        #expect(json(again, "fulfillmentCreate", "fulfillment") == .null)
        #expect(userErrors(again, "fulfillmentCreate").count == 1)
        let saved = try #require(try store.read { try $0.load(OrderRecord.self, id: order.id) })
        #expect(saved.updatedAt > order.updatedAt)
    }

    @Test("customerCreate refuses an email already taken; customerUpdate bumps updatedAt")
    func customers() throws {
        let (store, engine) = try mutableEngine()
        let taken = try #require(try store.read { try $0.all(CustomerRecord.self) }.first { $0.email != nil })
        let create = """
            mutation($input: CustomerInput!) { customerCreate(input: $input) {
              customer { id email } userErrors { field message } } }
            """
        let created = data(engine, create, ["input": .object(JSONObject([
            ("email", .string("new.buyer@example.com")), ("firstName", .string("New")),
        ]))])
        #expect(json(created, "customerCreate", "customer", "email") == .string("new.buyer@example.com"))
        let duplicate = data(engine, create, ["input": .object(JSONObject([("email", .string(taken.email!))]))])
        #expect(json(duplicate, "customerCreate", "customer") == .null)
        #expect(userErrors(duplicate, "customerCreate").first?["field"] == .array([.string("email")]))
        try store.advanceClock(by: .hours(1))
        let updated = data(engine, """
            mutation($input: CustomerInput!) { customerUpdate(input: $input) {
              customer { note updatedAt } userErrors { message } } }
            """, ["input": .object(JSONObject([("id", .string(taken.gid)), ("note", .string("VIP"))]))])
        #expect(json(updated, "customerUpdate", "customer", "note") == .string("VIP"))
        #expect(json(updated, "customerUpdate", "customer", "updatedAt") == .string(SandboxTime.iso8601(store.now())))
    }

    @Test("productVariantsBulkUpdate changes a price and refuses a negative one")
    func variantPrices() throws {
        let (store, engine) = try mutableEngine()
        let variant = try #require(try store.read { try $0.all(VariantRecord.self) }.first)
        let mutation = """
            mutation($p: ID!, $v: [ProductVariantsBulkInput!]!) {
              productVariantsBulkUpdate(productId: $p, variants: $v) {
              productVariants { price } userErrors { field code } } }
            """
        func variants(_ price: String) -> JSON {
            .array([.object(JSONObject([("id", .string(variant.gid)), ("price", .string(price))]))])
        }
        let product = JSON.string(GlobalID.make("Product", variant.productId))
        let changed = data(engine, mutation, ["p": product, "v": variants("12.5")])
        #expect(json(changed, "productVariantsBulkUpdate", "productVariants", "0", "price") == .string("12.50"))
        let refused = data(engine, mutation, ["p": product, "v": variants("-1")])
        #expect(userErrors(refused, "productVariantsBulkUpdate").first?["code"] == .string("INVALID_INPUT"))
    }

    @Test("orderUpdate sets custom attributes and tags; an unknown order is a userError")
    func orderUpdate() throws {
        let (store, engine) = try mutableEngine()
        let order = try #require(try allOrders(store).first)
        let mutation = """
            mutation($input: OrderInput!) { orderUpdate(input: $input) {
              order { tags customAttributes { key value } } userErrors { field message } } }
            """
        let updated = data(engine, mutation, ["input": .object(JSONObject([
            ("id", .string(order.gid)), ("tags", .array([.string("erp-synced")])),
            ("customAttributes", .array([.object(JSONObject([("key", .string("ERP")), ("value", .string("SO-1"))]))])),
        ]))])
        #expect(json(updated, "orderUpdate", "order", "tags") == .array([.string("erp-synced")]))
        #expect(json(updated, "orderUpdate", "order", "customAttributes", "0", "value") == .string("SO-1"))
        let missing = data(engine, mutation, ["input": .object(JSONObject([("id", .string("gid://shopify/Order/1"))]))])
        #expect(userErrors(missing, "orderUpdate").first?["message"] == .string("Order does not exist"))
    }
}
