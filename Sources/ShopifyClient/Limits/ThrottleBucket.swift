import ShopSyncCore
import Synchronization

/// `extensions.cost.throttleStatus` of a response: the shop's leaky bucket after the request.
public struct ThrottleStatus: Sendable, Equatable {
    public var maximumAvailable: Double
    public var currentlyAvailable: Double
    /// Points restored per second.
    public var restoreRate: Double

    public init(maximumAvailable: Double, currentlyAvailable: Double, restoreRate: Double) {
        self.maximumAvailable = maximumAvailable
        self.currentlyAvailable = currentlyAvailable
        self.restoreRate = restoreRate
    }
}

/// The client's model of one shop's bucket (Shopify keeps one per app and shop). Every
/// response's throttle status resets it; between responses it refills at the restore rate;
/// each request sent takes its expected cost at once, so the workers of one shop that share
/// this bucket pace each other. Shops never share a bucket.
public final class ThrottleBucket: Sendable {
    struct State {
        var status: ThrottleStatus?
        var observedAt: Timestamp
    }

    private let state: Mutex<State>

    public init() {
        state = Mutex(State(status: nil, observedAt: Timestamp(milliseconds: 0)))
    }

    /// The last status with the refill since, or nil before the first response.
    public func estimate(at now: Timestamp) -> ThrottleStatus? {
        state.withLock { State.refilled($0, at: now) }
    }

    /// How long to wait before a request of `cost` points can run: zero when the bucket is
    /// unknown or holds enough. Takes the cost from the model when no wait is needed.
    public func reserve(cost: Int, at now: Timestamp) -> TimeSpan {
        state.withLock { state in
            guard var current = State.refilled(state, at: now), current.restoreRate > 0 else { return .zero }
            let wanted = min(Double(cost), current.maximumAvailable)
            if wanted > current.currentlyAvailable {
                let seconds = (wanted - current.currentlyAvailable) / current.restoreRate
                return TimeSpan(milliseconds: Int64((seconds * 1000).rounded(.up)))
            }
            current.currentlyAvailable -= Double(cost)
            state = State(status: current, observedAt: now)
            return .zero
        }
    }

    /// Resets the model from a response's throttle status.
    public func observe(_ status: ThrottleStatus, at now: Timestamp) {
        state.withLock { $0 = State(status: status, observedAt: now) }
    }
}

extension ThrottleBucket.State {
    static func refilled(_ state: Self, at now: Timestamp) -> ThrottleStatus? {
        guard var status = state.status else { return nil }
        let elapsed = Double(max(0, now.milliseconds - state.observedAt.milliseconds)) / 1000
        status.currentlyAvailable = min(status.maximumAvailable,
                                        status.currentlyAvailable + elapsed * status.restoreRate)
        return status
    }
}

/// The buckets of the shops a process talks to, one per shop, so every client of a shop
/// shares that shop's bucket and no two shops share one.
public final class ThrottleBuckets: Sendable {
    private let buckets = Mutex<[String: ThrottleBucket]>([:])

    public init() {}

    public func bucket(for shop: String) -> ThrottleBucket {
        buckets.withLock { buckets in
            if let bucket = buckets[shop] { return bucket }
            let bucket = ThrottleBucket()
            buckets[shop] = bucket
            return bucket
        }
    }

    /// The process's buckets.
    public static let shared = ThrottleBuckets()
}
