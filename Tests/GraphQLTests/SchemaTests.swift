import Foundation
import Testing
@testable import GraphQL

// These tests read the real schema at ../shared/shopify; without it they are reported as
// skipped, never as passed.
@Suite("the real Shopify Admin 2026-07 schema", .enabled(if: SharedFixtures.isAvailable))
struct SchemaTests {
    @Test("the whole SDL file parses into more than a thousand types")
    func loadsRealSchema() throws {
        let schema = try #require(SharedFixtures.adminSchema)
        #expect(schema.types.count > 1000)
        #expect(schema.queryType == "QueryRoot")
        #expect(schema.mutationType == "Mutation")
    }

    @Test("the 3.8 MB SDL is read whole, and how long it took is printed")
    func parseTiming() throws {
        let loaded = SharedFixtures.loadedSchema
        // Printed for the record only; no timed assertion.
        print("schema: \(loaded.bytes) bytes parsed and built in \(loaded.duration)")
        #expect(loaded.bytes > 3_000_000)
        #expect(loaded.schema?.types.count == 3544)
    }

    @Test("Order.lineItems is a connection with first, after, last, before and reverse")
    func orderLineItems() throws {
        let schema = try #require(SharedFixtures.adminSchema)
        let field = try #require(schema.field("lineItems", on: "Order"))
        #expect(field.type == .nonNull(.named("LineItemConnection")))
        let names = field.arguments.map(\.name)
        #expect(names.contains("first") && names.contains("after") && names.contains("reverse"))
        #expect(field.argument("first")?.type == .named("Int"))
        #expect(field.argument("reverse")?.defaultValue == .boolean(false))
    }

    @Test("interfaces know their implementations and enums their values")
    func possibleTypesAndEnums() throws {
        let schema = try #require(SharedFixtures.adminSchema)
        #expect(schema.possibleTypes(of: "Node").contains("Order"))
        #expect(schema.type(named: "Node")?.kind == .interface)
        #expect(schema.type(named: "OrderSortKeys")?.hasEnumValue("PROCESSED_AT") == true)
        #expect(schema.directives["idempotent"]?.arguments.first?.type == .nonNull(.named("String")))
        #expect(schema.directives["include"] != nil)
    }

    @Test("an idempotent inventory mutation validates; code on plain UserError does not")
    func realValidation() throws {
        let schema = try #require(SharedFixtures.adminSchema)
        let adjust = try parsed("""
        mutation Adjust($input: InventoryAdjustQuantitiesInput!) {
          inventoryAdjustQuantities(input: $input) @idempotent(key: "9f1c") {
            inventoryAdjustmentGroup { id } userErrors { field message code }
          }
        }
        """)
        #expect(validate(adjust, against: schema).isEmpty)
        let fulfil = try parsed("""
        mutation F($f: FulfillmentInput!) {
          fulfillmentCreate(fulfillment: $f) { userErrors { code } }
        }
        """)
        let errors = validate(fulfil, against: schema)
        #expect(errors.map(\.message) == ["Field 'code' doesn't exist on type 'UserError'"])
        #expect(errors.first?.path == ["mutation F", "fulfillmentCreate", "userErrors", "code"])
    }
}
