import Foundation
import Sandbox
import ShopSyncCore

/// The sandbox's figures (issue 4): generating a store of 100,000 orders, queries per second
/// in-process, and requests per second over HTTP keep-alive.
enum SandboxBench {
    static let smallQuery = "{ orders(first: 10, query: \"status:any\") { nodes { id name updatedAt } } }"

    static func run() async throws {
        let generation = try SandboxStore.generationBenchmark(orders: 100_000)
        print(String(format: "sandbox generation of 100,000 orders: %.2f s (%.0f orders/s)",
                     generation, 100_000 / generation))
        let store = try SandboxStore(path: ":memory:")
        try store.generate(seed: 42, sizes: StoreSizes(customers: 200, products: 100, orders: 1000))
        let engine = SandboxGraphQLEngine(store: store)
        inProcess(engine, query: smallQuery, label: "small orders query")
        inProcess(engine, query: """
            { orders(first: 50, sortKey: UPDATED_AT) { edges { cursor node { name totalPriceSet {
              shopMoney { amount } } lineItems(first: 10) { nodes { sku quantity } } } } } }
            """, label: "50 orders with lines")
        let http = try await EndpointBenchmark.run(engine: engine, query: smallQuery, requests: 2000)
        print(http)
    }

    /// Runs `query` in-process (parse, validate, execute, JSON) for about a second.
    static func inProcess(_ engine: SandboxGraphQLEngine, query: String, label: String) {
        var runs = 0
        let start = ContinuousClock.now
        var elapsed = Duration.zero
        while elapsed < .seconds(1) {
            let result = engine.run(query)
            precondition(result.errors.isEmpty, "the benchmark query must run cleanly")
            _ = result.data?.serialized()
            runs += 1
            elapsed = ContinuousClock.now - start
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(String(format: "sandbox in-process, %@: %.0f queries/s", label, Double(runs) / seconds))
    }
}
