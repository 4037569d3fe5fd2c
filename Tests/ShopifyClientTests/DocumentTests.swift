import GraphQL
import ShopifyClient
import Testing

@Suite("GraphQL documents", .enabled(if: SharedMaterial.isAvailable, SharedMaterial.absentReason))
struct DocumentTests {
    @Test("every document parses and validates against the 2026-07 Admin schema",
          arguments: ShopifyDocuments.all.map(\.name))
    func validates(name: String) throws {
        let schema = try #require(SharedMaterial.schema)
        let document = try #require(ShopifyDocuments.all.first { $0.name == name })
        let parsed = try Parser.parseDocument(document.text).get()
        let errors = validate(parsed, against: schema)
        #expect(errors.isEmpty, "\(errors.map(\.description))")
        let operation = try #require(parsed.operation(named: document.name))
        #expect(operation.kind.rawValue == document.kind.rawValue)
    }

    @Test("each document's expected cost is the cost Shopify's model computes",
          arguments: ShopifyDocuments.all.map(\.name))
    func expectedCost(name: String) throws {
        let schema = try #require(SharedMaterial.schema)
        let document = try #require(ShopifyDocuments.all.first { $0.name == name })
        let parsed = try Parser.parseDocument(document.text).get()
        let operation = try #require(parsed.operation(named: document.name))
        let cost = requestedCost(of: operation, in: parsed, schema: schema)
        #expect(cost == document.expectedCost, "\(name) costs \(cost)")
    }

    @Test("every document is named uniquely, so request log entries say which one ran")
    func uniqueNames() {
        let names = ShopifyDocuments.all.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test("a 250-order import page costs at most 2 points per order and under the 1,000 cap")
    func orderPageCost() {
        let cost = ShopifyDocuments.orderImportPage.expectedCost
        #expect(cost <= 500)
        #expect(cost < 1000)
    }

    @Test("mutations that could apply twice are marked as needing a check or a key")
    func writeSafety() {
        #expect(ShopifyDocuments.fulfillmentCreate.safety == .verifyBeforeResend)
        #expect(ShopifyDocuments.customerCreate.safety == .verifyBeforeResend)
        #expect(ShopifyDocuments.inventorySetQuantities.safety == .idempotencyKey(variable: "idempotencyKey"))
        #expect(ShopifyDocuments.customerSet.safety == .upsert)
    }
}
