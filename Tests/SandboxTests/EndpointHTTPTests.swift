import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GraphQL
import HTTPServer
import Sandbox
import ShopSyncCore
import Testing

/// The endpoint over HTTP/1.1 with URLSession as the client.
@Suite("endpoint: HTTP server")
struct EndpointHTTPTests {
    @Test("8 concurrent clients on keep-alive connections all get correct answers")
    func concurrentClients() async throws {
        let fixture = EndpointFixture(plan: .enterprise)
        try await withSandboxServer(fixture) { server, port in
            let results = try await withThrowingTaskGroup(of: [Int].self) { group in
                for client in 0..<8 {
                    group.addTask {
                        let session = makeSession()
                        var titles: [Int] = []
                        for _ in 0..<25 {
                            let reply = try await send(session, port: port, query:
                                "{ products(first: 3) { nodes { title } } }")
                            let nodes = try JSON.parse(bytes: reply.body)["data"]?["products"]?["nodes"]
                            titles.append(nodes?.arrayValue?.count ?? -1)
                        }
                        return titles + [client]
                    }
                }
                var all: [[Int]] = []
                for try await result in group { all.append(result) }
                return all
            }
            #expect(results.count == 8)
            #expect(results.allSatisfy { $0.dropLast().allSatisfy { $0 == 3 } })
            #expect((server.statistics?.connectionsAccepted ?? 99) <= 8 + 2)
        }
    }

    @Test("in-process and HTTP return the same status, body bytes and API version header",
          arguments: ["{ products(first: 2) { nodes { id title } } }", "{ shop { name }",
                      "{ product(id: \"nope\") { id } }"])
    func sameBytes(query: String) async throws {
        let overHTTP = EndpointFixture()
        let inProcess = EndpointFixture()
        try await withSandboxServer(overHTTP) { _, port in
            let wire = try await send(makeSession(), port: port, query: query)
            let local = try inProcess.post(query)
            #expect(wire.status == local.status)
            #expect(wire.body == local.body)
            #expect(wire.header("X-Shopify-API-Version") == local.headers["X-Shopify-API-Version"])
            #expect(wire.header("Content-Type") == local.headers["Content-Type"])
        }
    }

    @Test("a wrong token over HTTP is 401 and an unknown path 404")
    func statusesOverHTTP() async throws {
        let fixture = EndpointFixture()
        try await withSandboxServer(fixture) { _, port in
            let session = makeSession()
            let denied = try await send(session, port: port, query: "{ shop { name } }",
                                        token: "shpat_wrong")
            #expect(denied.status == 401)
            let missing = try await send(session, port: port, query: "{ shop { name } }",
                                         path: "/admin/api/x/foo.json")
            #expect(missing.status == 404)
        }
    }

