import Foundation
import Ledger
import LedgerService
import Sandbox
import ShopSyncApp
import ShopSyncCore
import ShsInterpreter
import Sync

/// The sync figures (issue 6): an initial `sync orders` of about 10,000 orders (the open ones of a
/// store of 16,500: a first run takes open orders only) from the sandbox over HTTP on the
/// standard plan, the same as a bulk backfill of a larger store, and `create sales
/// documents` for the imported orders against the ledger's raw insert rate.
///
/// The sandbox server runs in this process, so peak memory counts it too: an upper bound for
/// the sync itself. The high-water mark is reset after the store is generated.
enum SyncBench {
    static func run(bulkOrders: Int, pagedOrders: Int) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("shs-bench-sync-\(getpid())", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        setenv(SyncRig.tokenVariable, SyncRig.token, 1)
        let documents = try salesDocuments()
        try pagedImport(SyncRig(folder: folder, name: "paged", orders: pagedOrders),
                        rawRate: documents.rawOrdersPerSecond)
        try bulkBackfill(SyncRig(folder: folder, name: "bulk", orders: bulkOrders))
    }

    /// `create sales documents` on 10,000 staged orders, against raw inserts in the same run.
    static func salesDocuments() throws -> SalesDocumentRate {
        let rate = try SalesDocumentBenchmarks.createRate(orders: 10_000)
        print("create sales documents, 10,000 staged orders of 3 lines and shipping "
            + "(a savepoint each, 50 per commit):")
        print(String(format: "  %8.0f orders/s", rate.ordersPerSecond))
        print(String(format: "  raw staged-order inserts, one transaction: %.0f/s, ratio %.3f",
                     rate.rawOrdersPerSecond, rate.ratio))
        print(String(format: "  raw staged-order inserts, one commit per order: %.0f/s, ratio %.2f",
                     rate.rawPerOrderOrdersPerSecond, rate.perOrderRatio))
        return rate
    }

    static func pagedImport(_ rig: SyncRig, rawRate: Double) throws {
        print(String(format: "store of %d orders generated in %.1f s", rig.orders, rig.generation))
        // Pages, whatever the size: the bulk backfill is measured on its own below.
        try rig.run(rig.erpSetup() + "\nsync products\nset bulk_threshold = 1000000")
        let summary = try rig.measure("sync orders")
        let orders = Double(summary.int("fetched"))
        let points = Double(summary.int("api_points"))
        let budget = Double(ThrottlePlan.standard.maximumAvailable)
            + Double(ThrottlePlan.standard.restoreRate) * summary.seconds
        print(String(format: "initial sync orders (discovery %@) over HTTP, standard plan: %.0f orders "
                        + "(%d created) in %.1f s, throttled %.1f s", summary.string("discovery"), orders,
                     summary.int("created"),
                     summary.seconds, summary.throttledSeconds))
        print(String(format: "  API points per complete order: %.2f (target: 2 or fewer; the reference "
                        + "spends over 100: ratio %.3f)", points / orders, points / orders / 100))
        print(String(format: "  budget use: %.0f points of %.0f available = %.2f (target: at least 0.9)",
                     points, budget, points / budget))
        print(String(format: "  peak memory (VmHWM): %.0f MB", summary.peakMegabytes))
        let documents = try rig.measure("create sales documents")
        let rate = Double(documents.int("created")) / documents.seconds
        print(String(format: "create sales documents on the imported orders (the command, a commit per "
                        + "order): %d documents for %d orders (%d refused with a reason) "
                        + "in %.1f s = %.0f orders/s", documents.int("created"), documents.int("selected"),
                     documents.int("failed"), documents.seconds, rate))
        print(String(format: "  ratio to raw staged-order inserts in one transaction: %.3f",
                     rate / rawRate))
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
    let engine: SandboxGraphQLEngine

    init(folder: URL, name: String, orders: Int) throws {
        self.orders = orders
        let store = try SandboxStore(path: folder.appendingPathComponent("\(name)-store.db").path)
        let start = DispatchTime.now().uptimeNanoseconds
        // No B2B companies: their orders need ERP customers for company locations.
        try store.generate(seed: 42, sizes: StoreSizes(customers: 200, products: 10, orders: orders,
                                                       companies: 0))
        generation = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        engine = SandboxGraphQLEngine(store: store)
        let endpoint = SandboxEndpoint(engine: engine, accessToken: Self.token,
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
        guard let last = output.results.dropFirst(before).last, case .record(let record) = last else {
            return nil
        }
        return record
    }

    /// Items and variants for the store's SKUs (`1001-RED` is item 1001, variant RED), stock,
    /// and the settings sales documents need.
    func erpSetup() -> String {
        let reply = engine.run("{ productVariants(first: 250) { nodes { sku } } }")
        let variants = reply.data?["productVariants"]?["nodes"]?.arrayValue ?? []
        let skus = variants.compactMap { $0["sku"]?.stringValue }
        var items: [String] = []
        var lines = ["location add \"MAIN\" name \"Main warehouse\"",
                     "account add \"6100\" name \"Shipping charges\"",
                     "set shipping_charges_account = \"6100\"", "set default_location = \"MAIN\"",
                     "set sku_mapping = \"item_no_variant_code\"", "set auto_create_customers = true"]
        for sku in skus {
            let parts = sku.split(separator: "-", maxSplits: 1).map(String.init)
            if !items.contains(parts[0]) {
                items.append(parts[0])
                lines += ["item add \"\(parts[0])\" description \"Item \(parts[0])\" price 100",
                          "stock adjust \"\(parts[0])\" at \"MAIN\" by 100000"]
            }
            if parts.count == 2 { lines.append("variant add \"\(parts[0])\" \"\(parts[1])\"") }
        }
        return lines.joined(separator: "\n")
    }
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
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else {
            return -1
        }
        return kilobytes / 1024
    }
}
