import Foundation
import GraphQL
import Sandbox
import ShopSyncCore
import ShopifyClient

/// The client's figures: the requested cost of an order import page, and how much of the
/// rate limit a long paged read over HTTP uses.
enum ShopifyBench {
    static func run() throws {
        requestedCost()
        try budgetUse(seconds: 20, orders: 12_000)
    }

    /// The requested cost of one 250-order page, as Shopify's model (and the sandbox) compute it.
    static func requestedCost() {
        let document = ShopifyDocuments.orderImportPage
        guard case .success(let parsed) = Parser.parseDocument(document.text),
              let operation = parsed.operation(named: document.name) else { return }
        let cost = GraphQL.requestedCost(of: operation, in: parsed, schema: SandboxSchema.schema,
                                         variables: ["first": .int(250)])
        print(String(format: "order import page of 250 orders: requested cost %d points, "
                        + "%.2f per order (must stay under 1,000)", cost, Double(cost) / 250))
    }

    /// Pages orders from `shs sandbox serve`'s equivalent on loopback for `seconds`, with the
    /// standard plan, and compares the points spent with the points the bucket offered.
    static func budgetUse(seconds: Double, orders: Int) throws {
        let clock = SystemClock()
        let store = try SandboxStore(path: ":memory:", clock: clock)
        try store.generate(seed: 7, sizes: StoreSizes(customers: 500, products: 100, orders: orders,
                                                      companies: 5))
        let token = Secret("shpat_" + String(repeating: "b", count: 28) + "0001")
        let endpoint = SandboxEndpoint(engine: SandboxGraphQLEngine(store: store),
                                       accessToken: token.revealed, plan: .standard, clock: clock)
        let server = SandboxServer(endpoint: endpoint)
        let port = try server.start(port: 0)
        defer { _ = server.stop() }
        let client = ShopifyClient(configuration: ClientConfiguration(shop: "bench", token: token),
                                   transport: URLSessionTransport(baseURL: "http://127.0.0.1:\(port)"),
                                   clock: clock, bucket: ThrottleBucket())
        let start = clock.now()
        var pages = 0
        var read = 0
        try client.forEachPage(ShopifyDocuments.orderImportPage, path: ["orders"], pageSize: 250,
                               as: Order.self) { page in
            pages += 1
            read += page.records.count
            return Double(clock.now().milliseconds - start.milliseconds) / 1000 < seconds
        }
        let elapsed = Double(clock.now().milliseconds - start.milliseconds) / 1000
        report(client.monitor.statistics, elapsed: elapsed, pages: pages, orders: read,
               plan: endpoint.bucket.plan)
    }

    static func report(_ statistics: ClientStatistics, elapsed: Double, pages: Int, orders: Int,
                       plan: ThrottlePlan) {
        let offered = Double(plan.maximumAvailable) + Double(plan.restoreRate) * elapsed
        let use = Double(statistics.pointsSpent) / offered
        print(String(format: "paged read over HTTP, standard plan: %d pages, %d orders in %.1f s; "
                        + "%d points spent of %.0f offered: budget use %.2f (target: at least 0.90)",
                     pages, orders, elapsed, statistics.pointsSpent, offered, use))
        print(String(format: "  actual cost %.1f points per page; THROTTLED answers %d, "
                        + "longest run %d (target: never more than 1 in a row); waited %.1f s",
                     Double(statistics.pointsSpent) / Double(max(pages, 1)), statistics.throttledResponses,
                     statistics.longestThrottledRun, statistics.waitedForThrottle.seconds))
    }
}
