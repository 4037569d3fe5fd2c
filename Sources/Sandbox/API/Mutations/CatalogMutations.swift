import GraphQL

/// `productVariantsBulkUpdate`, `priceListFixedPricesAdd`, `bulkOperationRunQuery`.
enum CatalogMutations {
    static func variantsBulkUpdate(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let payload = Payload(typeName: "ProductVariantsBulkUpdatePayload",
                              errorType: "ProductVariantsBulkUpdateUserError")
        guard let productId = arguments.string("productId").flatMap({ GlobalID.id($0, kind: "Product") }),
              var product = try context.session.load(ProductRecord.self, id: productId) else {
            return payload.failure([UserErrorValue(field: ["productId"], message: "Product does not exist",
                                                   code: "PRODUCT_DOES_NOT_EXIST")])
        }
        var updated: [VariantRecord] = []
        for (index, input) in (arguments[ "variants"]?.arrayValue ?? []).compactMap(\.objectValue).enumerated() {
            switch try change(input, index: index, product: product, context) {
            case .failure(let error): return payload.failure([error])
            case .success(let variant): updated.append(variant)
            }
        }
        for variant in updated { try context.session.save(variant) }
        product.skus = try product.variantIds.compactMap { id in
            try updated.first { $0.id == id } ?? context.session.load(VariantRecord.self, id: id)
        }.map(\.sku)
        product.updatedAt = context.now
        try context.session.save(product)
        return payload.success(["product": .object(ProductObject(record: product)),
                                "productVariants": .objects(updated.map { VariantObject(record: $0) })])
    }

    private static func change(_ input: JSONObject, index: Int, product: ProductRecord,
                               _ context: ResolveContext) throws -> Result<VariantRecord, UserErrorValue> {
        let path = ["variants", String(index)]
        guard let id = input.string("id").flatMap({ GlobalID.id($0, kind: "ProductVariant") }),
              product.variantIds.contains(id),
              var variant = try context.session.load(VariantRecord.self, id: id) else {
            return .failure(UserErrorValue(field: path + ["id"], message: "Product variant does not exist",
                                           code: "PRODUCT_VARIANT_DOES_NOT_EXIST"))
        }
        if input.has("price") {
            guard let price = input.string("price").flatMap(Money.init(text:)), price >= .zero else {
                return .failure(UserErrorValue(field: path + ["price"], message: "Price must be a positive amount",
                                               code: "INVALID_INPUT"))
            }
            variant.price = price
        }
        if input.has("compareAtPrice") {
            variant.compareAtPrice = input.string("compareAtPrice").flatMap(Money.init(text:))
        }
        if input.has("barcode") { variant.barcode = input.string("barcode") }
        if let item = input.object("inventoryItem") {
            if let sku = item.string("sku") { variant.sku = sku }
            if let tracked = item["tracked"]?.boolValue { variant.tracked = tracked }
            if item.has("cost") { variant.unitCost = item.string("cost").flatMap(Money.init(text:)) }
        }
        variant.updatedAt = context.now
        return .success(variant)
    }

    static func fixedPricesAdd(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let payload = Payload(typeName: "PriceListFixedPricesAddPayload", errorType: "PriceListPriceUserError")
        guard let listId = arguments.string("priceListId").flatMap({ GlobalID.id($0, kind: "PriceList") }),
              var list = try context.session.load(PriceListRecord.self, id: listId) else {
            return payload.failure([UserErrorValue(field: ["priceListId"], message: "Price list not found.",
                                                   code: "PRICE_LIST_NOT_FOUND")])
        }
        var added: [FixedPrice] = []
        for (index, input) in (arguments["prices"]?.arrayValue ?? []).compactMap(\.objectValue).enumerated() {
            let path = ["prices", String(index)]
            guard let variantId = input.string("variantId").flatMap({ GlobalID.id($0, kind: "ProductVariant") }),
                  try context.session.load(VariantRecord.self, id: variantId) != nil else {
                return payload.failure([UserErrorValue(field: path + ["variantId"], message: "Variant not found.",
                                                       code: "VARIANT_NOT_FOUND")])
            }
            let price = input.object("price")
            guard price?.string("currencyCode") == list.currency,
                  let amount = price?.string("amount").flatMap(Money.init(text:)) else {
                return payload.failure([UserErrorValue(field: path + ["price", "currencyCode"], message:
                    "The specified currency doesn't match the price list's currency.",
                    code: "PRICE_LIST_CURRENCY_MISMATCH")])
            }
            let compareAt = input.object("compareAtPrice")?.string("amount").flatMap(Money.init(text:))
            added.append(FixedPrice(variantId: variantId, price: amount, compareAtPrice: compareAt))
        }
        // A variant that already has a fixed price in the list gets the new one.
        for price in added {
            list.fixedPrices.removeAll { $0.variantId == price.variantId }
            list.fixedPrices.append(price)
        }
        list.updatedAt = context.now
        try context.session.save(list)
        let prices = added.map { PriceListPriceObject(price: $0, currency: list.currency) }
        return payload.success(["prices": .objects(prices)])
    }

    static func bulkOperationRunQuery(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let payload = Payload(typeName: "BulkOperationRunQueryPayload", errorType: "BulkOperationUserError")
        switch try BulkExport.start(query: arguments.string("query") ?? "", context: context) {
        case .failure(let error): return payload.failure([error])
        case .success(let record):
            return payload.success(["bulkOperation": .object(BulkOperationObject(record: record))])
        }
    }
}
