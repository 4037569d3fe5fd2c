import Foundation
import GraphQL
import ShopSyncCore
import ShopifyClient
import Testing

/// Lines of a bulk result: `orders` orders, each followed by `lines` line items.
func bulkLines(orders: Int, lines: Int) -> [String] {
    (1...orders).flatMap { order -> [String] in
        let parent = "gid://shopify/Order/\(order)"
        let children = (1...lines).map { line in
            #"{"id":"gid://shopify/LineItem/\#(order * 100 + line)","quantity":1,"__parentId":"\#(parent)"}"#
        }
        return [##"{"id":"\##(parent)","name":"#\##(1000 + order)"}"##] + children
    }
}

@Suite("Bulk queries", .serialized)
struct BulkTests {
    static let query = "{ orders { edges { node { id name lineItems { edges { node { id quantity } } } } } } }"

    func export(_ client: ShopifyClient) throws -> (roots: [BulkObject], summary: BulkAssembler.Summary) {
        let exporter = BulkExporter(client: client)
        let operation = try exporter.wait(for: try exporter.start(BulkTests.query))
        var roots: [BulkObject] = []
        let summary = try exporter.download(operation) { roots.append($0) }
        return (roots, summary)
    }

    @Test("start, poll until completed, stream the result and rebuild orders with their lines (in-process)")
    func inProcess() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        fake.state.withLock { $0.bulkLines = bulkLines(orders: 40, lines: 3) }
        let (roots, summary) = try export(makeClient(fake))
        #expect(roots.count == 40)
        #expect(roots.allSatisfy { $0.children.count == 3 })
        #expect(roots[0].children.first?.json["__parentId"] == nil)
        #expect(summary.roots == 40 && summary.lines == 160 && summary.problems.isEmpty)
        #expect(fake.operations.filter { $0 == "BulkOperationPoll" }.count == 3)
    }

    @Test("over HTTP the result is downloaded to a file and read line by line")
    func overHTTP() throws {
        let fake = FakeShopify(clock: startOfTest(), token: testToken)
        let (server, baseURL) = try fake.serve()
        defer { _ = server.stop() }
        fake.state.withLock { $0.bulkLines = bulkLines(orders: 500, lines: 2) }
        let client = makeClient(fake, transport: URLSessionTransport(baseURL: baseURL))
        let (roots, summary) = try export(client)
        #expect(roots.count == 500)
        #expect(roots.last?.id == "gid://shopify/Order/500")
        #expect(roots.last?.children.map(\.id) == ["gid://shopify/LineItem/50001", "gid://shopify/LineItem/50002"])
        #expect(summary.lines == 1500 && summary.problems.isEmpty)
    }

    @Test("a line that is not JSON or whose parent is unknown is a problem; the rest is rebuilt")
    func badLines() throws {
        var assembler = BulkAssembler()
        var roots: [BulkObject] = []
        for line in [#"{"id":"gid://shopify/Order/1"}"#, "not json",
                     #"{"id":"gid://shopify/LineItem/9","__parentId":"gid://shopify/Order/77"}"#,
                     #"{"id":"gid://shopify/LineItem/1","__parentId":"gid://shopify/Order/1"}"#] {
            try assembler.add(line: line) { roots.append($0) }
        }
        let summary = try assembler.finishing { roots.append($0) }
        #expect(roots.count == 1 && roots[0].children.count == 1)
        #expect(summary.problems.count == 2)
        #expect(summary.problems[0] == "line 2: not a JSON object")
    }

    @Test("grandchildren attach under their own parent, not the root")
    func grandchildren() throws {
        var assembler = BulkAssembler()
        var roots: [BulkObject] = []
        for line in [#"{"id":"P1"}"#, #"{"id":"V1","__parentId":"P1"}"#, #"{"id":"L1","__parentId":"V1"}"#,
                     #"{"id":"V2","__parentId":"P1"}"#, #"{"id":"P2"}"#] {
            try assembler.add(line: line) { roots.append($0) }
        }
        _ = try assembler.finishing { roots.append($0) }
        #expect(roots.map(\.id) == ["P1", "P2"])
        #expect(roots[0].children.map(\.id) == ["V1", "V2"])
        #expect(roots[0].children[0].children.map(\.id) == ["L1"])
    }

    @Test("the line reader returns every line of a file larger than its buffer, the last without a newline")
    func lineReader() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = (0..<20_000).map { "line \($0) " + String(repeating: "x", count: $0 % 50) }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let reader = try LineReader(path: url.path)
        var read: [String] = []
        while let line = try reader.nextLine() { read.append(line) }
        #expect(read == lines)
    }
}
