import Foundation
import Ledger
import LedgerService
import Sandbox
import ShopSyncApp
import ShopSyncCore
import ShsInterpreter

/// The sync figures (issue 6): an initial `sync orders` of 10,000 orders from the sandbox over
/// HTTP on the standard plan, the same as a bulk backfill of a larger store, and `create sales
/// documents` for the imported orders against the ledger's raw insert rate.
///
/// The sandbox server runs in this process, so peak memory counts it too: an upper bound for
/// the sync itself. The high-water mark is reset after the store is generated.
enum SyncBench {
    static func run(bulkOrders: Int) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("shs-bench-sync-\(getpid())", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        setenv(SyncRig.tokenVariable, SyncRig.token, 1)
        let raw = try LedgerBenchmarks.importedOrderInsertRate(orders: 5000).rawOrdersPerSecond
        try pagedImport(SyncRig(folder: folder, name: "paged", orders: 10_000), rawRate: raw)
        try bulkBackfill(SyncRig(folder: folder, name: "bulk", orders: bulkOrders))
    }

    static func pagedImport(_ rig: SyncRig, rawRate: Double) throws {
        print(String(format: "store of %d orders generated in %.1f s", rig.orders, rig.generation))
        try rig.run(SyncRig.erpSetup + "\nsync products")
        let summary = try rig.measure("sync orders")
        let orders = Double(summary.int("fetched"))
        let points = Double(summary.int("api_points"))
        let budget = Double(ThrottlePlan.standard.maximumAvailable)
            + Double(ThrottlePlan.standard.restoreRate) * summary.seconds
        print(String(format: "initial sync orders over HTTP, standard plan: %.0f orders (%d created) "
                        + "in %.1f s, throttled %.1f s", orders, summary.int("created"),
                     summary.seconds, summary.throttledSeconds))
        print(String(format: "  API points per complete order: %.2f (target: 2 or fewer; the reference "
                        + "spends over 100: ratio %.3f)", points / orders, points / orders / 100))
        print(String(format: "  budget use: %.0f points of %.0f available = %.2f (target: at least 0.9)",
                     points, budget, points / budget))
        print(String(format: "  peak memory (VmHWM): %.0f MB", summary.peakMegabytes))
        let documents = try rig.measure("create sales documents")
        let rate = Double(documents.int("created")) / documents.seconds
        print(String(format: "create sales documents: %d documents in %.1f s = %.0f orders/s; ledger raw "
                        + "insert rate %.0f orders/s: ratio %.2f", documents.int("created"),
                     documents.seconds, rate, rawRate, rate / rawRate))
    }

    static func bulkBackfill(_ rig: SyncRig) throws {
        print(String(format: "store of %d orders generated in %.1f s", rig.orders, rig.generation))
        let summary = try rig.measure("sync orders")
        print(String(format: "bulk backfill (sync orders, discovery %@) over HTTP: %d orders (%d created) "
                        + "in %.1f s = %.0f orders/s", summary.string("discovery"), summary.int("fetched"),
                     summary.int("created"), summary.seconds, Double(summary.int("fetched")) / summary.seconds))
        print(String(format: "  peak memory (VmHWM): %.0f MB (target: under 150 MB, the file streamed)",
                     summary.peakMegabytes))
    }
}

/// A generated sandbox store served over HTTP on a free port, and a ledger file whose shop
/// reaches it through the client's URLSession transport.
struct SyncRig {
    static let tokenVariable = "SHS_BENCH_TOKEN"
    static let token = "shpat_" + String(repeating: "b", count: 28) + "0bench"

    let orders: Int
    let generation: Double
    let interpreter: Interpreter
    let output = CapturingOutputSink()
    let server: SandboxServer

    init(folder: URL, name: String, orders: Int) throws {
        self.orders = orders
        let store = try SandboxStore(path: folder.appendingPathComponent("\(name)-store.db").path)
        let start = DispatchTime.now().uptimeNanoseconds
        try store.generate(seed: 42, sizes: StoreSizes(customers: 200, products: 10, orders: orders))
        generation = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let endpoint = SandboxEndpoint(engine: SandboxGraphQLEngine(store: store), accessToken: Self.token,
                                       plan: .standard, clock: SystemClock())
        server = SandboxServer(endpoint: endpoint)
        let port = try server.start(port: 0)
        let services = Services()
        services.register(LedgerProvider(path: folder.appendingPathComponent("\(name)-ledger.db").path))
        interpreter = Interpreter(registry: ShopSyncRegistry.make(), output: output, services: services)
        try run("shop \"bench\" url \"http://127.0.0.1:\(port)\" token env \"\(Self.tokenVariable)\"")
    }

    /// Runs a statement, with the peak memory reset before it, and returns its summary.
    func measure(_ statement: String) throws -> Measured {
        PeakMemory.reset()
        let start = DispatchTime.now().uptimeNanoseconds
        let record = try run(statement)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Measured(record: record, seconds: seconds, peakMegabytes: PeakMemory.megabytes())
    }

    @discardableResult
    func run(_ text: String) throws -> Record? {
        let before = output.results.count
        let outcome = interpreter.run(text, name: "<bench>")
        guard outcome.status == .success else {
            throw BenchFailure("'\(text.prefix(60))' failed: \(output.standardError)")
        }
        guard let last = output.results.dropFirst(before).last, case .record(let record) = last else { return nil }
        return record
    }

    /// Items for the seeded SKUs, their variants, stock and the settings documents need.
    static let erpSetup = """
        location add "MAIN" name "Main warehouse"
        account add "6100" name "Shipping charges"
        set shipping_charges_account = "6100"
        set default_location = "MAIN"
        set sku_mapping = "item_no_variant_code"
        set auto_create_customers = true
        for no in ["1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009"] do
          item add no description ("Item " + no) price 100
          stock adjust no at "MAIN" by 50000
        end
        for v in ["S", "M", "L", "XL"] do
          variant add "1001" v
          variant add "1002" v
          variant add "1007" v
        end
        for v in ["RED", "BLUE", "GREEN", "BLACK"] do
          variant add "1004" v
          variant add "1006" v
          variant add "1009" v
        end
        """
}

/// A statement's summary with the wall time and peak memory around it.
struct Measured {
    let record: Record?
    let seconds: Double
    let peakMegabytes: Double

    func int(_ key: String) -> Int {
        if case .int(let n)? = record?[key] { return Int(n) }
        return 0
    }

    func string(_ key: String) -> String {
        if case .string(let text)? = record?[key] { return text }
        return "?"
    }

    var throttledSeconds: Double {
        if case .duration(let span)? = record?["throttled"] { return Double(span.milliseconds) / 1000 }
        return 0
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The process's peak resident memory, from `/proc/self/status`.
enum PeakMemory {
    /// Sets the high-water mark back to the current resident size (Linux 4.0 and later).
    static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func megabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
        return kilobytes / 1024
    }
}
