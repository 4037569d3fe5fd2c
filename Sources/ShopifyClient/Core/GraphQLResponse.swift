import GraphQL

/// One entry of a response's top-level `errors`.
public struct ResponseError: Sendable, Equatable {
    public var message: String
    /// `extensions.code`: THROTTLED, MAX_COST_EXCEEDED, ACCESS_DENIED, ... (empty when absent).
    public var code: String
    public var path: [String]

    public init(message: String, code: String = "", path: [String] = []) {
        self.message = message
        self.code = code
        self.path = path
    }
}

/// `extensions.cost` of a response.
public struct CostReport: Sendable, Equatable {
    public var requested: Int?
    /// Nil when the request was throttled and did not run.
    public var actual: Int?
    public var throttle: ThrottleStatus?
}

/// A decoded reply of the Admin API.
public struct GraphQLResponse: Sendable {
    public var status: Int
    public var data: JSON?
    public var errors: [ResponseError]
    public var cost: CostReport?
    /// `X-Request-Id`, to quote to Shopify support.
    public var requestID: String
    /// `X-Shopify-API-Version`: the version Shopify really served.
    public var servedVersion: String?
    /// How many times the client resent the request before this reply.
    public var retries: Int = 0
    /// True when the reply of a mutation was lost and re-reading the state showed that it
    /// landed: `data` is then nil and the caller re-reads what it needs.
    public var landedWithoutReply = false

    public var isThrottled: Bool { errors.contains { $0.code == "THROTTLED" } }

    /// Decodes an HTTP reply. Non-200 bodies are not GraphQL envelopes: their `errors` may be a
    /// string or an object, so any shape is accepted and read as messages.
    public static func decode(status: Int, headers: [String: String],
                              body: [UInt8]) -> Result<GraphQLResponse, ShopifyError> {
        let root: JSON
        do {
            root = try JSON.parse(bytes: body)
        } catch {
            guard status != 200 else { return .failure(.malformedResponse("body is not JSON: \(error)")) }
            root = .object([:])
        }
        let response = GraphQLResponse(
            status: status, data: root["data"].flatMap { $0.isNull ? nil : $0 },
            errors: readErrors(root["errors"]), cost: readCost(root["extensions"]?["cost"]),
            requestID: headers["x-request-id"] ?? "", servedVersion: headers["x-shopify-api-version"])
        return .success(response)
    }

    static func readErrors(_ json: JSON?) -> [ResponseError] {
        switch json {
        case .array(let items)?:
            return items.map { item in
                ResponseError(message: item["message"]?.stringValue ?? item.serialized(),
                              code: item["extensions"]?["code"]?.stringValue ?? "",
                              path: item["path"]?.arrayValue?.map { $0.stringValue ?? $0.serialized() } ?? [])
            }
        case .string(let message)?:
            return [ResponseError(message: message)]
        case .object(let object)?:
            return object.map { member in
                ResponseError(message: "\(member.key): \(member.value.stringValue ?? member.value.serialized())")
            }
        default:
            return []
        }
    }

    static func readCost(_ json: JSON?) -> CostReport? {
        guard let json, json.objectValue != nil else { return nil }
        var report = CostReport(requested: json["requestedQueryCost"]?.doubleValue.map { Int($0) },
                                actual: json["actualQueryCost"]?.doubleValue.map { Int($0) })
        if let status = json["throttleStatus"], let maximum = status["maximumAvailable"]?.doubleValue,
           let available = status["currentlyAvailable"]?.doubleValue,
           let rate = status["restoreRate"]?.doubleValue {
            report.throttle = ThrottleStatus(maximumAvailable: maximum, currentlyAvailable: available,
                                             restoreRate: rate)
        }
        return report
    }
}
