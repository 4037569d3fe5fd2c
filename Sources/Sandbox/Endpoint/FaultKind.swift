/// Whether the shop can be used, as Shopify's account standing decides (shopify-api.md §1.4):
/// any state but `active` refuses every GraphQL request with its own status.
public enum ShopState: String, Sendable, CaseIterable {
    case active
    /// Unpaid bills: 402.
    case frozen
    /// Blocked for fraud: 403.
    case fraud
    /// Locked after repeated abuse or fraud risk: 423.
    case locked
}

/// A failure the sandbox can stage on one GraphQL request, the way Shopify or the network
/// between would show it to a client.
public enum FaultKind: Sendable, Equatable, CustomStringConvertible {
    /// No fault: the request is served normally (useful inside a scripted sequence).
    case none
    /// HTTP 200 with a `THROTTLED` error, as if the bucket were short; nothing runs.
    case throttled
    /// HTTP 429 with `Retry-After`; nothing runs.
    case http429(retryAfter: Double)
    /// HTTP 500, 502 or 503 with Shopify's error body; nothing runs.
    case http(Int)
    /// The connection is lost before the request is applied: nothing runs.
    case dropBeforeApply
    /// The request runs (a mutation is applied), then the reply is lost on the way.
    case dropAfterApply
    /// The request runs and its reply is sent after a delay.
    case slow(seconds: Double)
    /// The request runs, then HTTP 200 arrives with a body that is not valid JSON.
    case malformedBody
    /// HTTP 200 with a top-level `INTERNAL_SERVER_ERROR` carrying the request id; nothing runs.
    case internalError

    /// The status codes `http` accepts.
    public static let serverErrorStatuses = [500, 502, 503]

    /// Whether the request's operation is executed when this fault is staged.
    public var executes: Bool {
        switch self {
        case .none, .dropAfterApply, .slow, .malformedBody: true
        case .throttled, .http429, .http, .dropBeforeApply, .internalError: false
        }
    }

    /// The spelling `FaultPlan.configure` reads: `http429:2`, `slow:1.5`, `drop_after`.
    public var description: String {
        switch self {
        case .none: "none"
        case .throttled: "throttled"
        case .http429(let seconds): "http429:\(FaultKind.format(seconds))"
        case .http(let status): "http\(status)"
        case .dropBeforeApply: "drop_before"
        case .dropAfterApply: "drop_after"
        case .slow(let seconds): "slow:\(FaultKind.format(seconds))"
        case .malformedBody: "malformed"
        case .internalError: "internal_error"
        }
    }

    /// The fault a word names, with its default parameter: `http429` waits 2 s, `slow` 3 s.
    /// `name:seconds` sets the parameter of `http429` and `slow`.
    public init?(word: String) {
        let parts = word.split(separator: ":", maxSplits: 1).map(String.init)
        let seconds = parts.count == 2 ? Double(parts[1]) : nil
        if parts.count == 2 {
            guard let seconds, seconds >= 0, seconds.isFinite else { return nil }
        }
        switch (parts[0], seconds) {
        case ("http429", let value): self = .http429(retryAfter: value ?? 2)
        case ("slow", let value): self = .slow(seconds: value ?? 3)
        case (let name, nil):
            guard let kind = FaultKind.plain[name] else { return nil }
            self = kind
        default: return nil
        }
    }

    /// The words of faults without a parameter.
    static let plain: [String: FaultKind] = [
        "none": .none, "throttled": .throttled, "http500": .http(500), "http502": .http(502),
        "http503": .http(503), "drop_before": .dropBeforeApply, "drop_after": .dropAfterApply,
        "malformed": .malformedBody, "internal_error": .internalError,
    ]

    /// Every fault word, for help and error messages.
    public static let words = ["throttled", "http429", "http500", "http502", "http503",
                               "drop_before", "drop_after", "slow", "malformed", "internal_error",
                               "none"]

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e9 ? String(Int(seconds)) : String(seconds)
    }
}
