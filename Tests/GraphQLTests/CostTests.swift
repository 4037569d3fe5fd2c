import Testing
@testable import GraphQL

/// The requested cost of a one-operation document.
func cost(_ source: String, schema: Schema, variables: [String: JSON] = [:]) throws -> Int {
    let document = try parsed(source)
    let operation = try #require(document.operations.first)
    return requestedCost(of: operation, in: document, schema: schema, variables: variables)
}

// Needs ../shared/shopify; without it the suite is reported as skipped, not passed.
@Suite("requested cost on the real schema, from shopify-api.md §2.4 and §10",
       .enabled(if: SharedFixtures.isAvailable))
struct RealSchemaCostTests {
    @Test("documented examples cost what Shopify charged", arguments: [
        ("{ products(first: 250) { nodes { id } } }", 13),
        ("{ locations(first: 10) { nodes { id name isActive } } }", 6),
        ("{ orders(first: 10) { nodes { id name } } }", 6),
        ("""
        query($id: ID!) { order(id: $id) { lineItems(first: 10) { nodes { title quantity } }
          shippingLines(first: 10) { nodes { title } } totalPriceSet { shopMoney { amount } } } }
        """, 13),
        ("""
        mutation { bulkOperationRunQuery(query: "{ shop { id } }") {
          bulkOperation { id status } userErrors { field message } } }
        """, 10),
        ("""
        mutation($f: FulfillmentInput!) { fulfillmentCreate(fulfillment: $f) {
          fulfillment { id status trackingInfo { number url } } userErrors { message } } }
        """, 11),
        ("{ customersCount { count } }", 10),
    ])
    func documentedExamples(source: String, expected: Int) throws {
        let schema = try #require(SharedFixtures.adminSchema)
        #expect(try cost(source, schema: schema) == expected)
    }

    @Test("page size comes from a variable when the argument is one")
    func pageSizeFromVariable() throws {
        let schema = try #require(SharedFixtures.adminSchema)
        let source = "query($n: Int) { products(first: $n) { nodes { id } } }"
        #expect(try cost(source, schema: schema, variables: ["n": .int(250)]) == 13)
        #expect(try cost(source, schema: schema, variables: ["n": .int(1)]) == 3)
    }
}

@Suite("the cost model's rules on a small schema")
struct CostRuleTests {
    @Test("the connection multiplier grows with the logarithm of the page size", arguments: [
        (0, 1), (1, 1), (2, 1), (3, 2), (5, 3), (10, 4), (20, 5), (50, 7), (100, 9), (200, 10),
        (250, 11),
    ])
    func multiplier(pageSize: Int, expected: Int) {
        #expect(connectionMultiplier(pageSize: pageSize) == expected)
    }

    @Test("scalars and enums are free, objects cost one, value types nothing")
    func objectsAndLeaves() throws {
        let schema = MiniSchema.schema
        #expect(try cost("{ product(id: \"1\") { id title status } }", schema: schema) == 1)
        #expect(try cost("{ product(id: \"1\") { price { amount } } }", schema: schema) == 1)
    }

    @Test("selecting both nodes and edges pays for the items twice")
    func nodesAndEdges() throws {
        let source = "{ products(first: 10) { nodes { id } edges { cursor node { id } } } }"
        #expect(try cost(source, schema: MiniSchema.schema) == 2 + 4 * 2)
    }

    @Test("an abstract type costs as much as its most expensive possible type")
    func abstractTypes() throws {
        let source = """
        { node(id: "1") { id ... on Product { variants(first: 5) { nodes { id } } }
          ... on Collection { handle } } }
        """
        #expect(try cost(source, schema: MiniSchema.schema) == 1 + (2 + 3 * 1))
    }

    @Test("a mutation costs 10 plus what lies below its payload's direct children")
    func mutation() throws {
        let source = """
        mutation { productUpdate(input: {}) { product { id variants(first: 1) { nodes { id } } }
          userErrors { message } } }
        """
        #expect(try cost(source, schema: MiniSchema.schema) == 10 + 3)
    }

    @Test("fields removed by @skip or @include are free, and no query costs less than 1")
    func conditionalFields() throws {
        let source = """
        query($full: Boolean!) { product(id: "1") { id
          variants(first: 10) @include(if: $full) { nodes { id } } } }
        """
        #expect(try cost(source, schema: MiniSchema.schema, variables: ["full": .bool(true)]) == 7)
        #expect(try cost(source, schema: MiniSchema.schema, variables: ["full": .bool(false)]) == 1)
        #expect(try cost("{ __typename }", schema: MiniSchema.schema) == 1)
    }

    @Test("actual cost counts the items returned; a null object costs only itself")
    func actualCosts() throws {
        let document = try parsed("""
        { products(first: 10) { nodes { id variants(first: 5) { nodes { id } } } } }
        """)
        let operation = try #require(document.operations.first)
        let oneProduct = try JSON.parse(#"""
        {"products":{"nodes":[{"id":"1","variants":{"nodes":[]}}]}}
        """#)
        let requested = requestedCost(of: operation, in: document, schema: MiniSchema.schema)
        let actual = actualCost(of: operation, in: document, schema: MiniSchema.schema,
                                data: oneProduct)
        #expect(requested == 2 + 4 * (1 + 2 + 3 * 1))
        #expect(actual == 2 + 1 * (1 + 2 + 1 * 1))
        let nullProduct = try parsed(#"{ product(id: "1") { variants(first: 5) { nodes { id } } } }"#)
        let nullOperation = try #require(nullProduct.operations.first)
        #expect(actualCost(of: nullOperation, in: nullProduct, schema: MiniSchema.schema,
                           data: .object(["product": .null])) == 1)
    }
}
