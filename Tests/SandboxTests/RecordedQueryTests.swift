import Foundation
import GraphQL
import Testing
@testable import Sandbox

/// A recorded Shopify call: its document, variables and Shopify's requested cost.
struct RecordedQuery {
    let name: String
    let query: String
    let variables: [String: JSON]
    let requestedCost: Int?

    /// Every call in `recorded/*.jsonl` under the reference folder.
    static func all(in folder: String) throws -> [RecordedQuery] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/recorded")
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        return try files.flatMap { file in
            try String(contentsOfFile: folder + "/recorded/" + file, encoding: .utf8)
                .split(separator: "\n").compactMap { line -> RecordedQuery? in
                    guard let call = try? JSON.parse(String(line)), let query = call["query"]?.stringValue
                    else { return nil }
                    let variables = call["variables"]?.objectValue
                        .map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key, $0.value) }) }
                    return RecordedQuery(name: "\(file) \(call["operationName"]?.stringValue ?? "-")", query: query,
                                         variables: variables ?? [:],
                                         requestedCost: call["requestedQueryCost"]?.intValue)
                }
        }
    }
}

@Suite("recorded Shopify queries against the sandbox",
       .enabled(if: shopifyReferenceDirectory() != nil, "no ../shared/shopify: skipped"))
struct RecordedQueryTests {
    static let store = try! makeStore(sizes: StoreSizes(customers: 30, products: 10, orders: 60, companies: 2))

    @Test("every recorded query the sandbox serves runs without an internal error, at Shopify's requested cost")
    func recordedQueriesRun() throws {
        let calls = try RecordedQuery.all(in: try #require(shopifyReferenceDirectory()))
        let engine = SandboxGraphQLEngine(store: Self.store)
        let schema = SandboxSchema.schema
        var served = 0, exactCost = 0, costed = 0
        for call in calls {
            guard case .success(let document) = Parser.parseDocument(call.query),
                  let operation = document.operation(named: nil) ?? document.operations.first,
                  validate(document, against: schema, operationName: operation.name,
                           variables: call.variables).isEmpty else { continue }
            served += 1
            let result = engine.run(call.query, variables: call.variables, operationName: operation.name)
            #expect(result.data != nil, "\(call.name): \(result.errors)")
            #expect(!result.errors.contains { $0.code == "INTERNAL_SERVER_ERROR" }, "\(call.name)")
            guard let recorded = call.requestedCost else { continue }
            costed += 1
            if requestedCost(of: operation, in: document, schema: schema, variables: call.variables) == recorded {
                exactCost += 1
            }
        }
        print("recorded queries: \(calls.count), served by the sandbox: \(served), "
            + "requested cost exact: \(exactCost)/\(costed)")
        #expect(served >= 50)
        #expect(exactCost * 10 >= costed * 9)
    }
}
