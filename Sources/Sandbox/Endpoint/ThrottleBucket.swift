import ShopSyncCore
import Synchronization

/// A shop's plan as far as GraphQL rate limiting goes: bucket size and restore rate
/// (shopify-api.md §2.2). Shopify always sizes the bucket at 20 × the restore rate.
public enum ThrottlePlan: String, Sendable, CaseIterable {
    case standard, advanced, plus, enterprise

    /// Points the bucket holds when full (`maximumAvailable`).
    public var maximumAvailable: Int {
        restoreRate * 20
    }

    /// Points restored per second (`restoreRate`).
    public var restoreRate: Int {
        switch self {
        case .standard: 100
        case .advanced: 200
        case .plus: 1000
        case .enterprise: 2000
        }
    }
}

/// The `throttleStatus` Shopify reports: the bucket as it stands after a request.
public struct ThrottleStatus: Sendable, Equatable {
    public var maximumAvailable: Int
    /// Whole points available; Shopify reports the level rounded down.
    public var currentlyAvailable: Int
    public var restoreRate: Int

    public init(maximumAvailable: Int, currentlyAvailable: Int, restoreRate: Int) {
        self.maximumAvailable = maximumAvailable
        self.currentlyAvailable = currentlyAvailable
        self.restoreRate = restoreRate
    }
}

/// Leaky buckets of cost points, one per access token (Shopify keeps one per app and shop),
/// refilled continuously from the clock.
///
/// A request first takes its requested cost (`take`), runs, then gets the difference to its
/// actual cost back (`refund`). Taking happens under one lock, so two concurrent requests can
/// never both spend the same points.
public final class ThrottleBucket: Sendable {
    /// What `take` decided.
    public enum Decision: Sendable, Equatable {
        /// The cost was taken; the status is the bucket right after.
        case granted(ThrottleStatus)
        /// Not enough points: nothing was taken.
        case throttled(ThrottleStatus)
    }

    private struct Level {
        var points: Double
        var updatedAt: Timestamp
    }

    public let plan: ThrottlePlan
    private let clock: any ShopSyncCore.Clock
    private let levels = Mutex<[String: Level]>([:])

    /// Buckets for `plan`; every token's bucket starts full.
    public init(plan: ThrottlePlan, clock: any ShopSyncCore.Clock) {
        self.plan = plan
        self.clock = clock
    }

    /// The bucket of `token` now.
    public func status(for token: String) -> ThrottleStatus {
        withLevel(of: token) { level in status(of: level) }
    }

    /// Takes `cost` points when at least that many are available (Shopify throttles when the
    /// requested cost exceeds what is available, not only when the bucket is empty).
    public func take(_ cost: Int, for token: String) -> Decision {
        withLevel(of: token) { level in
            guard Double(cost) <= level.points else { return .throttled(status(of: level)) }
            level.points -= Double(cost)
            return .granted(status(of: level))
        }
    }

    /// Gives back `points` (requested minus actual cost); a negative amount charges more.
    /// The level stays between empty and full.
    public func refund(_ points: Int, for token: String) -> ThrottleStatus {
        withLevel(of: token) { level in
            let capacity = Double(plan.maximumAvailable)
            level.points = min(capacity, max(0, level.points + Double(points)))
            return status(of: level)
        }
    }

    /// Runs `body` on the token's level after refilling it for the time passed.
    private func withLevel<T>(of token: String, _ body: (inout Level) -> T) -> T {
        let now = clock.now()
        return levels.withLock { levels in
            let full = Level(points: Double(plan.maximumAvailable), updatedAt: now)
            var level = levels[token] ?? full
            refill(&level, to: now)
            let result = body(&level)
            levels[token] = level
            return result
        }
    }

    private func refill(_ level: inout Level, to now: Timestamp) {
        // A clock set backwards refills nothing rather than draining the bucket.
        let elapsed = max(0, now.since(level.updatedAt).seconds)
        let capacity = Double(plan.maximumAvailable)
        level.points = min(capacity, level.points + elapsed * Double(plan.restoreRate))
        level.updatedAt = max(level.updatedAt, now)
    }

    private func status(of level: Level) -> ThrottleStatus {
        ThrottleStatus(maximumAvailable: plan.maximumAvailable,
                       currentlyAvailable: Int(level.points.rounded(.down)),
                       restoreRate: plan.restoreRate)
    }
}
