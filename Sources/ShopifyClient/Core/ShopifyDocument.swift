/// A GraphQL document the client sends, with what the client must know to send it safely:
/// its expected cost (checked by a test against the real schema) and, for a mutation,
/// whether resending it after a lost reply could apply it twice.
public struct ShopifyDocument: Sendable {
    public enum Kind: String, Sendable { case query, mutation }

    /// When a mutation whose reply was lost (network error, 5xx) may be resent.
    public enum WriteSafety: Sendable, Equatable {
        /// A query: always.
        case read
        /// Carries `@idempotent(key: $<variable>)`; resent with the same key, Shopify applies it once.
        case idempotencyKey(variable: String)
        /// Sets a state (an upsert, a `set`, a no-op when repeated): resending changes nothing.
        case upsert
        /// Resent only after the caller's check re-read the state and found it did not land.
        case verifyBeforeResend
    }

    /// The operation name, also sent as `operationName` and kept in the request log.
    public let name: String
    public let text: String
    public let kind: Kind
    public let safety: WriteSafety
    /// The requested cost with the variables' defaults, as Shopify computes it.
    public let expectedCost: Int
    /// Whether `name` is the operation's name in `text`, so it can go out as `operationName`;
    /// false for an anonymous operation typed at the shell.
    public let sendsOperationName: Bool

    public init(name: String, kind: Kind = .query, safety: WriteSafety = .read, expectedCost: Int,
                _ text: String) {
        self.name = name
        self.text = text
        self.kind = kind
        self.safety = kind == .query ? .read : safety
        self.expectedCost = expectedCost
        self.sendsOperationName = true
    }

    init(adHoc text: String, name: String?, kind: Kind, expectedCost: Int) {
        self.name = name ?? "AdHocQuery"
        self.text = text
        self.kind = kind
        // Nothing is known of what a typed mutation does: a lost reply is never resent.
        self.safety = kind == .query ? .read : .verifyBeforeResend
        self.expectedCost = expectedCost
        self.sendsOperationName = name != nil
    }
}
