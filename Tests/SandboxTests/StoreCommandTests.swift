import Foundation
import LedgerService
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing

/// The sandbox's data commands as two successive `shs` runs use them: one ledger file, the
/// sandbox store beside it.
@Suite("sandbox store commands")
struct StoreCommandTests {
    func session(ledger: String) -> ScriptHarness {
        let services = Services()
        services.register(LedgerProvider(path: ledger))
        return ScriptHarness(services: services)
    }

    @Test("a second session on the same ledger sees the seeded store, its new orders and its clock")
    func successiveRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sbx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = folder.appendingPathComponent("shopsync.db").path
        let first = session(ledger: ledger).run("""
            sandbox seed 3 customers 5 products 3 orders 10 companies 0
            sandbox new orders 2
            sandbox clock advance 3d
            """)
        #expect(first.status == .success, "\(first.messages)")
        #expect(FileManager.default.fileExists(atPath: ledger + ".sandbox"))
        let second = session(ledger: ledger).run("let s = sandbox status\nprint s.Order, s.clock")
        #expect(second.standardOutput == "12 2026-12-04T09:00:00Z\n")
    }

    @Test("a refused change names the order and the rule, and changes nothing")
    func refusals() {
        let harness = ScriptHarness()
        let unknown = harness.run("sandbox seed 1 orders 5\nsandbox order \"#999\" pay")
        #expect(unknown.messages == ["no sandbox order '#999'"])
        let negative = harness.run("sandbox variant \"1000\" stock -1")
        #expect(negative.messages == ["a quantity of -1 is not allowed here"])
    }
}
