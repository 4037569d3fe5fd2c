import Foundation
import GraphQL
import JobQueue
import ShopSyncApp
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing

@Suite("The client in a job run")
struct JobClientTests {
    @Test("a job's interpreter reaches a sandbox shop and writes the request log to the shared ledger")
    func jobReachesSandbox() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.db").path
        let factory = JobWiring.factory(path: path, clock: SystemClock())
        let setup = factory.make(CapturingOutputSink(), { false }).run("""
            shop "demo" sandbox
            sandbox seed 3 customers 5 products 3 orders 4 companies 1
            set logging_mode = "all"
            """)
        #expect(setup.status == .success, "\(setup.diagnostics.map(\.message.text))")
        let output = CapturingOutputSink()
        let job = factory.make(output, { false })
            .run("shopify query \"{ orders(first: 2) { nodes { name } } }\"")
        #expect(job.status == .success, "\(job.diagnostics.map(\.message.text))")
        #expect(try JSON.parse(output.standardOutput)["data"]?["orders"]?["nodes"]?.arrayValue?.count == 2)
        let check = CapturingOutputSink()
        _ = factory.make(check, { false }).run("print count(api_requests)")
        #expect(check.standardOutput == "1\n")
    }
}
