import HTTPServer
import Testing

/// Wire-level behaviour, driven by a raw socket client that can send what URLSession will not.
@Suite("HTTP/1.1 on the wire")
struct ProtocolTests {
    @Test("a chunked request body is de-chunked, skipping extensions and trailers")
    func chunkedRequestBody() async throws {
        try await withServer { _, port in
            let client = try RawClient(port: port)
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            client.send("5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "hello, world")
            #expect(response.headers["x-body-count"] == "12")
        }
    }

    @Test("Expect: 100-continue gets an interim 100 before the client sends the body")
    func expectContinue() async throws {
        try await withServer { _, port in
            let client = try RawClient(port: port)
            client.send("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                + "Expect: 100-continue\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            client.send("data")
            let final = try client.readResponse()
            #expect(final.status == 200)
            #expect(final.text == "data")
        }
    }

    @Test("Expect: 100-continue with a body over the limit gets 413 instead of 100")
    func expectContinueOverLimit() async throws {
        try await withServer(configuration: HTTPServerConfiguration(maxBodyBytes: 10)) { _, port in
            let client = try RawClient(port: port)
            client.send("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n"
                + "Expect: 100-continue\r\n\r\n")
            #expect(try client.readResponse().status == 413)
            #expect(client.isClosedByServer())
        }
    }

    @Test("a malformed request line gets 400 and the connection is closed",
          arguments: ["GARBAGE\r\n\r\n", "GET /\r\n\r\n", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n",
                      "G(T / HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n"])
    func malformedRequestLine(requestText: String) async throws {
        try await withServer { server, port in
            let client = try RawClient(port: port)
            client.send(requestText)
            #expect(try client.readResponse().status == 400)
            #expect(client.isClosedByServer())
            #expect(server.statistics.requestsRejected == 1)
            #expect(server.statistics.requestsServed == 0)
        }
    }

    @Test("malformed heads get 400",
          arguments: ["GET / HTTP/1.1\r\n\r\n",
                      "GET / HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n",
                      "GET / HTTP/1.1\r\nHost: x\r\n folded: 1\r\n\r\n",
                      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n",
                      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                        + "Content-Length: 2\r\n\r\n",
                      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n",
                      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"])
    func malformedHead(requestText: String) async throws {
        try await withServer { _, port in
            let client = try RawClient(port: port)
            client.send(requestText)
            #expect(try client.readResponse().status == 400)
        }
    }

    @Test("an unknown HTTP version gets 505 and an unknown transfer coding gets 501")
    func unsupportedFeatures() async throws {
        try await withServer { _, port in
            let old = try RawClient(port: port)
            old.send("GET / HTTP/2.0\r\nHost: x\r\n\r\n")
            #expect(try old.readResponse().status == 505)
            let gzip = try RawClient(port: port)
            gzip.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n")
            #expect(try gzip.readResponse().status == 501)
        }
    }

    @Test("a Content-Length over the body limit gets 413 and the body is never read")
    func oversizeBody() async throws {
        let configuration = HTTPServerConfiguration(maxBodyBytes: 1024)
        try await withServer(configuration: configuration) { server, port in
            let client = try RawClient(port: port)
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n\r\n")
            client.send(patternBytes(count: 1025))
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.headers["connection"] == "close")
            #expect(server.statistics.requestsServed == 0)
        }
    }

    @Test("a chunked body that grows over the limit gets 413")
    func oversizeChunkedBody() async throws {
        let configuration = HTTPServerConfiguration(maxBodyBytes: 8)
        try await withServer(configuration: configuration) { _, port in
            let client = try RawClient(port: port)
            client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            client.send("5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n")
            #expect(try client.readResponse().status == 413)
        }
    }

    @Test("a header block over the limit gets 431")
    func oversizeHead() async throws {
        let configuration = HTTPServerConfiguration(maxHeaderBytes: 256)
        try await withServer(configuration: configuration) { _, port in
            let client = try RawClient(port: port)
            let filler = String(repeating: "a", count: 300)
            client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: \(filler)\r\n\r\n")
            #expect(try client.readResponse().status == 431)
        }
    }

    @Test("Connection: close is honoured after the response")
    func connectionClose() async throws {
        try await withServer { _, port in
            let client = try RawClient(port: port)
            client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.headers["connection"] == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test("HTTP/1.0 closes after one response unless keep-alive is asked for")
    func http10() async throws {
        try await withServer { server, port in
            let plain = try RawClient(port: port)
            plain.send("GET /a HTTP/1.0\r\n\r\n")
            #expect(try plain.readResponse().status == 200)
            #expect(plain.isClosedByServer())

            let kept = try RawClient(port: port)
            kept.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().headers["connection"] == "keep-alive")
            kept.send("GET /c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().headers["x-request-number"] == "2")
            #expect(server.statistics.connectionsAccepted == 2)
        }
    }

    @Test("pipelined requests sent in one write are answered in order")
    func pipelining() async throws {
        try await withServer { _, port in
            let client = try RawClient(port: port)
            client.send("POST /1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\none"
                + "GET /2 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "\r\nPOST /3 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nthree")
            let replies = try (0..<3).map { _ in try client.readResponse() }
            #expect(replies.map(\.text) == ["one", "", "three"])
            #expect(replies.map { $0.headers["x-path"] } == ["/1", "/2", "/3"])
        }
    }

    @Test("a HEAD response carries Content-Length but no body")
    func headRequest() async throws {
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { _, _ in
            .response(.text("twelve bytes"))
        }
        try await withServer(handler: handler) { _, port in
            let client = try RawClient(port: port)
            client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
            let head = try client.readResponse(expectBody: false)
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == "12")
            #expect(try client.readResponse().text == "twelve bytes")
        }
    }

    @Test("a streamed response to HTTP/1.0 is sent raw and ended by closing")
    func streamToHTTP10() async throws {
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { _, _ in
            .response(HTTPResponse(status: 200, body: .stream { try $0.write("old client") }))
        }
        try await withServer(handler: handler) { _, port in
            let client = try RawClient(port: port)
            client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.headers["transfer-encoding"] == nil)
            #expect(response.text == "old client")
        }
    }
}
