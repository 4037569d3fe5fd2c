import GraphQL

/// `productUpdate(product:)`: the fields the connector sends when the ERP owns products.
enum ProductMutations {
    static let payload = Payload(typeName: "ProductUpdatePayload", errorType: "UserError")

    static func update(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let input = arguments.object("product") ?? JSONObject()
        guard let id = input.string("id").flatMap({ GlobalID.id($0, kind: "Product") }),
              var product = try context.session.load(ProductRecord.self, id: id) else {
            return payload.failure([UserErrorValue(field: ["id"], message: "Product does not exist", code: nil)])
        }
        if input.has("title") {
            guard let title = input.string("title"), !title.allSatisfy(\.isWhitespace) else {
                return payload.failure([UserErrorValue(field: ["title"], message: "Title can't be blank",
                                                       code: nil)])
            }
            product.title = title
        }
        if let handle = input.string("handle"), handle != product.handle {
            guard try context.session.lookup(ProductRecord.self, key: handle).isEmpty else {
                return payload.failure([UserErrorValue(field: ["handle"], message:
                    "Handle '\(handle)' already in use. Please provide a new handle.", code: nil)])
            }
            product.handle = handle
        }
        apply(input, to: &product)
        product.updatedAt = max(product.updatedAt, context.now)
        try context.session.save(product)
        return payload.success(["product": .object(ProductObject(record: product))])
    }

    private static func apply(_ input: JSONObject, to product: inout ProductRecord) {
        if input.has("descriptionHtml") { product.descriptionHtml = input.string("descriptionHtml") ?? "" }
        if input.has("productType") { product.productType = input.string("productType") ?? "" }
        if input.has("vendor"), let vendor = input.string("vendor") { product.vendor = vendor }
        if input.has("tags") { product.tags = TagMutations.split(input.strings("tags") ?? []) }
        if let status = input.string("status") { product.status = status }
    }
}
