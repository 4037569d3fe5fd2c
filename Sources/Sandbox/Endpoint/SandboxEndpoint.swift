import Foundation
import GraphQL
import HTTPServer
import ShopSyncCore

/// The sandbox's front door: what Shopify's Admin API does with a request before and after
/// GraphQL execution. It routes, checks the API version and the access token, charges cost to
/// a leaky bucket, stages faults, and builds the response bytes.
///
/// Both ways in use it: `SandboxServer` passes it every HTTP request (`handle`), and in-process
/// callers call `perform`, which builds the same `HTTPRequest` and takes the same path, so the
/// bytes and the faults are the same.
///
/// Routes: `POST /admin/api/{version}/graphql.json` (or `/admin/api/graphql.json`, served by
/// the oldest supported version) and `GET /bulk/{id}.jsonl` (a finished bulk operation's
/// result, streamed as `application/jsonl`, without a token, as Shopify's signed storage links
/// need none). Anything else is 404 `{"errors":"Not Found"}`.
public final class SandboxEndpoint: Sendable {
    public let engine: any SandboxEngine
    /// The bucket every request is charged to, per access token.
    public let bucket: ThrottleBucket
    /// The faults staged on GraphQL requests; change it at any time.
    public let faults: FaultPlan
    public let versions: APIVersions
    let accessToken: String
    let clock: any ShopSyncCore.Clock

    /// An endpoint answering requests that carry `accessToken`, charging them to a bucket of
    /// `plan`, refilled by `clock`.
    public init(engine: any SandboxEngine, accessToken: String, plan: ThrottlePlan = .standard,
                clock: any ShopSyncCore.Clock, faults: FaultPlan = FaultPlan(),
                versions: APIVersions = .current) {
        self.engine = engine
        self.accessToken = accessToken
        self.bucket = ThrottleBucket(plan: plan, clock: clock)
        self.clock = clock
        self.faults = faults
        self.versions = versions
    }

    /// Answers one HTTP request. `baseURL` (e.g. `http://127.0.0.1:8080`) is where bulk
    /// result links point.
    public func handle(_ request: HTTPRequest, baseURL: String) -> HTTPReply {
        outcome(of: request, baseURL: baseURL).httpReply
    }

    /// The decision for one request, whichever transport carries it.
    func outcome(of request: HTTPRequest, baseURL: String) -> EndpointOutcome {
        // Shopify answers every request with an id to quote in support tickets.
        let requestID = UUID().uuidString.lowercased()
        let outcome: EndpointOutcome
        switch Route(request) {
        case .graphQL(let requestedVersion):
            let call = IncomingCall(request: request, requestedVersion: requestedVersion,
                                    requestID: requestID, baseURL: baseURL)
            outcome = graphQL(call)
        case .bulkResult(let id):
            outcome = .respond(bulkResult(id: id))
        case .unknown:
            outcome = .respond(EndpointEnvelopes.notFound)
        }
        return outcome.adding("X-Request-Id", requestID)
    }

    private func graphQL(_ call: IncomingCall) -> EndpointOutcome {
        guard let version = call.requestedVersion.map(versions.resolve)
                ?? versions.supported.first else {
            return .respond(EndpointEnvelopes.notFound)
        }
        guard call.request.headers["X-Shopify-Access-Token"] == accessToken else {
            return .respond(EndpointEnvelopes.unauthorized)
        }
        if let refusal = EndpointEnvelopes.unavailable(faults.shopState) {
            return .respond(refusal)
        }
        let context = SandboxRequestContext(apiVersion: version, baseURL: call.baseURL)
        return staged(faults.next(), call: call, context: context)
            .adding("X-Shopify-API-Version", version)
    }

    /// Runs the request under `fault`: faults that stop it answer before execution, the
    /// others wrap the executed response.
    private func staged(_ fault: FaultKind, call: IncomingCall,
                        context: SandboxRequestContext) -> EndpointOutcome {
        if let refusal = refusal(for: fault, call: call) { return refusal }
        let response = run(call.request, context: context, forceThrottle: fault == .throttled)
        switch fault {
        case .dropAfterApply: return .lostAfterApply(response)
        case .slow(let seconds): return .delayed(seconds: seconds, response)
        case .malformedBody: return .respond(EndpointEnvelopes.malformed(response))
        default: return .respond(response)
        }
    }

    /// The outcome of a fault that stops a request before anything is read or run.
    private func refusal(for fault: FaultKind, call: IncomingCall) -> EndpointOutcome? {
        switch fault {
        case .internalError: .respond(EndpointEnvelopes.internalError(requestID: call.requestID))
        case .http429(let seconds): .respond(EndpointEnvelopes.tooManyRequests(retryAfter: seconds))
        case .http(let status): .respond(EndpointEnvelopes.serverError(status))
        case .dropBeforeApply: .dropBeforeApply
        default: nil
        }
    }

    private func bulkResult(id: String) -> EndpointResponse {
        guard let lines = engine.bulkLines(id: id) else { return EndpointEnvelopes.notFound }
        return EndpointResponse(status: 200, headers: ["Content-Type": "application/jsonl"],
                                body: [], lines: lines)
    }
}

/// A GraphQL request on its way through the endpoint.
struct IncomingCall {
    var request: HTTPRequest
    /// The version named in the path; nil when the path names none.
    var requestedVersion: String?
    /// The `X-Request-Id` the response carries.
    var requestID: String
    var baseURL: String
}

/// Where a request goes, read from its method and path.
enum Route: Equatable {
    /// A GraphQL call; without a version in the path Shopify serves the oldest supported one.
    case graphQL(version: String?)
    case bulkResult(id: String)
    case unknown

    init(_ request: HTTPRequest) {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: false)
        let isAdminAPI = parts.count >= 4 && parts[0].isEmpty && parts[1] == "admin"
            && parts[2] == "api" && parts.last == "graphql.json"
        if request.method == "POST", isAdminAPI, parts.count <= 5 {
            self = .graphQL(version: parts.count == 5 ? String(parts[3]) : nil)
        } else if request.method == "GET", parts.count == 3, parts[0].isEmpty, parts[1] == "bulk",
                  parts[2].hasSuffix(".jsonl"), parts[2].count > 6 {
            self = .bulkResult(id: String(parts[2].dropLast(6)))
        } else {
            self = .unknown
        }
    }
}
