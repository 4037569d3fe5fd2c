import ShopSyncCore
import Synchronization

/// Something a client did that an operator or a sync's summary wants to know.
public enum ClientEvent: Sendable, Equatable {
    public enum WaitReason: String, Sendable {
        /// The bucket model said the request would not fit yet.
        case pacing
        /// Shopify answered THROTTLED.
        case throttled
        /// HTTP 429 with Retry-After.
        case retryAfter = "retry_after"
        /// Backoff before retrying a network error or a 5xx.
        case backoff
    }

    case waited(operation: String, span: TimeSpan, reason: WaitReason)
    case retrying(operation: String, attempt: Int, problem: String)
    case versionMismatch(requested: String, served: String)
    /// A mutation whose reply was lost; `landed` says what re-reading the state showed.
    case lostReplyChecked(operation: String, landed: Bool)

    /// Whether an operator should hear of it at once; waits are only counted.
    public var isWarning: Bool {
        if case .waited = self { return false }
        return true
    }

    /// One `key=value` line for the log, with a level.
    public var logLine: String {
        switch self {
        case .waited(let operation, let span, let reason):
            return "level=info event=wait operation=\(operation) reason=\(reason.rawValue) ms=\(span.milliseconds)"
        case .retrying(let operation, let attempt, let problem):
            return "level=warning event=retry operation=\(operation) attempt=\(attempt) problem=\"\(problem)\""
        case .versionMismatch(let requested, let served):
            return "level=warning event=api_version_mismatch requested=\(requested) served=\(served)"
        case .lostReplyChecked(let operation, let landed):
            return "level=warning event=lost_reply operation=\(operation) landed=\(landed)"
        }
    }
}

/// Totals of a client's waiting and work, for a sync's summary.
public struct ClientStatistics: Sendable, Equatable {
    /// Requests sent, resends included.
    public var requests = 0
    /// Resends, for any reason: throttles, 429, network errors, 5xx.
    public var retries = 0
    public var throttledResponses = 0
    /// The longest run of THROTTLED answers to one request.
    public var longestThrottledRun = 0
    public var pointsSpent = 0
    public var waited = TimeSpan.zero
    public var waitedForThrottle = TimeSpan.zero

    public init() {}
}

/// Collects events and statistics; the client's default observer.
public final class ClientMonitor: Sendable {
    private let state = Mutex<(events: [ClientEvent], statistics: ClientStatistics)>(([], ClientStatistics()))
    private let forward: (@Sendable (ClientEvent) -> Void)?

    /// `forward` also receives each event, e.g. to write it to a log.
    public init(forward: (@Sendable (ClientEvent) -> Void)? = nil) {
        self.forward = forward
    }

    public var events: [ClientEvent] { state.withLock { $0.events } }
    public var statistics: ClientStatistics { state.withLock { $0.statistics } }

    func record(_ event: ClientEvent) {
        state.withLock { state in
            state.events.append(event)
            if case .waited(_, let span, let reason) = event {
                state.statistics.waited = state.statistics.waited.plus(span)
                if reason != .backoff {
                    state.statistics.waitedForThrottle = state.statistics.waitedForThrottle.plus(span)
                }
            }
        }
        forward?(event)
    }

    func update(_ change: (inout ClientStatistics) -> Void) {
        state.withLock { change(&$0.statistics) }
    }
}

extension TimeSpan {
    func plus(_ other: TimeSpan) -> TimeSpan { TimeSpan(milliseconds: milliseconds + other.milliseconds) }
}
