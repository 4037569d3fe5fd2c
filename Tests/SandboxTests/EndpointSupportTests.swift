import GraphQL
import HTTPServer
import Sandbox
import ShopSyncCore
import Synchronization
import Testing

/// A tiny schema for the endpoint's tests: enough for connections, mutations with
/// `userErrors`, and field errors, without the real store.
let fakeSchemaSDL = """
    type Query {
      shop: Shop!
      products(first: Int, last: Int, after: String): ProductConnection!
      product(id: ID!): Product
    }
    type Mutation { productCreate(title: String!): ProductCreatePayload }
    type Shop { name: String! }
    type Product {
      id: ID!
      title: String!
      variants(first: Int, last: Int): ProductConnection!
    }
    type ProductConnection { nodes: [Product!]! edges: [ProductEdge!]! pageInfo: PageInfo! }
    type ProductEdge { node: Product! cursor: String! }
    type PageInfo { hasNextPage: Boolean! }
    type ProductCreatePayload { product: Product userErrors: [UserError!]! }
    type UserError { field: [String!] message: String! }
    """

/// A `SandboxEngine` over a list of products: it resolves plain field selections, creates
/// products, and reports an invalid id as a field error. It counts what it executed, so tests
/// can tell whether a request reached it.
final class FakeEngine: SandboxEngine {
    let schema: Schema
    private let products = Mutex<[JSON]>([])
    private let executions = Atomic<Int>(0)
    let bulkLines: [String: [String]]

    init(productCount: Int = 3, bulkLines: [String: [String]] = [:]) {
        guard case .success(let schema) = Schema.parse(sdl: fakeSchemaSDL) else {
            preconditionFailure("the fake schema does not parse")
        }
        self.schema = schema
        self.bulkLines = bulkLines
        products.withLock { list in
            for number in 1...max(1, productCount) { list.append(Self.product(number, "Product \(number)")) }
        }
    }

    /// How many operations ran.
    var executionCount: Int { executions.load(ordering: .relaxed) }
    /// How many products exist (mutations add some).
    var productCount: Int { products.withLock { $0.count } }

    func execute(_ document: Document, operationName: String?, variables: [String: JSON],
                 request: SandboxRequestContext) -> SandboxExecution {
        executions.add(1, ordering: .relaxed)
        guard let operation = document.operation(named: operationName) else {
            return SandboxExecution(data: nil, errors: [], actualCost: 0)
        }
        var errors: [GraphQLError] = []
        var data: JSONObject = [:]
        for case .field(let field) in operation.selectionSet {
            data[field.responseKey] = rootField(field, variables: variables, errors: &errors)
        }
        let json = JSON.object(data)
        let cost = actualCost(of: operation, in: document, schema: schema, variables: variables,
                              data: json)
        return SandboxExecution(data: json, errors: errors, actualCost: cost)
    }

    func bulkResult(id: String) -> [String]? { bulkLines[id] }

    private func rootField(_ field: Field, variables: [String: JSON],
                           errors: inout [GraphQLError]) -> JSON {
        switch field.name {
        case "shop":
            return Self.select(field.selectionSet ?? [], from: .object(["name": .string("Demo")]))
        case "products":
            let first = Self.intArgument(field, "first", variables) ?? 250
            let page = products.withLock { Array($0.prefix(first)) }
            return Self.select(field.selectionSet ?? [], from: .object(["nodes": .array(page)]))
        case "product":
            let id = Self.stringArgument(field, "id", variables) ?? ""
            guard let product = products.withLock({ $0.first { $0["id"]?.stringValue == id } }) else {
                errors.append(GraphQLError(message: "invalid id", locations: [field.location],
                                           path: [field.responseKey], code: "RESOURCE_NOT_FOUND"))
                return .null
            }
            return Self.select(field.selectionSet ?? [], from: product)
        case "productCreate":
            return Self.select(field.selectionSet ?? [], from: create(field, variables))
        default:
            return .null
        }
    }

