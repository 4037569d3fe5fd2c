import GraphQL

/// One entry of a payload's `userErrors`.
struct UserErrorValue: Error, Codable {
    /// Path into the input, e.g. `["input", "quantities", "0", "changeFromQuantity"]`.
    var field: [String]?
    var message: String
    /// The mutation's error code; nil for payloads using the plain `UserError` type.
    var code: String?
}

/// `Mutation`: each field applies one change and answers with its payload.
struct MutationRootObject: GraphObject {
    let typeName = "Mutation"

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "inventorySetQuantities": try InventoryMutations.setQuantities(arguments, context)
        case "inventoryAdjustQuantities": try InventoryMutations.adjustQuantities(arguments, context)
        case "tagsAdd": try TagMutations.change(arguments, context, adding: true)
        case "tagsRemove": try TagMutations.change(arguments, context, adding: false)
        case "productUpdate": try ProductMutations.update(arguments, context)
        case "fulfillmentCreate": try OrderMutations.fulfillmentCreate(arguments, context)
        case "orderClose": try OrderMutations.close(arguments, context)
        case "orderUpdate": try OrderMutations.update(arguments, context)
        case "customerCreate": try CustomerMutations.create(arguments, context)
        case "customerUpdate": try CustomerMutations.update(arguments, context)
        case "productVariantsBulkUpdate": try CatalogMutations.variantsBulkUpdate(arguments, context)
        case "priceListFixedPricesAdd": try CatalogMutations.fixedPricesAdd(arguments, context)
        case "bulkOperationRunQuery": try CatalogMutations.bulkOperationRunQuery(arguments, context)
        default: .null
        }
    }
}

/// Builds a mutation payload: the changed objects, or null objects and the user errors.
struct Payload {
    let typeName: String
    let errorType: String

    func success(_ fields: [String: Resolved]) -> Resolved {
        var all = fields
        all["userErrors"] = .list([])
        return .object(ValueObject(typeName: typeName, fields: all))
    }

    func failure(_ errors: [UserErrorValue]) -> Resolved {
        .object(ValueObject(typeName: typeName, fields: ["userErrors": .objects(errors.map { error in
            ValueObject(typeName: errorType, fields: [
                "field": error.field.map { .strings($0) } ?? .null,
                "message": .string(error.message),
                "code": error.code.map { .string($0) } ?? .null,
            ])
        })]))
    }
}

extension JSONObject {
    func string(_ key: String) -> String? { self[key]?.stringValue }
    func int(_ key: String) -> Int? { self[key]?.intValue }
    func object(_ key: String) -> JSONObject? { self[key]?.objectValue }
    /// A list of strings, or one string given alone (`number` beside `numbers`).
    func strings(_ key: String) -> [String]? {
        if let one = self[key]?.stringValue { return [one] }
        return self[key]?.arrayValue?.compactMap(\.stringValue)
    }
    func objects(_ key: String) -> [JSONObject]? { self[key]?.arrayValue?.compactMap(\.objectValue) }
    /// True when the key was given, even as an explicit null.
    func has(_ key: String) -> Bool { keys.contains(key) }
}
