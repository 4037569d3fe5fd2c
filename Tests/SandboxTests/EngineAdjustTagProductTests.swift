import GraphQL
import Testing
@testable import Sandbox

@Suite("engine mutations: inventory adjust, tags, product update")
struct EngineAdjustTagProductTests {
    @Test("inventoryAdjustQuantities moves available and on_hand by a delta, with compare-and-set")
    func adjust() throws {
        let (store, engine) = try mutableEngine()
        let variant = try #require(try store.read { try $0.all(VariantRecord.self) }.first { !$0.levels.isEmpty })
        let level = variant.levels[0]
        let mutation = """
            mutation($input: InventoryAdjustQuantitiesInput!) {
              inventoryAdjustQuantities(input: $input) @idempotent(key: "adjust-1") {
                inventoryAdjustmentGroup { changes { name delta quantityAfterChange } }
                userErrors { field code } } }
            """
        func input(_ from: Int) -> JSON {
            .object(JSONObject([
                ("name", .string("available")), ("reason", .string("received")),
                ("changes", .array([.object(JSONObject([
                    ("inventoryItemId", .string(GlobalID.make("InventoryItem", variant.inventoryItemId))),
                    ("locationId", .string(GlobalID.make("Location", level.locationId))),
                    ("delta", .int(-2)), ("changeFromQuantity", .int(from)),
                ]))])),
            ]))
        }
        let result = data(engine, mutation, ["input": input(level.available)])
        let changes = json(result, "inventoryAdjustQuantities", "inventoryAdjustmentGroup", "changes")?.arrayValue ?? []
        #expect(changes.map { $0["name"] } == [.string("available"), .string("on_hand")])
        #expect(changes.first?["quantityAfterChange"] == .int(level.available - 2))
        let saved = try #require(try store.read { try $0.load(VariantRecord.self, id: variant.id) })
        #expect(saved.levels[0].onHand == level.onHand - 2)
        let stale = engine.run(mutation.replacingOccurrences(of: "adjust-1", with: "adjust-2"),
                               variables: ["input": input(level.available)])
        #expect(json(stale.data, "inventoryAdjustQuantities", "userErrors", "0", "code")
            == .string("CHANGE_FROM_QUANTITY_STALE"))
    }

    @Test("tagsAdd and tagsRemove change an order's tags, split commas, and bump updatedAt")
    func tags() throws {
        let (store, engine) = try mutableEngine()
        let order = try #require(try allOrders(store).first { $0.tags.isEmpty })
        try store.advanceClock(by: .minutes(10))
        let added = data(engine, """
            mutation($id: ID!) { tagsAdd(id: $id, tags: ["erp", "synced, checked"]) {
              node { ... on Order { tags updatedAt } } userErrors { message } } }
            """, ["id": .string(order.gid)])
        #expect(json(added, "tagsAdd", "node", "tags")
            == .array([.string("erp"), .string("synced"), .string("checked")]))
        #expect(json(added, "tagsAdd", "node", "updatedAt") == .string(SandboxTime.iso8601(store.now())))
        let removed = data(engine, """
            mutation($id: ID!) { tagsRemove(id: $id, tags: ["synced"]) { node { ... on Order { tags } } } }
            """, ["id": .string(order.gid)])
        #expect(json(removed, "tagsRemove", "node", "tags") == .array([.string("erp"), .string("checked")]))
        let unknown = data(engine, """
            mutation { tagsAdd(id: "gid://shopify/Order/1", tags: ["x"]) { userErrors { field } } }
            """)
        #expect(json(unknown, "tagsAdd", "userErrors", "0", "field") == .array([.string("id")]))
    }

    @Test("productUpdate renames a product; a blank title or a taken handle is a userError")
    func productUpdate() throws {
        let (store, engine) = try mutableEngine()
        let products = try store.read { try $0.all(ProductRecord.self) }
        let mutation = """
            mutation($p: ProductUpdateInput) { productUpdate(product: $p) {
              product { title status } userErrors { field message } } }
            """
        func input(_ pairs: [(String, JSON)]) -> [String: JSON] {
            ["p": .object(JSONObject([("id", .string(products[0].gid))] + pairs))]
        }
        let renamed = data(engine, mutation, input([("title", .string("Trail Pack")), ("status", .string("DRAFT"))]))
        #expect(json(renamed, "productUpdate", "product", "title") == .string("Trail Pack"))
        #expect(json(renamed, "productUpdate", "product", "status") == .string("DRAFT"))
        let blank = data(engine, mutation, input([("title", .string(" "))]))
        #expect(json(blank, "productUpdate", "userErrors", "0", "field") == .array([.string("title")]))
        let taken = data(engine, mutation, input([("handle", .string(products[1].handle))]))
        #expect(json(taken, "productUpdate", "product") == .null)
        #expect(json(taken, "productUpdate", "userErrors", "0", "field") == .array([.string("handle")]))
    }
}