    private func create(_ field: Field, _ variables: [String: JSON]) -> JSON {
        let title = Self.stringArgument(field, "title", variables) ?? ""
        guard !title.isEmpty else {
            let error = JSON.object(["field": .array([.string("title")]),
                                     "message": .string("Title can't be blank")])
            return .object(["product": .null, "userErrors": .array([error])])
        }
        let product = products.withLock { list in
            list.append(Self.product(list.count + 1, title))
            return list[list.count - 1]
        }
        return .object(["product": product, "userErrors": .array([])])
    }

    static func product(_ number: Int, _ title: String) -> JSON {
        .object(["id": .string("gid://shopify/Product/\(number)"), "title": .string(title),
                 "variants": .object(["nodes": .array([])])])
    }

    /// The selected members of `value` under their response keys (lists map element-wise).
    static func select(_ selections: [Selection], from value: JSON) -> JSON {
        switch value {
        case .array(let items): return .array(items.map { select(selections, from: $0) })
        case .object(let object):
            var result: JSONObject = [:]
            for case .field(let field) in selections {
                let member = object[field.name] ?? .null
                result[field.responseKey] = field.selectionSet.map { select($0, from: member) }
                    ?? member
            }
            return .object(result)
        default: return value
        }
    }

    static func intArgument(_ field: Field, _ name: String, _ variables: [String: JSON]) -> Int? {
        switch field.argument(name) {
        case .int(let text)?: Int(text)
        case .variable(let variable)?: variables[variable]?.intValue
        default: nil
        }
    }

    static func stringArgument(_ field: Field, _ name: String,
                               _ variables: [String: JSON]) -> String? {
        switch field.argument(name) {
        case .string(let text)?: text
        case .variable(let variable)?: variables[variable]?.stringValue
        default: nil
        }
    }
}

let testToken = "shpat_test_0001"
let testStart = Timestamp(seconds: 1_764_000_000)

/// An endpoint over a fake engine with a manual clock.
struct EndpointFixture {
    let engine: FakeEngine
    let clock: ManualClock
    let faults: FaultPlan
    let endpoint: SandboxEndpoint

    init(plan: ThrottlePlan = .standard, productCount: Int = 3,
         bulkLines: [String: [String]] = [:]) {
        engine = FakeEngine(productCount: productCount, bulkLines: bulkLines)
        clock = ManualClock(testStart)
        faults = FaultPlan()
        endpoint = SandboxEndpoint(engine: engine, accessToken: testToken, plan: plan, clock: clock,
                                   faults: faults)
    }

    /// Posts `{"query": query, "variables": variables}` in-process.
    func post(_ query: String, variables: JSON? = nil, operationName: String? = nil,
              version: String = "2026-10",
              token: String = testToken) throws(InProcessTransportError) -> InProcessReply {
        try endpoint.performGraphQL(version: version, accessToken: token,
                                    body: graphQLBody(query, variables: variables,
                                                      operationName: operationName))
    }

    /// The reply's JSON; a failed expectation when it is not JSON.
    func json(_ reply: InProcessReply) -> JSON {
        (try? JSON.parse(bytes: reply.body)) ?? .string("<not JSON: \(reply.bodyText)>")
    }

    /// `currentlyAvailable` of the test token's bucket now.
    var available: Int { endpoint.bucket.status(for: testToken).currentlyAvailable }
}

/// A GraphQL request body.
func graphQLBody(_ query: String, variables: JSON? = nil, operationName: String? = nil) -> [UInt8] {
    var object: JSONObject = ["query": .string(query)]
    if let variables { object["variables"] = variables }
    if let operationName { object["operationName"] = .string(operationName) }
    return Array(JSON.object(object).serialized().utf8)
}

@Suite("endpoint test support")
struct EndpointSupportTests {
    @Test("the fake engine's schema parses and its connection costs follow Shopify's model")
    func fakeSchemaCosts() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("{ products(first: 250) { nodes { id title } } }")
        let cost = fixture.json(reply)["extensions"]?["cost"]
        #expect(cost?["requestedQueryCost"] == .int(13))
        #expect(cost?["actualQueryCost"] == .int(4))
    }
}
