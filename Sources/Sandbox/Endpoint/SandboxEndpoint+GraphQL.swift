import GraphQL
import HTTPServer

/// The body of a GraphQL request: `{"query": ..., "variables": {...}, "operationName": ...}`.
struct GraphQLCall {
    var query: String
    var variables: [String: JSON]
    var operationName: String?

    /// Reads a body sent as `Content-Type: application/graphql`: the query itself.
    init?(graphQLDocument body: [UInt8]) {
        guard let text = String(validating: body, as: UTF8.self) else { return nil }
        query = text
        variables = [:]
        operationName = nil
    }

    /// Reads the body; nil when it is not such an object, which Shopify answers with 400.
    init?(body: [UInt8]) {
        guard let json = try? JSON.parse(bytes: body), let object = json.objectValue,
              let query = object["query"]?.stringValue else { return nil }
        var variables: [String: JSON] = [:]
        switch object["variables"] {
        case nil, .null?: break
        case .object(let members)?:
            for member in members { variables[member.key] = member.value }
        default: return nil
        }
        switch object["operationName"] {
        case nil, .null?: operationName = nil
        case .string(let name)?: operationName = name.isEmpty ? nil : name
        default: return nil
        }
        self.query = query
        self.variables = variables
    }
}

extension SandboxEndpoint {
    /// The GraphQL path, in Shopify's order: read the body, parse, validate (nothing charged
    /// on failure), compute the requested cost, refuse it above 1000, take it from the bucket
    /// or answer THROTTLED, execute, refund the difference to the actual cost.
    func run(_ request: HTTPRequest, context: SandboxRequestContext,
             forceThrottle: Bool) -> EndpointResponse {
        let isDocument = request.headers["Content-Type"]?.hasPrefix("application/graphql") == true
        let call = isDocument ? GraphQLCall(graphQLDocument: request.body)
            : GraphQLCall(body: request.body)
        guard let call else { return EndpointEnvelopes.missingQuery }
        switch prepare(call) {
        case .success(let prepared):
            return charge(prepared, context: context, forceThrottle: forceThrottle)
        case .failure(let list):
            return EndpointEnvelopes.errorsOnly(list.errors)
        }
    }

    /// Checks the requested cost against the single-query limit and the bucket, then runs.
    private func charge(_ prepared: PreparedOperation, context: SandboxRequestContext,
                        forceThrottle: Bool) -> EndpointResponse {
        let requested = requestedCost(of: prepared.operation, in: prepared.document,
                                      schema: engine.schema, variables: prepared.variables)
        if requested > EndpointEnvelopes.maximumQueryCost {
            return EndpointEnvelopes.maxCostExceeded(requested: requested,
                                                     status: bucket.status(for: accessToken))
        }
        let decision: ThrottleBucket.Decision = forceThrottle
            ? .throttled(bucket.status(for: accessToken)) : bucket.take(requested, for: accessToken)
        switch decision {
        case .granted:
            return execute(prepared, requested: requested, context: context)
        case .throttled(let status):
            return EndpointEnvelopes.throttled(requested: requested, status: status)
        }
    }

    private func execute(_ prepared: PreparedOperation, requested: Int,
                         context: SandboxRequestContext) -> EndpointResponse {
        let execution = engine.execute(prepared.document, operationName: prepared.operation.name,
                                       variables: prepared.variables, request: context)
        let status = bucket.refund(requested - execution.actualCost, for: accessToken)
        return EndpointEnvelopes.executed(execution, requested: requested, status: status)
    }

    /// Parses and validates the call and coerces its variables.
    func prepare(_ call: GraphQLCall) -> Result<PreparedOperation, GraphQLErrorList> {
        let document: Document
        switch Parser.parseDocument(call.query) {
        case .success(let parsed): document = parsed
        case .failure(let error): return .failure(GraphQLErrorList([error]))
        }
        let errors = validate(document, against: engine.schema, operationName: call.operationName,
                              variables: call.variables)
        guard errors.isEmpty else { return .failure(GraphQLErrorList(errors)) }
        guard let operation = document.operation(named: call.operationName) else {
            return .failure(GraphQLErrorList([Self.operationNotChosen(call, document)]))
        }
        return coerceVariables(of: operation, schema: engine.schema, values: call.variables)
            .map { PreparedOperation(document: document, operation: operation, variables: $0) }
    }

    /// graphql-ruby's messages when `operationName` picks no operation.
    static func operationNotChosen(_ call: GraphQLCall, _ document: Document) -> GraphQLError {
        if let name = call.operationName {
            return GraphQLError(message: "No operation named \"\(name)\"", code: "BAD_REQUEST")
        }
        return GraphQLError(message: document.operations.isEmpty
                                ? "No operations in query document"
                                : "An operation name is required",
                            code: "BAD_REQUEST")
    }
}

/// A request ready to run: its document, the chosen operation and coerced variables.
struct PreparedOperation {
    var document: Document
    var operation: OperationDefinition
    var variables: [String: JSON]
}
