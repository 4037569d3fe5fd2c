import Foundation
import Ledger
import LedgerService
import Sandbox
import SandboxService
import ShopSyncCore
import ShopifyClient
import ShsInterpreter
import Synchronization

/// Builds Shopify clients for the shops of a session, from what the ledger says of each shop.
///
/// The token is resolved from its reference (`env:NAME` or `file:PATH`, mode 0600) each time a
/// client is built and lives only in that client's memory. Clients of one shop share the
/// shop's bucket; a real store's HTTP connections are reused; a sandbox shop is reached
/// in-process through a `SandboxEndpoint` kept for the session, with the session's faults.
public final class ShopifyConnections: Sendable {
    public let buckets: ThrottleBuckets
    let environment: [String: String]
    private let transports = Mutex<[String: URLSessionTransport]>([:])
    private let sandboxes = Mutex<[String: SandboxConnection]>([:])

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                buckets: ThrottleBuckets = .shared) {
        self.environment = environment
        self.buckets = buckets
    }

    /// A client of `shop` that logs to the session's ledger by the shop's `logging_mode`.
    /// Without a monitor of the caller's, warnings (API version mismatch, retries, lost
    /// replies) go to the session's error stream as `key=value` lines.
    /// `adjust` changes the configuration built from the shop, e.g. fewer attempts.
    public func client(for shop: Shop, in context: ExecutionContext, monitor: ClientMonitor? = nil,
                       adjust: (inout ClientConfiguration) -> Void = { _ in }) throws -> ShopifyClient {
        let monitor = monitor ?? ClientMonitor { event in
            guard event.isWarning else { return }
            context.output.diagnostic("shop=\(shop.code) " + event.logLine)
        }
        let (transport, token) = try reach(shop, context)
        var configuration = ClientConfiguration(shop: shop.code, apiVersion: shop.apiVersion, token: token)
        configuration.loggingMode = try loggingMode(of: shop, context)
        configuration.cancellation = context.cancellation
        adjust(&configuration)
        let provider = try context.services.require(LedgerProvider.self)
        return ShopifyClient(configuration: configuration, transport: transport, clock: context.clock,
                             bucket: buckets.bucket(for: bucketKey(shop)), monitor: monitor,
                             requestLog: SessionRequestLog(provider: provider, clock: context.clock))
    }

    /// Shopify keeps one bucket per app and store: two shop codes on one store URL share it,
    /// two stores never do. A sandbox shop's endpoint is its own store.
    func bucketKey(_ shop: Shop) -> String {
        switch shop.backend {
        case .shopify: return shop.shopifyURL.lowercased()
        case .sandbox: return "sandbox:" + shop.code
        }
    }

    /// Whether a backfill of `records` records should be one bulk query rather than pages:
    /// above the shop setting `bulk_threshold`.
    public func backfillUsesBulk(records: Int, shop: Shop, in context: ExecutionContext) throws -> Bool {
        let threshold = try context.withLedger { try $0.setting("bulk_threshold", of: shop.code) }
        guard case .int(let limit) = threshold else { return false }
        return records > Int(limit)
    }

    /// The transport and the token for a shop.
    func reach(_ shop: Shop, _ context: ExecutionContext) throws -> (any ShopifyTransport, Secret) {
        switch shop.backend {
        case .shopify:
            let token: Secret
            do {
                token = try TokenResolver(environment: environment).resolve(shop.tokenReference)
            } catch {
                throw CommandError("shop '\(shop.code)': \(error.description)")
            }
            return (transport(baseURL: shop.shopifyURL), token)
        case .sandbox:
            let sandbox = try self.sandbox(shop.code, context)
            return (SandboxTransport(endpoint: sandbox.endpoint), sandbox.token)
        }
    }

    func transport(baseURL: String) -> URLSessionTransport {
        transports.withLock { transports in
            if let known = transports[baseURL] { return known }
            let transport = URLSessionTransport(baseURL: baseURL)
            transports[baseURL] = transport
            return transport
        }
    }

    /// The session's endpoint for a sandbox shop, over the store the sandbox service provides.
    public func sandbox(_ shop: String, _ context: ExecutionContext) throws -> SandboxConnection {
        if let known = sandboxes.withLock({ $0[shop] }) { return known }
        guard let source = context.services.get(SandboxEngineSource.self) else {
            throw CommandError("shop '\(shop)' uses the sandbox, but this session has no sandbox store")
        }
        let token = SandboxConnection.newToken()
        let endpoint = SandboxEndpoint(engine: try source.engine(for: context), accessToken: token.revealed,
                                       clock: context.clock, faults: context.sandboxFaults)
        let connection = SandboxConnection(endpoint: endpoint, token: token)
        return sandboxes.withLock { sandboxes in
            if let raced = sandboxes[shop] { return raced }
            sandboxes[shop] = connection
            return connection
        }
    }

    func loggingMode(of shop: Shop, _ context: ExecutionContext) throws -> LoggingMode {
        let value = try context.withLedger { try $0.setting("logging_mode", of: shop.code) }
        return LoggingMode(rawValue: value.plainText) ?? .errors
    }
}

/// A sandbox shop's in-process endpoint and the token made up for it, which never leaves the
/// process.
public struct SandboxConnection: Sendable {
    public let endpoint: SandboxEndpoint
    let token: Secret

    static func newToken() -> Secret {
        Secret("shpat_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())
    }
}

extension ExecutionContext {
    /// The session's connections, created on first use.
    public var shopifyConnections: ShopifyConnections {
        if let connections = services.get(ShopifyConnections.self) { return connections }
        let connections = ShopifyConnections()
        services.register(connections)
        return connections
    }

    /// A client of the named shop, else of the current shop: what a sync calls.
    public func shopifyClient(shop code: String? = nil,
                              monitor: ClientMonitor? = nil) throws -> ShopifyClient {
        let shop = try withLedger { ledger in try ledger.shop(code ?? currentShop(ledger)) }
        return try shopifyConnections.client(for: shop, in: self, monitor: monitor)
    }
}

/// Writes request log entries through the session's ledger connection, on the thread that
/// runs the command (a worker thread has its own provider, so its own connection).
struct SessionRequestLog: RequestLogSink {
    let provider: LedgerProvider
    let clock: any Clock

    func record(_ entry: RequestLogEntry) {
        // A log that cannot be written must not stop the call it describes.
        _ = try? provider.ledger(clock: clock).appendRequestLog(entry)
    }
}
