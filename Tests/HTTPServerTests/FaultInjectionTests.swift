import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer
import Testing

/// The connection-level faults a handler can stage, as a URLSession client sees them.
@Suite("fault injection")
struct FaultInjectionTests {
    /// Drops `/drop`, counting how often the handler saw it; echoes everything else.
    private static func droppingHandler(_ drops: Probe)
        -> @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply {
        { request, context in
            guard request.path == "/drop" else { return echoHandler(request, context) }
            drops.bump()
            return .dropConnection
        }
    }

    @Test(".dropConnection on a fresh connection is a URLError, and the server keeps serving")
    func dropOnFreshConnection() async throws {
        let drops = Probe()
        try await withServer(handler: Self.droppingHandler(drops)) { server, port in
            let session = makeSession()
            await #expect(throws: URLError.self) {
                _ = try await fetch(session, makeRequest(port, "/drop", method: "POST",
                                                         body: Array("mutation".utf8)))
            }
            let (status, _, body) = try await fetch(
                session, makeRequest(port, "/ok", method: "POST", body: Array("next".utf8)))
            #expect(status == 200)
            #expect(body == Array("next".utf8))
            #expect(drops.value == 1)
            #expect(server.statistics.requestsDropped == 1)
        }
    }

    @Test("a GET dropped on a reused connection is resent once by libcurl, then fails")
    func dropGetOnReusedConnection() async throws {
        let drops = Probe()
        try await withServer(handler: Self.droppingHandler(drops)) { server, port in
            let session = makeSession()
            _ = try await fetch(session, makeRequest(port, "/warm-up"))
            await #expect(throws: URLError.self) {
                _ = try await fetch(session, makeRequest(port, "/drop"))
            }
            // A sandbox that applies work before dropping must expect this replay.
            #expect(drops.value == 2)
            #expect(server.statistics.connectionsAccepted == 2)
        }
    }

    @Test("a POST dropped on a reused connection leaves URLSession waiting for its timeout")
    func dropPostOnReusedConnection() async throws {
        let drops = Probe()
        try await withServer(handler: Self.droppingHandler(drops)) { _, port in
            let session = makeSession()
            _ = try await fetch(session, makeRequest(port, "/warm-up"))
            var request = makeRequest(port, "/drop", method: "POST", body: Array("m".utf8))
            request.timeoutInterval = 1
            let error = await #expect(throws: URLError.self) {
                _ = try await fetch(session, request)
            }
            #expect(error?.code == .timedOut)
            #expect(drops.value == 1)
        }
    }

    @Test(".truncateBody on a reused connection fails a POST at once, without a resend",
          arguments: [0, 5])
    func truncatedBody(keeping: Int) async throws {
        let cuts = Probe()
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { request, _ in
            guard request.path == "/cut" else { return .response(.text("fine")) }
            cuts.bump()
            return .truncateBody(.text("{\"data\":{}}"), keepingBodyBytes: keeping)
        }
        try await withServer(handler: handler) { server, port in
            let session = makeSession()
            _ = try await fetch(session, makeRequest(port, "/warm-up"))
            var request = makeRequest(port, "/cut", method: "POST", body: Array("m".utf8))
            request.timeoutInterval = 5
            await #expect(throws: URLError.self) { _ = try await fetch(session, request) }
            #expect(cuts.value == 1)
            #expect(server.statistics.requestsDropped == 1)
        }
    }

    @Test(".truncateBody on a stream stops after the given number of body bytes")
    func truncatedStreamOnTheWire() async throws {
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { _, _ in
            let body = HTTPResponse.Body.stream { writer in
                for _ in 0..<10 { try writer.write("0123456789") }
            }
            return .truncateBody(HTTPResponse(status: 200, body: body), keepingBodyBytes: 25)
        }
        try await withServer(handler: handler) { _, port in
            let client = try RawClient(port: port)
            client.send("GET / HTTP/1.0\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "0123456789012345678901234")
        }
    }

    @Test(".respondAfter delays the response by at least the given time")
    func slowResponse() async throws {
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { _, _ in
            .respondAfter(seconds: 0.3, .text("late"))
        }
        try await withServer(handler: handler) { _, port in
            let started = ContinuousClock.now
            let (status, _, body) = try await fetch(makeSession(), makeRequest(port, "/"))
            #expect(ContinuousClock.now - started >= .milliseconds(300))
            #expect(status == 200)
            #expect(body == Array("late".utf8))
        }
    }

    @Test("a stream that fails midway leaves the client with an error, not a short body")
    func truncatedStream() async throws {
        struct Interrupted: Error {}
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { request, _ in
            if request.path == "/ok" { return .response(.text("fine")) }
            return .response(HTTPResponse(status: 200, body: .stream { writer in
                try writer.write(patternBytes(count: 100_000))
                try writer.flush()
                throw Interrupted()
            }))
        }
        try await withServer(handler: handler) { server, port in
            let session = makeSession()
            await #expect(throws: URLError.self) {
                _ = try await fetch(session, makeRequest(port, "/bulk.jsonl"))
            }
            let after = try await fetch(session, makeRequest(port, "/ok"))
            #expect(after.status == 200)
            #expect(server.statistics.requestsDropped == 1)
        }
    }

    @Test("a handler's own Connection: close header closes the connection after replying")
    func handlerClosesConnection() async throws {
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { _, _ in
            .response(HTTPResponse(status: 503, headers: ["Connection": "close"]))
        }
        try await withServer(handler: handler) { server, port in
            let session = makeSession()
            let first = try await fetch(session, makeRequest(port, "/"))
            let second = try await fetch(session, makeRequest(port, "/"))
            #expect(first.status == 503)
            #expect(second.status == 503)
            #expect(server.statistics.connectionsAccepted == 2)
        }
    }
}
