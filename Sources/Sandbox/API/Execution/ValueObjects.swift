import GraphQL

/// A small object whose fields are known up front (MoneyV2, PageInfo, SelectedOption, ...).
struct ValueObject: GraphObject {
    let typeName: String
    let fields: [String: Resolved]

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        fields[field] ?? .null
    }

    static func money(_ amount: Money, _ currency: String) -> ValueObject {
        ValueObject(typeName: "MoneyV2", fields: ["amount": .value(.string(amount.decimalText)),
                                                  "currencyCode": .value(.string(currency))])
    }

    static func count(_ number: Int) -> ValueObject {
        ValueObject(typeName: "Count", fields: ["count": .int(number),
                                                "precision": .value(.string("EXACT"))])
    }
}

/// `MoneyBag`: the amount in the shop's currency and in the buyer's.
struct MoneyBagObject: GraphObject {
    let typeName = "MoneyBag"
    let amount: Money
    let shopCurrency: String
    let presentmentCurrency: String
    /// Presentment units per shop unit, ×10,000.
    let rate: Int64

    init(_ amount: Money, order: OrderRecord) {
        self.amount = amount
        self.shopCurrency = order.currency
        self.presentmentCurrency = order.presentmentCurrency
        self.rate = order.exchangeRate
    }

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "shopMoney": .object(ValueObject.money(amount, shopCurrency))
        case "presentmentMoney":
            .object(ValueObject.money(rate == 10_000 ? amount : amount.converted(rate: rate),
                                      presentmentCurrency))
        default: .null
        }
    }
}

/// A connection: `edges { cursor node }`, `nodes`, `pageInfo`.
struct ConnectionObject: GraphObject {
    let typeName: String
    let edges: [(cursor: String, node: any GraphObject)]
    let hasNextPage: Bool
    let hasPreviousPage: Bool

    init<T>(_ typeName: String, _ page: Page<T>, node: (T) throws -> any GraphObject) rethrows {
        self.typeName = typeName
        self.edges = try page.items.map { ($0.cursor.text, try node($0.item)) }
        self.hasNextPage = page.hasNextPage
        self.hasPreviousPage = page.hasPreviousPage
    }

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "nodes": return .objects(edges.map(\.node))
        case "edges":
            let edgeType = String(typeName.dropLast("Connection".count)) + "Edge"
            return .objects(edges.map {
                ValueObject(typeName: edgeType, fields: ["cursor": .string($0.cursor), "node": .object($0.node)])
            })
        case "pageInfo":
            return .object(ValueObject(typeName: "PageInfo", fields: [
                "hasNextPage": .bool(hasNextPage), "hasPreviousPage": .bool(hasPreviousPage),
                "startCursor": .string(edges.first?.cursor), "endCursor": .string(edges.last?.cursor),
            ]))
        default: return .null
        }
    }
}

/// Pages a nested list as a connection of `typeName`.
func listConnection<T>(_ typeName: String, _ items: [T], _ arguments: FieldArguments,
                       id: (T) -> Int64, node: (T) -> any GraphObject) throws -> Resolved {
    let request = try PageRequest(arguments)
    return .object(ConnectionObject(typeName, pageList(items, id: id, request), node: node))
}

/// Addresses in the three shapes Shopify gives them.
struct AddressObject: GraphObject {
    let typeName: String
    let address: Address

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let a = address
        switch field {
        case "id": return typeName == "MailingAddress"
            ? .string("gid://shopify/MailingAddress/\(a.id)?model_name=CustomerAddress")
            : .id(typeName, a.id)
        case "firstName": return .string(a.firstName)
        case "lastName": return .string(a.lastName)
        case "name", "recipient":
            let name = [a.firstName, a.lastName].compactMap { $0 }.joined(separator: " ")
            return .string(name.isEmpty ? nil : name)
        case "company", "companyName": return .string(a.company)
        case "address1": return .string(a.address1)
        case "address2": return .string(a.address2)
        case "city": return .string(a.city)
        case "province": return .string(a.province)
        case "provinceCode", "zoneCode": return .string(a.provinceCode)
        case "zip": return .string(a.zip)
        case "country": return .string(a.country)
        case "countryCode", "countryCodeV2": return .string(a.countryCode)
        case "phone": return .string(a.phone)
        default: return .null
        }
    }
}
