import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer
import Testing

@Suite("round trips through URLSession")
struct URLSessionRoundTripTests {
    @Test("a server started on port 0 binds an ephemeral port and reports it")
    func ephemeralPort() async throws {
        try await withServer { server, port in
            #expect(port != 0)
            #expect(server.port == port)
            let (status, _, _) = try await fetch(makeSession(), makeRequest(port, "/"))
            #expect(status == 200)
        }
    }

    @Test("a GET reaches the handler with its path and query and gets the handler's reply")
    func getRoundTrip() async throws {
        try await withServer { _, port in
            let (status, headers, body) = try await fetch(
                makeSession(), makeRequest(port, "/admin/api/2026-07/ping?a=1&b=two"))
            #expect(status == 200)
            #expect(header("X-Method", in: headers) == "GET")
            #expect(header("X-Path", in: headers) == "/admin/api/2026-07/ping")
            #expect(header("X-Query", in: headers) == "a=1&b=two")
            #expect(body.isEmpty)
        }
    }

    @Test("a POST body of 200 KB arrives intact and is echoed back")
    func postRoundTrip() async throws {
        let payload = patternBytes(count: 200_000)
        try await withServer { _, port in
            let request = makeRequest(port, "/graphql.json", method: "POST", body: payload)
            let (status, headers, body) = try await fetch(makeSession(), request)
            #expect(status == 200)
            #expect(header("X-Body-Count", in: headers) == "200000")
            #expect(body == payload)
        }
    }

    @Test("two sequential requests share one keep-alive connection")
    func keepAlive() async throws {
        try await withServer { server, port in
            let session = makeSession()
            let first = try await fetch(session, makeRequest(port, "/one"))
            let second = try await fetch(session, makeRequest(port, "/two"))
            #expect(header("X-Request-Number", in: first.headers) == "1")
            #expect(header("X-Request-Number", in: second.headers) == "2")
            #expect(server.statistics.connectionsAccepted == 1)
            #expect(await eventually { server.statistics.requestsServed == 2 })
        }
    }

    @Test("8 concurrent clients sending 50 requests each all get their own answers")
    func concurrentClients() async throws {
        try await withServer { server, port in
            let answered = try await withThrowingTaskGroup(of: Int.self) { group in
                for client in 0..<8 {
                    group.addTask { try await runClient(client, port: port) }
                }
                return try await group.reduce(0, +)
            }
            #expect(answered == 400)
            #expect(await eventually { server.statistics.requestsServed == 400 })
        }
    }

    @Test("a POST body over the limit gets 413 and the handler never sees it")
    func oversizeBody() async throws {
        let configuration = HTTPServerConfiguration(maxBodyBytes: 1024)
        try await withServer(configuration: configuration) { server, port in
            let session = makeSession()
            let big = makeRequest(port, "/", method: "POST", body: patternBytes(count: 64 * 1024))
            let (status, headers, _) = try await fetch(session, big)
            #expect(status == 413)
            #expect(header("Connection", in: headers) == "close")
            let small = makeRequest(port, "/", method: "POST", body: patternBytes(count: 1024))
            let after = try await fetch(session, small)
            #expect(after.status == 200)
            #expect(server.statistics.requestsRejected == 1)
        }
    }

    @Test("a 5 MB streamed response arrives intact")
    func streamedDownload() async throws {
        let payload = patternBytes(count: 5 * 1024 * 1024, seed: 3)
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { _, _ in
            .response(HTTPResponse(
                status: 200, headers: ["Content-Type": "application/jsonl"],
                body: .stream { writer in
                    // Uneven pieces, so chunk boundaries never line up with the pattern.
                    var offset = 0
                    while offset < payload.count {
                        let end = min(payload.count, offset + 10_007)
                        try writer.write(payload[offset..<end])
                        offset = end
                    }
                }))
        }
        try await withServer(handler: handler) { _, port in
            let (status, headers, body) = try await fetch(makeSession(), makeRequest(port, "/x"))
            #expect(status == 200)
            #expect(header("Content-Type", in: headers) == "application/jsonl")
            #expect(body.count == payload.count)
            #expect(body == payload)
        }
    }

    @Test("sequential keep-alive POSTs are all answered (rate printed, not asserted)")
    func sequentialThroughput() async throws {
        let count = 500
        try await withServer { server, port in
            let session = makeSession()
            let started = ContinuousClock.now
            for index in 0..<count {
                let body = Array("{\"query\":\"{ shop { id } }\",\"n\":\(index)}".utf8)
                let reply = try await fetch(
                    session, makeRequest(port, "/graphql.json", method: "POST", body: body))
                #expect(reply.body == body)
            }
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds)
                + Double(elapsed.components.attoseconds) / 1e18
            #expect(server.statistics.connectionsAccepted == 1)
            print("HTTPServer sequential keep-alive POSTs: \(count) in "
                + "\(String(format: "%.3f", seconds)) s = "
                + "\(Int(Double(count) / seconds)) req/s")
        }
    }
}

/// One client of the concurrency test: 50 sequential requests, each checked against its echo.
private func runClient(_ client: Int, port: UInt16) async throws -> Int {
    let session = makeSession()
    var answered = 0
    for index in 0..<50 {
        let body = Array("client \(client) request \(index)".utf8)
        let reply = try await fetch(
            session, makeRequest(port, "/c\(client)", method: "POST", body: body))
        if reply.status == 200, reply.body == body,
           header("X-Path", in: reply.headers) == "/c\(client)" {
            answered += 1
        }
    }
    return answered
}
