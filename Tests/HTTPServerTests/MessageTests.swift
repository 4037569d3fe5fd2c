import HTTPServer
import Testing

@Suite("request and header values")
struct MessageTests {
    @Test("header lookup ignores case and keeps every value of a repeated header in order")
    func headerLookup() {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        headers.add("X-Tag", "a")
        headers.add("x-tag", "b")
        #expect(headers["content-type"] == "application/json")
        #expect(headers.values(for: "X-TAG") == ["a", "b"])
        headers["X-Tag"] = "c"
        #expect(headers.values(for: "x-tag") == ["c"])
        headers["x-tag"] = nil
        #expect(!headers.contains("X-Tag"))
        #expect(headers.count == 1)
    }

    @Test("a comma-separated header is searched token by token")
    func headerTokens() {
        let headers: HTTPHeaders = ["Connection": "Upgrade,  Keep-Alive "]
        #expect(headers.hasToken("keep-alive", in: "connection"))
        #expect(!headers.hasToken("close", in: "Connection"))
    }

    @Test("path, query and decoded query parameters come from the target")
    func targetParts() {
        let request = HTTPRequest(
            method: "GET", target: "/bulk/op%201.jsonl?token=a%2Bb&name=x+y&flag&token=last")
        #expect(request.path == "/bulk/op%201.jsonl")
        #expect(request.query == "token=a%2Bb&name=x+y&flag&token=last")
        #expect(request.queryParameters == ["token": "last", "name": "x y", "flag": ""])
        #expect(HTTPRequest(method: "GET", target: "/plain").query == nil)
    }

    @Test("keep-alive is the default in HTTP/1.1 and must be asked for in HTTP/1.0")
    func keepAliveRules() {
        #expect(HTTPRequest(method: "GET", target: "/").wantsKeepAlive)
        #expect(!HTTPRequest(method: "GET", target: "/", headers: ["Connection": "close"])
            .wantsKeepAlive)
        #expect(!HTTPRequest(method: "GET", target: "/", version: .http10).wantsKeepAlive)
        #expect(HTTPRequest(method: "GET", target: "/", version: .http10,
                            headers: ["Connection": "keep-alive"]).wantsKeepAlive)
    }

    @Test("responses get the standard reason phrase unless one is given")
    func reasonPhrases() {
        #expect(HTTPResponse(status: 429).reason == "Too Many Requests")
        #expect(HTTPResponse(status: 200, reason: "Fine").reason == "Fine")
        #expect(HTTPResponse(status: 299).reason == "")
        #expect(HTTPResponse.text("hi").headers["content-type"] == "text/plain; charset=utf-8")
    }

    @Test("a body that is not UTF-8 has no text")
    func bodyText() {
        #expect(HTTPRequest(method: "POST", target: "/", body: Array("ok".utf8)).bodyText == "ok")
        #expect(HTTPRequest(method: "POST", target: "/", body: [0xFF, 0xFE]).bodyText == nil)
    }
}

@Suite("response dates")
struct ResponseDateTests {
    @Test("every response carries an IMF-fixdate Date unless the handler set one")
    func dateHeader() async throws {
        let handler: @Sendable (HTTPRequest, ConnectionContext) -> HTTPReply = { request, _ in
            guard request.path == "/fixed" else { return .response(.text("now")) }
            return .response(HTTPResponse(
                status: 200, headers: ["Date": "Sun, 06 Nov 1994 08:49:37 GMT"]))
        }
        try await withServer(handler: handler) { _, port in
            let client = try RawClient(port: port)
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /fixed HTTP/1.1\r\nHost: x\r\n\r\n")
            let generated = try #require(try client.readResponse().headers["date"])
            #expect(generated.wholeMatch(
                of: /(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/)
                != nil)
            #expect(try client.readResponse().headers["date"] == "Sun, 06 Nov 1994 08:49:37 GMT")
        }
    }
}
