import GraphQL
import HTTPServer
import Sandbox
import ShopSyncCore
import Testing

/// Error envelopes shaped as Shopify shapes them (shopify-api.md §1.4, §10 rows 1-2, 5-11).
@Suite("endpoint: errors")
struct EndpointErrorTests {
    /// Seven aliased 250×250 connections: requested cost 7 × 156 = 1092.
    static let tooExpensive = "{ " + (1...7).map {
        "p\($0): products(first: 250) { nodes { variants(first: 250) { nodes { id } } } }"
    }.joined(separator: " ") + " }"

    @Test("a parse error is 200 with PARSE_ERROR, no data, no extensions, nothing charged")
    func parseError() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("{ shop { name }")
        let json = fixture.json(reply)
        #expect(reply.status == 200)
        #expect(json["errors"]?.arrayValue?.first?["extensions"]?["code"] == .string("PARSE_ERROR"))
        #expect(json["errors"]?.arrayValue?.first?["locations"] != nil)
        #expect(json["data"] == nil && json["extensions"] == nil)
        #expect(fixture.available == 2000)
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("a validation error is 200 with errors only, its path naming the operation")
    func validationError() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("query Names { shop { name nickname } }")
        let json = fixture.json(reply)
        let error = json["errors"]?.arrayValue?.first
        #expect(reply.status == 200)
        #expect(error?["extensions"]?["code"] == .string("undefinedField"))
        #expect(error?["path"]?.arrayValue?.first == .string("query Names"))
        #expect(json["data"] == nil && json["extensions"] == nil)
        #expect(fixture.available == 2000)
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("a variable of the wrong type is INVALID_VARIABLE, before anything runs")
    func invalidVariable() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("query P($n: Int!) { products(first: $n) { nodes { id } } }",
                                     variables: .object(["n": .string("ten")]))
        let error = fixture.json(reply)["errors"]?.arrayValue?.first
        #expect(error?["extensions"]?["code"] == .string("INVALID_VARIABLE"))
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("an operation name that matches nothing is refused without running")
    func unknownOperationName() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("query A { shop { name } } query B { shop { name } }",
                                     operationName: "C")
        let error = fixture.json(reply)["errors"]?.arrayValue?.first
        #expect(error?["message"] == .string("No operation named \"C\""))
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("a field error comes with data, a path and a code, and is charged")
    func fieldError() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("{ product(id: \"gid://shopify/Product/999\") { id } }")
        let json = fixture.json(reply)
        let error = json["errors"]?.arrayValue?.first
        #expect(json["data"] == .object(["product": .null]))
        #expect(error?["path"] == .array([.string("product")]))
        #expect(error?["extensions"]?["code"] == .string("RESOURCE_NOT_FOUND"))
        #expect(json["extensions"]?["cost"]?["actualQueryCost"] == .int(1))
        #expect(fixture.available == 1999)
    }

    @Test("userErrors come back inside the payload, with no top-level errors")
    func userErrors() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post(
            "mutation { productCreate(title: \"\") { product { id } userErrors { field message } } }")
        let json = fixture.json(reply)
        let payload = json["data"]?["productCreate"]
        #expect(payload?["product"] == .null)
        #expect(payload?["userErrors"]?.arrayValue?.first?["field"] == .array([.string("title")]))
        #expect(json["errors"] == nil)
    }

    @Test("a wrong or missing token is 401 with errors as a string, and nothing runs",
          arguments: ["shpat_wrong", ""])
    func unauthorized(token: String) throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("{ shop { name } }", token: token)
        #expect(reply.status == 401)
        #expect(fixture.json(reply)["errors"]?.stringValue?.hasPrefix("[API] Invalid API key") == true)
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("a malformed or future version is 404 Not Found",
          arguments: ["2026-13", "2026-02", "latest", "2031-01"])
    func unknownVersion(version: String) throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("{ shop { name } }", version: version)
        #expect(reply.status == 404)
        #expect(fixture.json(reply) == .object(["errors": .string("Not Found")]))
    }

    @Test("an old version falls forward to the oldest supported one, named in the header",
          arguments: [("2019-01", "2026-01"), ("2026-07", "2026-07"), ("unstable", "unstable")])
    func versionFallsForward(requested: String, served: String) throws {
        let fixture = EndpointFixture()
        let reply = try fixture.post("{ shop { name } }", version: requested)
        #expect(reply.status == 200)
        #expect(reply.headers["X-Shopify-API-Version"] == served)
        #expect(reply.headers["X-Request-Id"]?.isEmpty == false)
    }

    @Test("unknown paths and methods are 404 Not Found",
          arguments: [("POST", "/admin/api/x/foo.json"), ("GET", "/admin/api/2026-10/graphql.json"),
                      ("POST", "/graphql"), ("GET", "/bulk/missing.jsonl")])
    func unknownPath(method: String, path: String) throws {
        let fixture = EndpointFixture()
        let reply = try fixture.endpoint.perform(method: method, path: path,
                                                 headers: ["X-Shopify-Access-Token": testToken])
        #expect(reply.status == 404)
        #expect(reply.bodyText == #"{"errors":"Not Found"}"#)
    }

    @Test("a body without a query is 400 with errors as an object",
          arguments: [#"{"variables":{}}"#, "not json", #"{"query":"{ shop { name } }","variables":3}"#])
    func missingQuery(body: String) throws {
        let fixture = EndpointFixture()
        let reply = try fixture.endpoint.performGraphQL(version: "2026-10", accessToken: testToken,
                                                        body: Array(body.utf8))
        #expect(reply.status == 400)
        #expect(reply.bodyText == #"{"errors":{"query":"Required parameter missing or invalid"}}"#)
    }

    @Test("a query over 1000 points is MAX_COST_EXCEEDED: not run, not charged")
    func maxCostExceeded() throws {
        let fixture = EndpointFixture()
        let json = fixture.json(try fixture.post(Self.tooExpensive))
        let error = json["errors"]?.arrayValue?.first
        #expect(error?["extensions"]?["code"] == .string("MAX_COST_EXCEEDED"))
        #expect(error?["extensions"]?["cost"] == .int(1092))
        #expect(error?["extensions"]?["maxCost"] == .int(1000))
        #expect(error?["message"]?.stringValue?.hasPrefix("Query cost is 1092, which exceeds") == true)
        #expect(json["data"] == nil)
        #expect(fixture.available == 2000)
        #expect(fixture.engine.executionCount == 0)
    }

    @Test("THROTTLED: 200, no data, actual cost null, the mutation not applied, nothing charged")
    func throttled() throws {
        let fixture = EndpointFixture()
        _ = fixture.endpoint.bucket.take(1995, for: testToken)
        let json = fixture.json(try fixture.post(
            "mutation { productCreate(title: \"Mug\") { product { id } userErrors { message } } }"))
        #expect(json["errors"]?.arrayValue?.first?["message"] == .string("Throttled"))
        #expect(json["errors"]?.arrayValue?.first?["extensions"]?["code"] == .string("THROTTLED"))
        #expect(json["data"] == nil)
        let cost = json["extensions"]?["cost"]
        #expect(cost?["requestedQueryCost"] == .int(10))
        #expect(cost?["actualQueryCost"] == .null)
        #expect(cost?["throttleStatus"]?["currentlyAvailable"] == .int(5))
        #expect(fixture.available == 5)
        #expect(fixture.engine.productCount == 3)
        #expect(fixture.engine.executionCount == 0)
    }
}

@Suite("endpoint: request shapes")
struct EndpointRequestShapeTests {
    @Test("a path without a version is served by the oldest supported version")
    func noVersion() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.endpoint.perform(
            method: "POST", path: "/admin/api/graphql.json",
            headers: ["X-Shopify-Access-Token": testToken], body: graphQLBody("{ shop { name } }"))
        #expect(reply.status == 200)
        #expect(reply.headers["X-Shopify-API-Version"] == "2026-01")
    }

    @Test("a body sent as application/graphql is the query itself")
    func graphQLContentType() throws {
        let fixture = EndpointFixture()
        let reply = try fixture.endpoint.perform(
            method: "POST", path: "/admin/api/2026-10/graphql.json",
            headers: ["X-Shopify-Access-Token": testToken, "Content-Type": "application/graphql"],
            body: Array("{ shop { name } }".utf8))
        #expect(fixture.json(reply)["data"] == .object(["shop": .object(["name": .string("Demo")])]))
    }
}
