import Ledger
import ShopSyncCore

/// Which requests go to the request log: the shop setting `logging_mode`.
public enum LoggingMode: String, Sendable, CaseIterable {
    case off, errors, all
}

/// How a client reaches one shop and how patient it is.
public struct ClientConfiguration: Sendable {
    /// The newest Admin API version this client was built and validated for.
    public static let newestAPIVersion = Shop.newestAPIVersion

    public var shop: String
    public var apiVersion: String
    public var token: Secret
    /// Attempts for network errors and 5xx, the first one included.
    public var maxAttempts = 5
    /// THROTTLED and 429 answers tolerated for one request before giving up.
    public var maxThrottleWaits = 20
    public var backoffBase = TimeSpan.seconds(1)
    public var backoffCap = TimeSpan.seconds(30)
    public var timeoutSeconds = 30
    public var loggingMode = LoggingMode.errors
    /// A number in 0..<1 for jitter; replaceable so tests are deterministic.
    public var random: @Sendable () -> Double = { Double.random(in: 0..<1) }
    public var cancellation: CancellationToken?

    public init(shop: String, apiVersion: String = ClientConfiguration.newestAPIVersion,
                token: Secret) {
        self.shop = shop
        self.apiVersion = apiVersion.isEmpty ? ClientConfiguration.newestAPIVersion : apiVersion
        self.token = token
    }

    /// The GraphQL endpoint's path for the pinned version.
    public var graphQLPath: String { "/admin/api/\(apiVersion)/graphql.json" }

    /// Backoff before attempt `attempt + 1`: base·2^attempt, capped, plus up to 50 % jitter.
    func backoff(after attempt: Int) -> TimeSpan {
        let exponential = backoffBase.milliseconds << Int64(min(attempt, 16))
        let capped = min(exponential, backoffCap.milliseconds)
        return TimeSpan(milliseconds: capped + Int64(Double(capped) * 0.5 * random()))
    }
}

/// Where the client writes its request log entries.
public protocol RequestLogSink: Sendable {
    func record(_ entry: RequestLogEntry)
}
