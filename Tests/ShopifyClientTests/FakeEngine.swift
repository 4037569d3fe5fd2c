import GraphQL
import Sandbox
import ShopifyClient

/// A sandbox engine answering with the fake's data under the real 2026-07 schema, so the
/// sandbox endpoint in front of it (tokens, versions, cost, bucket, faults) is the real one
/// while the store behind it is small and predictable.
struct FakeEngine: SandboxEngine {
    let fake: FakeShopify
    let schema: Schema

    func execute(_ document: Document, operationName: String?, variables: [String: JSON],
                 request: SandboxRequestContext) -> SandboxExecution {
        let variableObject = JSONObject(variables.map { ($0.key, $0.value) })
        let data = fake.execute(operationName ?? "ShopIdentity", variableObject)
        guard let operation = document.operation(named: operationName) else {
            return SandboxExecution(data: data, errors: [], actualCost: 1)
        }
        let cost = actualCost(of: operation, in: document, schema: schema, variables: variables, data: data)
        return SandboxExecution(data: data, errors: [], actualCost: cost)
    }

    func bulkResult(id: String) -> [String]? { nil }
}
