import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Glibc
import HTTPServer
import Testing

@Suite("starting and stopping")
struct LifecycleTests {
    @Test("stop() closes idle keep-alive connections and releases the port for a new server")
    func stopWithIdleConnections() async throws {
        let first = HTTPServer(handler: echoHandler)
        let port = try first.start()
        let sessions = [makeSession(), makeSession(), makeSession()]
        for session in sessions {
            #expect(try await fetch(session, makeRequest(port, "/")).status == 200)
        }
        #expect(first.statistics.connectionsOpen == 3)

        #expect(await stopOffThePool(first))
        #expect(first.statistics.connectionsOpen == 0)
        #expect(first.port == nil)

        let second = HTTPServer(port: port, handler: echoHandler)
        #expect(try second.start() == port)
        // The old pooled connection is dead; libcurl notices and connects afresh.
        let (status, _, _) = try await fetch(sessions[0], makeRequest(port, "/again"))
        #expect(status == 200)
        #expect(second.statistics.connectionsAccepted == 1)
        await stopOffThePool(second)
    }

    @Test("stop() lets a request in progress finish and closes its connection afterwards")
    func stopWaitsForInFlightRequest() async throws {
        let started = Probe()
        let release = Probe()
        let server = HTTPServer { _, _ in
            started.bump()
            // Holds the request open until the test has seen stop() begin.
            while release.value == 0 { usleep(1000) }
            return .response(.text("finished"))
        }
        let port = try server.start()
        let client = try RawClient(port: port)
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(await started.wait(for: 1))

        async let stopped = stopOffThePool(server)
        #expect(await eventually { server.port == nil })
        release.bump()
        #expect(await stopped)
        let response = try client.readResponse()
        #expect(response.text == "finished")
        #expect(response.headers["connection"] == "close")
        #expect(server.statistics.requestsServed == 1)
    }

    @Test("stop() cuts a slow response that outlasts the grace period, without answering it")
    func stopCutsSlowResponse() async throws {
        let started = Probe()
        let configuration = HTTPServerConfiguration(stopGracePeriod: 0.1)
        let server = HTTPServer(configuration: configuration) { _, _ in
            started.bump()
            return .respondAfter(seconds: .infinity, .text("never"))
        }
        let port = try server.start()
        let client = try RawClient(port: port)
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(await started.wait(for: 1))

        #expect(await stopOffThePool(server))
        #expect(client.isClosedByServer())
        #expect(server.statistics.requestsDropped == 1)
        #expect(server.statistics.requestsServed == 0)
    }

    @Test("stop() closes a connection whose request never completes")
    func stopCutsPartialRequest() async throws {
        let configuration = HTTPServerConfiguration(stopGracePeriod: 0.1)
        let server = HTTPServer(configuration: configuration, handler: echoHandler)
        let port = try server.start()
        let client = try RawClient(port: port)
        client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhalf")
        for _ in 0..<500 where server.statistics.connectionsAccepted == 0 {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(await stopOffThePool(server))
        #expect(client.isClosedByServer())
        #expect(server.statistics.requestsServed == 0)
    }

    @Test("an idle keep-alive connection is closed after the idle timeout")
    func idleTimeout() async throws {
        let configuration = HTTPServerConfiguration(idleTimeout: 0.2)
        try await withServer(configuration: configuration) { server, port in
            let client = try RawClient(port: port)
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().status == 200)
            #expect(client.isClosedByServer())
            #expect(await eventually { server.statistics.connectionsOpen == 0 })
        }
    }

    @Test("starting twice, binding a port in use and a host name are errors with details")
    func startErrors() throws {
        let server = HTTPServer(handler: echoHandler)
        let port = try server.start()
        defer { server.stop() }
        #expect(throws: HTTPServerError.alreadyStarted) { try server.start() }

        let rival = HTTPServer(port: port, handler: echoHandler)
        let error = #expect(throws: HTTPServerError.self) { try rival.start() }
        guard case .bindFailed(let host, let boundPort, let code, let reason)? = error else {
            Issue.record("expected bindFailed, got \(String(describing: error))")
            return
        }
        #expect(host == "127.0.0.1" && boundPort == port && code == EADDRINUSE)
        #expect(error?.description == "http server: cannot bind 127.0.0.1:\(port): \(reason) "
            + "(errno \(EADDRINUSE))")

        let named = HTTPServer(host: "localhost", handler: echoHandler)
        #expect(throws: HTTPServerError.invalidHost("localhost")) { try named.start() }
    }

    @Test("stop() before start() and a second stop() return at once")
    func stopIsIdempotent() throws {
        let server = HTTPServer(handler: echoHandler)
        #expect(server.stop())
        #expect(throws: HTTPServerError.alreadyStarted) { try server.start() }
        let running = HTTPServer(handler: echoHandler)
        try running.start()
        #expect(running.stop())
        #expect(running.stop())
    }
}
