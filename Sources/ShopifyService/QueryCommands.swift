import Foundation
import GraphQL
import ShopSyncCore
import ShopifyClient
import ShsInterpreter

/// `shopify query "<graphql>"` and `shopify query file "x.graphql"`: an admin's own request,
/// sent through the client (pacing, retries, request log) to the current shop.
enum QueryCommands {
    static let options = "[variables <variables:record>] [allow mutations]"

    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [text(registry), file(registry)]
    }

    static let details = """
        Sends one GraphQL operation to the current shop and prints Shopify's JSON reply: data, \
        errors, and the cost with the bucket after the call. With 'set format = json' the reply \
        is the command's value, so 'let r = shopify query ...' then 'r.data.shop.name' works. \
        Variables are a record, e.g. variables {first: 5}. A mutation is refused unless the \
        statement says 'allow mutations'; its reply is never resent after a lost connection. \
        The request goes to the request log by the shop's logging_mode.
        """

    static let examples = [
        #"shopify query "{ shop { name currencyCode } }""#,
        #"shopify query "query ($n: Int) { orders(first: $n) { nodes { name } } }" variables {n: 3}"#,
        #"shopify query "mutation { orderClose(input: {id: \"gid://shopify/Order/1\"}) "#
            + #"{ userErrors { message } } }" allow mutations"#,
    ]

    static func text(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shopify query <text:string> " + options), topic: "shopify",
                    summary: "send a GraphQL query to the current shop and print the JSON reply",
                    details: details,
                    examples: examples) { inv, context in
            try send(inv.string("text") ?? "", inv, context)
        }
    }

    static func file(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shopify query file <path:string> " + options), topic: "shopify",
                    summary: "send the GraphQL operation in a file to the current shop",
                    details: details,
                    examples: [#"shopify query file "orders.graphql" variables {first: 10}"#]) {
            inv, context in
            let path = inv.string("path") ?? ""
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else {
                throw CommandError("cannot read '\(path)': no such file or not UTF-8 text")
            }
            return try send(text, inv, context)
        }
    }

    static func send(_ text: String, _ inv: Invocation, _ context: ExecutionContext) throws -> CommandResult {
        let document: ShopifyDocument
        switch ShopifyDocument.adHoc(text) {
        case .success(let parsed): document = parsed
        case .failure(let error): throw CommandError(error.description)
        }
        if document.kind == .mutation, !inv.has("allow_mutations") {
            throw ShopifyError.mutationNotAllowed(operation: document.name).commandError
        }
        let variables = inv.arguments["variables"].map(JSONValues.json)?.objectValue ?? JSONObject()
        let client = try context.shopifyClient()
        let response: GraphQLResponse
        do throws(ShopifyError) {
            response = try client.execute(document, variables: variables)
        } catch {
            throw error.commandError
        }
        let reply = envelope(response)
        if context.format == .json { return .value(JSONValues.value(reply)) }
        return .message(reply.serialized(pretty: true))
    }

    /// The reply as Shopify sent it: `data`, `errors`, `extensions.cost`.
    static func envelope(_ response: GraphQLResponse) -> JSON {
        var reply: JSONObject = ["data": response.data ?? .null]
        if !response.errors.isEmpty { reply["errors"] = .array(response.errors.map(errorJSON)) }
        if let cost = response.cost { reply["extensions"] = .object(["cost": costJSON(cost)]) }
        return .object(reply)
    }

    static func errorJSON(_ error: ResponseError) -> JSON {
        var object: JSONObject = ["message": .string(error.message)]
        if !error.path.isEmpty { object["path"] = .array(error.path.map { .string($0) }) }
        if !error.code.isEmpty { object["extensions"] = .object(["code": .string(error.code)]) }
        return .object(object)
    }

    static func costJSON(_ cost: CostReport) -> JSON {
        var object: JSONObject = ["requestedQueryCost": cost.requested.map { .int($0) } ?? .null,
                                  "actualQueryCost": cost.actual.map { .int($0) } ?? .null]
        if let status = cost.throttle {
            object["throttleStatus"] = .object([
                "maximumAvailable": .double(status.maximumAvailable),
                "currentlyAvailable": .double(status.currentlyAvailable),
                "restoreRate": .double(status.restoreRate)])
        }
        return .object(object)
    }
}
