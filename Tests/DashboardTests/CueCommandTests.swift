import Foundation
import LedgerService
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing
@testable import Ledger

@Suite("cues commands")
struct CueCommandTests {
    /// A harness whose ledger is the scenario's file.
    static func harness(_ scenario: CueScenario, format: OutputFormat = .plain) -> ScriptHarness {
        let services = Services()
        services.register(LedgerProvider(path: scenario.path))
        return ScriptHarness(format: format, start: CueScenario.now, services: services)
    }

    @Test("cues shows every cue with its count and state")
    func dashboard() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let run = Self.harness(scenario).run("cues")
        #expect(run.status == .success)
        guard case .table(let table)? = run.results.first else { Issue.record("no table"); return }
        #expect(table.columns.map(\.name) == ["cue", "count", "state", "what"])
        #expect(table.rows.count == Cue.allCases.count)
        let orders = try #require(table.rows.first { $0[0] == .string("unprocessed_orders") })
        #expect(orders[1] == .int(2))
        #expect(orders[2] == .string("yellow"))
    }

    @Test("with --format json the dashboard is JSON only")
    func json() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let run = Self.harness(scenario, format: .json).run("cues for \"eu\"")
        let rows = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]]
        let counts = Dictionary(uniqueKeysWithValues: (rows ?? []).map {
            ($0["cue"] as? String ?? "", $0["count"] as? Int ?? -1)
        })
        #expect(counts["api_errors"] == 1)
        #expect(counts["unprocessed_orders"] == 0)
        #expect(counts.count == Cue.allCases.count)
    }

    @Test("cues show lists the records with reason and fix")
    func show() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let run = Self.harness(scenario).run("cues show shipment_errors")
        #expect(run.standardOutput.contains("line 5 is no longer open in Shopify"))
        #expect(run.standardOutput.contains("shipment \"S-3\" retry"))
    }

    @Test("an unknown cue is a bind error that suggests the right name")
    func unknownCue() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let run = Self.harness(scenario).run("cues show unproccessed_orders")
        #expect(run.status == .scriptError)
        #expect(run.standardError.contains("unprocessed_orders"))
    }

    @Test("cue thresholds change the colour; thresholds out of order are a bind error")
    func thresholds() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let harness = Self.harness(scenario)
        let bad = harness.run("cue sync_errors thresholds 9 2")
        #expect(bad.status == .scriptError)
        #expect(bad.locations.first == "1:30")
        #expect(harness.run("cue unprocessed_orders thresholds 3 10").status == .success)
        #expect(try scenario.ledger.cueCounts().first { $0.cue == .unprocessedOrders }?.state == .green)
    }

    @Test("cues watch shows the dashboard the number of times asked, a clock interval apart")
    func watch() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let harness = Self.harness(scenario)
        let run = harness.run("cues watch every 30s times 3")
        #expect(run.status == .success)
        #expect(run.results.count == 3)
        #expect(harness.clock.now().since(CueScenario.now).milliseconds == 60_000)
        #expect(!run.standardOutput.contains("\u{1B}["), "no escape codes when not a terminal")
    }

    @Test("cues export html writes a self-contained page with every cue and the records")
    func exportHTML() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cues-\(UUID()).html")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = Self.harness(scenario).run("cues export html \"\(file.path)\"")
        #expect(run.status == .success)
        let page = try String(contentsOf: file, encoding: .utf8)
        for cue in Cue.allCases { #expect(page.contains("id=\"cue-\(cue.rawValue)\"")) }
        #expect(page.contains("class=\"cue yellow\" id=\"cue-unprocessed_orders\""))
        #expect(page.contains("totalPrice &#39;12,50&#39; is not money"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("<script"))
    }
}
