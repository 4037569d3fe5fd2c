import Foundation
import ShopSyncTesting
import Testing

/// `scripts/demo.shs`, the first thing a newcomer runs, as a test: it must finish, pass its own
/// assertions and show the problems it promises on the dashboard.
@Suite("the demo", .enabled(if: ShsProcess.executable != nil, "needs the built shs"))
struct DemoTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/demo.shs")

    @Test("the demo runs every task, shows non-zero cues, and one fixed mapping lowers a cue")
    func demo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shs-demo-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ShsProcess.run(["--db", folder.appendingPathComponent("ledger.db").path,
                                      "run", Self.script.path])
        #expect(run.status == 0, "\(run.standardError)")
        let out = run.standardOutput
        for task in ["sync customers:", "sync companies:", "sync products:", "sync orders:",
                     "create sales documents:", "post sales orders:", "sync shipments:", "sync inventory:"] {
            #expect(out.contains(task), "the demo runs \(task)")
        }
        let edits = out.components(separatedBy: "== 3.").last?.components(separatedBy: "== 4.").first ?? ""
        #expect(edits.contains("#1004") && edits.contains("quantity"), "the edited order is listed with its edit")
        #expect(out.contains("job log: order to cash success"), "the worker ran the schedule")
        #expect(out.contains("job log: #2 error"), "the failing job is in the log")
        let dashboard = try #require(out.components(separatedBy: "== 5. The dashboard ==").last)
        for cue in ["unprocessed_orders", "shipment_errors", "sync_errors", "unprocessed_order_updates"] {
            let line = dashboard.split(separator: "\n").first { $0.hasPrefix(cue + "\t") }
            let count = line.flatMap { Int($0.split(separator: "\t")[1]) } ?? 0
            #expect(count > 0, "\(cue) shows a problem")
        }
        #expect(out.contains("variant mapped again"), "fixing the mapping reaches the product")
    }
}

/// `scripts/schedules.shs`, the README's example of the reference's recurring tasks.
@Suite("the schedules script", .enabled(if: ShsProcess.executable != nil, "needs the built shs"))
struct SchedulesScriptTests {
    static let script = DemoTests.script.deletingLastPathComponent().appendingPathComponent("schedules.shs")

    @Test("it saves the reference's six recurring tasks, and running it again duplicates none")
    func schedules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shs-schedules-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("ledger.db").path
        #expect(try ShsProcess.run(["--db", db, "-c", "shop \"acme\" sandbox"]).status == 0)
        for _ in 0..<2 {
            let run = try ShsProcess.run(["--db", db, "run", Self.script.path, "acme"])
            #expect(run.status == 0, "\(run.standardError)")
        }
        let jobs = try ShsProcess.run(["--db", db, "--format", "csv", "-c", "jobs"])
        #expect(jobs.status == 0, "\(jobs.standardError)")
        let rows = jobs.standardOutput.split(whereSeparator: \.isNewline).dropFirst()
        let names = rows.map { $0.split(separator: ",")[1] }
        #expect(names == ["customers", "products", "orders", "shipments", "inventory", "posting"])
    }
}