    @Test("drop_before over a reused connection fails at once and nothing is applied")
    func dropBeforeOverHTTP() async throws {
        let fixture = EndpointFixture()
        try await withSandboxServer(fixture) { _, port in
            let session = makeSession()
            _ = try await send(session, port: port, query: "{ shop { name } }")
            fixture.faults.script([.dropBeforeApply])
            await #expect(throws: URLError.self) {
                _ = try await send(session, port: port, query: EndpointFaultTests.create)
            }
            #expect(fixture.engine.productCount == 3)
            let after = try await send(session, port: port, query: "{ shop { name } }")
            #expect(after.status == 200)
        }
    }

    @Test("drop_after over a reused connection fails at once, but the write landed")
    func dropAfterOverHTTP() async throws {
        let fixture = EndpointFixture()
        try await withSandboxServer(fixture) { _, port in
            let session = makeSession()
            _ = try await send(session, port: port, query: "{ shop { name } }")
            fixture.faults.script([.dropAfterApply])
            await #expect(throws: URLError.self) {
                _ = try await send(session, port: port, query: EndpointFaultTests.create)
            }
            #expect(fixture.engine.productCount == 4)
        }
    }

    @Test("429 carries Retry-After, slow answers late but whole, malformed is not JSON")
    func faultsOverHTTP() async throws {
        let fixture = EndpointFixture()
        try await withSandboxServer(fixture) { _, port in
            let session = makeSession()
            fixture.faults.script([.http429(retryAfter: 3), .slow(seconds: 0.2), .malformedBody])
            let limited = try await send(session, port: port, query: "{ shop { name } }")
            #expect(limited.status == 429)
            #expect(limited.header("Retry-After") == "3.0")
            let slow = try await send(session, port: port, query: "{ shop { name } }")
            #expect(try JSON.parse(bytes: slow.body)["data"] == .object(["shop": .object([
                "name": .string("Demo")])]))
            let garbled = try await send(session, port: port, query: "{ shop { name } }")
            #expect(garbled.status == 200)
            #expect((try? JSON.parse(bytes: garbled.body)) == nil)
        }
    }

    @Test("a bulk result is streamed as application/jsonl, one object per line")
    func bulkDownload() async throws {
        let lines = [#"{"id":"gid:\/\/shopify\/Product\/1"}"#,
                     #"{"id":"gid:\/\/shopify\/ProductVariant\/9","__parentId":"gid:\/\/shopify\/Product\/1"}"#]
        let fixture = EndpointFixture(bulkLines: ["42": lines])
        try await withSandboxServer(fixture) { _, port in
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/bulk/42.jsonl")!)
            request.httpMethod = "GET"
            let (data, response) = try await makeSession().data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.statusCode == 200)
            #expect(http.value(forHTTPHeaderField: "Content-Type") == "application/jsonl")
            #expect(String(decoding: data, as: UTF8.self) == lines.joined(separator: "\n") + "\n")
        }
    }

    @Test("the benchmark serves every request of its run",
          .enabled(if: ProcessInfo.processInfo.environment["SANDBOX_BENCHMARK"] != nil))
    func benchmark() async throws {
        let result = try await EndpointBenchmark.run(engine: FakeEngine(), requests: 2000)
        print(result)
        #expect(result.failures == 0)
    }
}

/// A reply read over HTTP.
struct WireReply {
    let status: Int
    let headers: [AnyHashable: Any]
    let body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { ($0.key as? String)?.lowercased() == name.lowercased() }?.value as? String
    }
}

/// Serves the fixture's endpoint over HTTP for the duration of `body`.
func withSandboxServer(_ fixture: EndpointFixture,
                       _ body: (SandboxServer, UInt16) async throws -> Void) async throws {
    let server = SandboxServer(endpoint: fixture.endpoint,
                               configuration: HTTPServerConfiguration(stopGracePeriod: 1))
    let port = try server.start()
    do {
        try await body(server, port)
    } catch {
        await stopOffThePool(server)
        throw error
    }
    await stopOffThePool(server)
}

/// Calls the blocking `stop()` on a thread of its own, keeping the cooperative pool free.
func stopOffThePool(_ server: SandboxServer) async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        Thread {
            server.stop()
            continuation.resume()
        }.start()
    }
}

/// An ephemeral session, so no connection is shared between tests.
func makeSession() -> URLSession {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 10
    return URLSession(configuration: configuration)
}

/// POSTs a GraphQL query the way the connector does.
func send(_ session: URLSession, port: UInt16, query: String, token: String = testToken,
          path: String = "/admin/api/2026-10/graphql.json") async throws -> WireReply {
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
    request.httpMethod = "POST"
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.setValue(token, forHTTPHeaderField: "X-Shopify-Access-Token")
    request.httpBody = Data(graphQLBody(query))
    let (data, response) = try await session.data(for: request)
    let http = try #require(response as? HTTPURLResponse)
    return WireReply(status: http.statusCode, headers: http.allHeaderFields, body: Array(data))
}

@Test("in-process throughput (measurement only)",
      .enabled(if: ProcessInfo.processInfo.environment["SANDBOX_BENCHMARK"] != nil))
func inProcessThroughput() throws {
    let fixture = EndpointFixture(plan: .enterprise)
    let body = graphQLBody("{ shop { name } }")
    let start = ContinuousClock.now
    for _ in 0..<2000 {
        _ = try fixture.endpoint.performGraphQL(version: "2026-10", accessToken: testToken, body: body)
    }
    print("in-process: 2000 requests in \(ContinuousClock.now - start)")
    #expect(fixture.engine.executionCount == 2000)
}
