import GraphQL

/// The bodies the endpoint answers with, shaped as Shopify shapes them (shopify-api.md §1.4).
/// Non-GraphQL failures carry `errors` as a string or an object, never as an array.
enum EndpointEnvelopes {
    static let rateLimitsDocumentation = "https://shopify.dev/api/usage/rate-limits"
    static let maximumQueryCost = 1000

    static let notFound = EndpointResponse.json(.object(["errors": .string("Not Found")]),
                                                status: 404)

    static let unauthorized = EndpointResponse.json(.object([
        "errors": .string(
            "[API] Invalid API key or access token (unrecognized login or wrong password)"),
    ]), status: 401)

    static let missingQuery = EndpointResponse.json(.object([
        "errors": .object(["query": .string("Required parameter missing or invalid")]),
    ]), status: 400)

    /// The refusal of a shop that is not `active`, or nil for an active one.
    static func unavailable(_ state: ShopState) -> EndpointResponse? {
        switch state {
        case .active: nil
        case .frozen: .json(.object(["errors": .string("Unavailable Shop")]), status: 402)
        case .fraud: .json(.object(["errors": .string("User does not have access")]), status: 403)
        case .locked: .json(.object(["errors": .string("This shop is unavailable")]), status: 423)
        }
    }

    /// HTTP 429 with `Retry-After` in Shopify's spelling (`2.0`).
    static func tooManyRequests(retryAfter seconds: Double) -> EndpointResponse {
        var response = EndpointResponse.json(.object([
            "errors": .string("Exceeded 2 calls per second for api client. "
                + "Reduce request rates to resume uninterrupted service."),
        ]), status: 429)
        response.headers["Retry-After"] = String(seconds)
        return response
    }

    /// HTTP 5xx; Shopify sends one text for every internal failure.
    static func serverError(_ status: Int) -> EndpointResponse {
        .json(.object(["errors": .string("An unexpected error occurred")]), status: status)
    }

    /// HTTP 200 with Shopify's top-level internal error, which names the request id.
    static func internalError(requestID: String) -> EndpointResponse {
        let message = "Internal error. Looks like something went wrong on our end.\n"
            + "Request ID: \(requestID) (include this in support requests)."
        let error = GraphQLError(message: message, code: "INTERNAL_SERVER_ERROR",
                                 extensions: ["requestId": .string(requestID)])
        return errorsOnly([error])
    }

    /// Errors only: parse and validation failures have neither `data` nor `extensions`.
    static func errorsOnly(_ errors: [GraphQLError]) -> EndpointResponse {
        .json(.object(["errors": .array(errors.map(\.json))]))
    }

    /// The bucket had fewer points than the request asked for; nothing ran or was charged.
    static func throttled(requested: Int, status: ThrottleStatus) -> EndpointResponse {
        let error = GraphQLError(message: "Throttled", code: "THROTTLED",
                                 extensions: ["documentation": .string(rateLimitsDocumentation)])
        return .json(.object([
            "errors": .array([error.json]),
            "extensions": cost(requested: requested, actual: nil, status: status),
        ]))
    }

    /// The requested cost is over the single-query limit; nothing ran or was charged.
    static func maxCostExceeded(requested: Int, status: ThrottleStatus) -> EndpointResponse {
        let message = "Query cost is \(requested), which exceeds the single query max cost limit "
            + "(\(maximumQueryCost)).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits "
            + "for more information on how the\ncost of a query is calculated.\n\nTo query larger "
            + "amounts of data with fewer limits, bulk operations should be used instead.\nSee "
            + "https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage "
            + "details.\n"
        let error = GraphQLError(message: message, code: "MAX_COST_EXCEEDED", extensions: [
            "cost": .int(requested), "maxCost": .int(maximumQueryCost),
            "documentation": .string(rateLimitsDocumentation),
        ])
        return .json(.object([
            "errors": .array([error.json]),
            "extensions": cost(requested: requested, actual: nil, status: status),
        ]))
    }

    /// An executed request: `data` (null when a top-level error left none), field errors
    /// when any, and the cost.
    static func executed(_ execution: SandboxExecution, requested: Int,
                         status: ThrottleStatus) -> EndpointResponse {
        var envelope: JSONObject = ["data": execution.data ?? .null]
        if !execution.errors.isEmpty { envelope["errors"] = .array(execution.errors.map(\.json)) }
        envelope["extensions"] = cost(requested: requested, actual: execution.actualCost,
                                      status: status)
        return .json(.object(envelope))
    }

    /// `extensions` with `cost`; `actualQueryCost` is null when nothing ran.
    static func cost(requested: Int, actual: Int?, status: ThrottleStatus) -> JSON {
        .object(["cost": .object([
            "requestedQueryCost": .int(requested),
            "actualQueryCost": actual.map(JSON.int) ?? .null,
            "throttleStatus": .object([
                "maximumAvailable": .int(status.maximumAvailable),
                "currentlyAvailable": .int(status.currentlyAvailable),
                "restoreRate": .int(status.restoreRate),
            ]),
        ])])
    }

    /// A 200 whose body is cut in half, so it is not valid JSON.
    static func malformed(_ response: EndpointResponse) -> EndpointResponse {
        var copy = response
        copy.body = Array(response.body.prefix(max(1, response.body.count / 2)))
        return copy
    }
}
