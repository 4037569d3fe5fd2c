import Foundation
import Testing
@testable import GraphQL

/// One recorded Shopify call, as far as cost is concerned.
struct RecordedCall {
    var file: String
    var operationName: String?
    var query: String
    var variables: [String: JSON]
    var requestedQueryCost: Int
    var actualQueryCost: Int?
    var data: JSON?

    /// Every call in `shopify/recorded/*.jsonl`, read with our own JSON parser.
    static let all: [RecordedCall] = {
        guard let folder = SharedFixtures.recordedFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        var calls: [RecordedCall] = []
        for name in names.sorted() where name.hasSuffix(".jsonl") {
            let url = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                guard let json = try? JSON.parse(String(line)) else { continue }
                if let call = RecordedCall(file: name, json: json) { calls.append(call) }
            }
        }
        return calls
    }()

    init?(file: String, json: JSON) {
        guard let query = json["query"]?.stringValue,
              let cost = json["requestedQueryCost"]?.intValue else { return nil }
        self.file = file
        self.query = query
        operationName = json["operationName"]?.stringValue
        requestedQueryCost = cost
        actualQueryCost = json["actualQueryCost"]?.intValue
        data = json["body"]?["data"]
        var variables: [String: JSON] = [:]
        for member in json["variables"]?.objectValue ?? [:] { variables[member.key] = member.value }
        self.variables = variables
    }
}

// Reads ../shared/shopify/recorded; without that folder the suite is reported as skipped.
@Suite("requested cost against Shopify's recorded figures",
       .enabled(if: SharedFixtures.isAvailable))
struct RecordedCostTests {
    @Test("at least 90% of recorded queries that validate get Shopify's exact requested cost")
    func recordedCostMatchRate() throws {
        let schema = try #require(SharedFixtures.adminSchema)
        var counted = 0
        var exact = 0
        var skipped = 0
        var misses: [(call: RecordedCall, ours: Int)] = []
        for call in RecordedCall.all {
            let parsed = Parser.parseDocument(call.query)
            guard case .success(let document) = parsed,
                  // Some recordings label the call with a name other than the operation's.
                  let operation = document.operation(named: call.operationName)
                    ?? document.operation(named: nil) else {
                skipped += 1
                if ProcessInfo.processInfo.environment["SHOW_INVALID"] != nil {
                    print("UNPARSED \(call.operationName ?? "-"): \(parsed)")
                }
                continue
            }
            let errors = validate(document, against: schema, operationName: operation.name,
                                  variables: call.variables)
            guard errors.isEmpty else {
                skipped += 1
                if ProcessInfo.processInfo.environment["SHOW_INVALID"] != nil {
                    print("INVALID \(call.operationName ?? "-"): \(errors.prefix(3))")
                }
                continue
            }
            counted += 1
            let ours = requestedCost(of: operation, in: document, schema: schema,
                                     variables: call.variables)
            if ours == call.requestedQueryCost { exact += 1 } else { misses.append((call, ours)) }
            if let wanted = ProcessInfo.processInfo.environment["COST_TRACE"],
               wanted == call.operationName {
                print("TRACE \(call.requestedQueryCost) actual \(call.actualQueryCost ?? -1)")
                print(call.query)
                let lines = costTrace(of: operation, in: document, schema: schema,
                                      variables: call.variables)
                print(lines.joined(separator: "\n"))
            }
        }
        let rate = counted == 0 ? 0 : Double(exact) / Double(counted)
        print("recorded cost: \(exact)/\(counted) exact (\(rate)), \(skipped) skipped")
        let worst = misses.sorted {
            abs($0.ours - $0.call.requestedQueryCost) > abs($1.ours - $1.call.requestedQueryCost)
        }
        let shown = Int(ProcessInfo.processInfo.environment["COST_MISSES"] ?? "8") ?? 8
        for miss in worst.prefix(shown) {
            print("  \(miss.call.file) \(miss.call.operationName ?? "-"): shopify "
                  + "\(miss.call.requestedQueryCost), ours \(miss.ours)")
        }
        #expect(counted > 400)
        #expect(rate >= 0.9)
    }

    @Test("actual cost from recorded response data matches Shopify for at least 35% of calls")
    func recordedActualCost() throws {
        let schema = try #require(SharedFixtures.adminSchema)
        var counted = 0
        var exact = 0
        for call in RecordedCall.all {
            guard let expected = call.actualQueryCost, let data = call.data,
                  case .success(let document) = Parser.parseDocument(call.query),
                  let operation = document.operation(named: call.operationName)
                    ?? document.operation(named: nil) else { continue }
            counted += 1
            let ours = actualCost(of: operation, in: document, schema: schema,
                                  variables: call.variables, data: data)
            if ours == expected { exact += 1 }
        }
        print("recorded actual cost: \(exact)/\(counted) exact")
        #expect(counted > 400)
        // A regression floor, not a claim of fidelity: actual cost is only approximated.
        #expect(Double(exact) / Double(max(counted, 1)) >= 0.35)
    }
}
