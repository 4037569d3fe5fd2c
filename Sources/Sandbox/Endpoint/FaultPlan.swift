import Synchronization

/// Which faults the sandbox stages, and when: a scripted queue for the next requests, then
/// random draws at configured rates. Thread-safe; the draws are deterministic for a seed, so
/// a test with rates sees the same sequence on every run.
///
/// The plan is consulted once per GraphQL request that passed the version and token checks,
/// before its body is read, so a scripted fault is used up even by a request that then fails
/// to parse. Bulk downloads, 401s and 404s are never faulted. A scripted fault always comes
/// first; rates apply once the queue is empty.
public final class FaultPlan: Sendable {
    private struct State {
        var script: [FaultKind] = []
        var rates: [(kind: FaultKind, rate: Double)] = []
        var random: SplitMix64
        var shopState = ShopState.active
    }

    private let state: Mutex<State>

    /// A plan with no faults, drawing from `seed` once rates are set.
    public init(seed: UInt64 = 1) {
        state = Mutex(State(random: SplitMix64(seed: seed)))
    }

    /// A plan in the same state as `other`, to try a configuration on before applying it.
    init(copying other: FaultPlan) {
        state = Mutex(other.state.withLock { $0 })
    }

    /// The fault for the request arriving now.
    public func next() -> FaultKind {
        state.withLock { state in
            if !state.script.isEmpty { return state.script.removeFirst() }
            guard !state.rates.isEmpty else { return .none }
            let draw = state.random.nextUnitInterval()
            var bound = 0.0
            for entry in state.rates {
                bound += entry.rate
                if draw < bound { return entry.kind }
            }
            return .none
        }
    }

    /// Replaces the scripted queue: the next requests get these faults, in order.
    public func script(_ faults: [FaultKind]) {
        state.withLock { $0.script = faults }
    }

    /// Stages `kind` on the given share of requests (0 removes it). A kind's rate replaces
    /// any earlier rate of the same kind, whatever its parameter.
    public func setRate(_ rate: Double, for kind: FaultKind) throws(FaultConfigurationError) {
        guard rate.isFinite, (0...1).contains(rate) else { throw .rateOutOfRange(rate) }
        try state.withLock { state throws(FaultConfigurationError) in
            var rates = state.rates.filter { !$0.kind.sameKind(as: kind) }
            if rate > 0, kind != .none { rates.append((kind, rate)) }
            let total = rates.reduce(0) { $0 + $1.rate }
            guard total <= 1 + 1e-9 else { throw .ratesAboveOne(total: total) }
            state.rates = rates
        }
    }

    /// Restarts the random draws from `seed`.
    public func reseed(_ seed: UInt64) {
        state.withLock { $0.random = SplitMix64(seed: seed) }
    }

    /// The shop's standing; anything but `active` refuses every GraphQL request.
    public var shopState: ShopState {
        get { state.withLock { $0.shopState } }
        set { state.withLock { $0.shopState = newValue } }
    }

    /// Removes every rate and the scripted queue, and makes the shop active again.
    public func clear() {
        state.withLock { state in
            state.script = []
            state.rates = []
            state.shopState = .active
        }
    }

    /// The scripted faults still waiting.
    public var pendingScript: [FaultKind] { state.withLock { $0.script } }

    /// The configured rates, in the order they were set.
    public var rates: [(kind: FaultKind, rate: Double)] { state.withLock { $0.rates } }

    /// The configuration in the text `configure` reads, e.g. `http503 rate 0.1; next throttled`;
    /// `off` when nothing is configured.
    public var summary: String {
        let (script, rates, shop) = state.withLock { ($0.script, $0.rates, $0.shopState) }
        var clauses = shop == .active ? [] : ["shop \(shop.rawValue)"]
        clauses += rates.map { "\($0.kind) rate \($0.rate)" }
        if !script.isEmpty {
            clauses.append("next " + script.map(\.description).joined(separator: " "))
        }
        return clauses.isEmpty ? "off" : clauses.joined(separator: "; ")
    }
}

extension FaultKind {
    /// True when both are the same fault whatever their parameters (`slow:1` and `slow:5`).
    func sameKind(as other: FaultKind) -> Bool {
        switch (self, other) {
        case (.http429, .http429), (.slow, .slow): true
        default: self == other
        }
    }
}
