import Foundation
import GraphQL
import LedgerService
import Sandbox
import SandboxService
import ShopSyncCore
import ShopSyncTesting
import ShopifyClient
import ShopifyService
import ShsInterpreter
import Synchronization
import Testing
@testable import Ledger
@testable import SyncService

/// A transport to the sandbox that, once, lets `meddle` change the store just before a request
/// whose body contains `trigger` goes through: a merchant acting between our read and our write.
final class MeddlingTransport: ShopifyTransport {
    let inner: SandboxTransport
    let trigger: String
    let meddle: @Sendable () -> Void
    private let done = Mutex(false)
    /// How many requests carried `trigger`.
    let seen = Mutex(0)

    init(inner: SandboxTransport, trigger: String, meddle: @escaping @Sendable () -> Void) {
        self.inner = inner
        self.trigger = trigger
        self.meddle = meddle
    }

    func send(_ request: TransportRequest) -> Result<TransportResponse, TransportFailure> {
        let matches = String(decoding: request.body, as: UTF8.self).contains(trigger)
        if matches { seen.withLock { $0 += 1 } }
        let first = matches && done.withLock { done in defer { done = true }; return !done }
        if first { meddle() }
        return inner.send(request)
    }

    func streamLines(from url: String, timeoutSeconds: Int, _ line: (String) throws -> Bool) throws {
        try inner.streamLines(from: url, timeoutSeconds: timeoutSeconds, line)
    }
}

@Suite("sync inventory with a stale compare")
struct StaleInventoryTests {
    @Test("a level changed in Shopify between our read and our write is read again and still set")
    func staleBatchIsReadAgain() throws {
        let stores = SandboxStoreProvider(path: ":memory:")
        let ledgers = LedgerProvider(path: ":memory:")
        let services = Services()
        services.register(stores)
        services.register(ledgers)
        let scenario = SandboxScenario(services: services, seed: 42, orders: 10)
        #expect(scenario.harness.run(FlowSetup.ledger).status == .success)
        _ = scenario.sync("sync products")
        _ = scenario.sync("sync locations")
        let ledger = try scenario.ledger
        let main = try #require(try ledger.connection.scalar(
            "SELECT shopify_id FROM shop_location WHERE name = 'Main Warehouse'")?.int64)
        #expect(scenario.harness.run("shop location \(main) stock available from \"MAIN\"").status == .success)

        let clock = scenario.harness.clock
        let engine = SandboxGraphQLEngine(store: try stores.store(clock: clock))
        let endpoint = SandboxEndpoint(engine: engine, accessToken: "shpat_test_0001", clock: clock)
        let configuration = ClientConfiguration(shop: "demo", token: Secret("shpat_test_0001"))
        let merchant = ShopifyClient(configuration: configuration, transport: SandboxTransport(endpoint: endpoint),
                                     clock: clock)
        let item = try #require(try ledger.connection.scalar(
            "SELECT inventory_item_id FROM shopify_variant WHERE sku = '1000'")?.int64)
        let transport = MeddlingTransport(inner: SandboxTransport(endpoint: endpoint),
                                          trigger: "InventorySetQuantities") {
            // The merchant counts 3 at Main Warehouse in Shopify's admin.
            let now = (try? InventoryLevels.read(merchant))?.quantity(item, main, "on_hand") ?? 0
            let change = InventorySync.Change(inventoryItemID: item, locationID: main, name: "on_hand",
                                              quantity: 3, from: now)
            _ = try? merchant.execute(ShopifyDocuments.inventorySetQuantities,
                                      variables: InventorySync.variables([change], name: "on_hand", shop: "merchant",
                                                                         started: clock.now()))
        }
        let client = ShopifyClient(configuration: configuration, transport: transport, clock: clock)
        let sync = SyncContext(ledger: ledger, client: client, shop: "demo", dryRun: false, progress: { _ in },
                               checkCancellation: {})
        let summary = try InventorySync(sync: sync).run()
        #expect(summary.failed == 0)
        let levels = try InventoryLevels.read(client)
        #expect(levels.quantity(item, main, "on_hand") == 50, "the ERP's figure won after a re-read")
        #expect(transport.seen.withLock { $0 } == 2, "the batch was refused as stale and sent once more")
    }
}
