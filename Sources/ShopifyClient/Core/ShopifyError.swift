/// Why a call to Shopify failed, rendered once for people. No case ever carries the token.
public enum ShopifyError: Error, Equatable, Sendable, CustomStringConvertible {
    case token(TokenError)
    /// 401: the token is wrong or revoked.
    case unauthorized(shop: String)
    /// 402, 403, 404, 423: the shop cannot be used as it is; the sync of this shop must stop.
    case shopUnavailable(shop: String, status: Int, message: String)
    /// The request itself is wrong (parse, validation, 400): retrying cannot help.
    case rejected(operation: String, errors: [ResponseError])
    case maxCostExceeded(operation: String, message: String)
    /// Retries ran out; `problem` is the last failure.
    case retriesExhausted(operation: String, attempts: Int, problem: String)
    /// A mutation's reply was lost and it is not safe to resend it: it may have landed.
    case outcomeUnknown(operation: String, problem: String)
    case malformedResponse(String)
    /// A document that needs an idempotency key was sent without one.
    case missingIdempotencyKey(operation: String)
    /// A statement sent a mutation without saying `allow mutations`.
    case mutationNotAllowed(operation: String)

    public var description: String {
        switch self {
        case .token(let error): return error.description
        case .unauthorized(let shop):
            return "shop '\(shop)': Shopify refused the access token (401); "
                + "check it with 'shop \"\(shop)\" test'"
        case .shopUnavailable(let shop, let status, let message):
            return "shop '\(shop)' is unavailable (HTTP \(status)): \(message)"
        case .rejected(let operation, let errors):
            return "Shopify rejected '\(operation)': " + errors.map(\.message).joined(separator: "; ")
        case .maxCostExceeded(let operation, let message):
            return "'\(operation)' costs too much for one request: \(message)"
        case .retriesExhausted(let operation, let attempts, let problem):
            return "'\(operation)' failed after \(attempts) attempts: \(problem)"
        case .outcomeUnknown(let operation, let problem):
            return "'\(operation)' may or may not have been applied (\(problem)); "
                + "it was not resent because that could apply it twice"
        case .malformedResponse(let detail): return "Shopify's reply could not be read: \(detail)"
        case .missingIdempotencyKey(let operation):
            return "'\(operation)' needs an idempotency key derived from the ERP document"
        case .mutationNotAllowed(let operation):
            return "'\(operation)' is a mutation; add 'allow mutations' to send it"
        }
    }

    /// Whether the failure concerns the whole shop, so its sync should stop rather than skip.
    public var stopsShop: Bool {
        switch self {
        case .token, .unauthorized, .shopUnavailable: return true
        default: return false
        }
    }
}
