import GraphQL

extension ShopifyClient {
    /// Reads a connection page by page, following `endCursor` until `hasNextPage` is false or
    /// `body` returns false. `path` leads from `data` to the connection (`["orders"]`).
    /// `pageSize` sets the `first` variable. When Shopify says a page costs more than 1,000
    /// points, the page size is halved once and the page asked for again (§2.5).
    public func forEachPage<Record: ShopifyDecodable>(
        _ document: ShopifyDocument, path: [String], variables: JSONObject = [:], pageSize: Int? = nil,
        as type: Record.Type, _ body: (DecodedPage<Record>) throws -> Bool
    ) throws {
        var variables = variables
        if let pageSize { variables["first"] = .int(pageSize) }
        var halved = false
        while true {
            let response: GraphQLResponse
            switch executeOnce(document, variables) {
            case .success(let reply):
                response = reply
            case .failure(.maxCostExceeded(let operation, let message)):
                let first = variables["first"]?.intValue ?? 0
                guard !halved, first > 1 else {
                    throw ShopifyError.maxCostExceeded(operation: operation, message: message)
                }
                halved = true
                variables["first"] = .int(first / 2)
                continue
            case .failure(let error):
                throw error
            }
            let page = try DecodedPage<Record>.decode(response.data, path: path).get()
            guard try body(page), page.hasNextPage, let cursor = page.endCursor else { return }
            variables["after"] = .string(cursor)
        }
    }
}

extension ShopifyClient {
    func executeOnce(_ document: ShopifyDocument,
                     _ variables: JSONObject) -> Result<GraphQLResponse, ShopifyError> {
        do {
            return .success(try execute(document, variables: variables))
        } catch {
            return .failure(error)
        }
    }
}
