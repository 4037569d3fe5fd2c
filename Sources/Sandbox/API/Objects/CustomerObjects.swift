import GraphQL

/// `Customer`.
struct CustomerObject: GraphObject {
    let typeName = "Customer"
    let record: CustomerRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let c = record
        switch field {
        case "id": return .id("Customer", c.id)
        case "legacyResourceId": return .unsigned(c.id)
        case "firstName": return .string(c.firstName)
        case "lastName": return .string(c.lastName)
        case "displayName": return .string(c.displayName)
        case "email": return .string(c.email)
        case "phone": return .string(c.phone)
        case "defaultEmailAddress":
            return c.email.map { .object(ValueObject(typeName: "CustomerEmailAddress",
                                                     fields: ["emailAddress": .string($0)])) } ?? .null
        case "defaultPhoneNumber":
            return c.phone.map { .object(ValueObject(typeName: "CustomerPhoneNumber",
                                                     fields: ["phoneNumber": .string($0)])) } ?? .null
        case "addressesV2":
            return try listConnection("MailingAddressConnection", c.addresses, arguments, id: \.id) {
                AddressObject(typeName: "MailingAddress", address: $0)
            }
        case "defaultAddress":
            return .object(c.addresses.first.map { AddressObject(typeName: "MailingAddress", address: $0) })
        case "tags": return .strings(c.tags)
        case "note": return .string(c.note)
        case "state": return .string(c.state)
        case "taxExempt": return .bool(c.taxExempt)
        case "locale": return .string(c.locale)
        case "numberOfOrders": return .unsigned(Int64(try orders(context).count))
        case "amountSpent":
            let spent = try orders(context).reduce(Money.zero) { $0 + $1.totalReceived - $1.totalRefunded }
            return .object(ValueObject.money(spent, "USD"))
        case "createdAt": return .time(c.createdAt)
        case "updatedAt": return .time(c.updatedAt)
        case "companyContactProfiles":
            return .objects(try context.session.all(CompanyRecord.self).flatMap { company in
                company.contacts.filter { $0.customerId == c.id }
                    .map { CompanyContactObject(record: $0, company: company) }
            })
        default: return .null
        }
    }

    private func orders(_ context: ResolveContext) throws -> [OrderRecord] {
        let query = SearchQuery.term(SearchTerm(field: "customer_id", comparison: .equal,
                                                values: [String(record.id)], isPrefix: false))
        return try context.session.all(OrderRecord.self).filter { query.matches($0) }
    }
}

/// `Company`.
struct CompanyObject: GraphObject {
    let typeName = "Company"
    let record: CompanyRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let c = record
        switch field {
        case "id": return .id("Company", c.id)
        case "name": return .string(c.name)
        case "externalId": return .string(c.externalId)
        case "note": return .string(c.note)
        case "customerSince": return .time(c.customerSince)
        case "createdAt": return .time(c.createdAt)
        case "updatedAt": return .time(c.updatedAt)
        case "mainContact":
            return .object(c.contacts.first { $0.isMainContact }.map { CompanyContactObject(record: $0, company: c) })
        case "contacts":
            return try listConnection("CompanyContactConnection", c.contacts, arguments, id: \.id) {
                CompanyContactObject(record: $0, company: c)
            }
        case "locations":
            return try listConnection("CompanyLocationConnection", c.locations, arguments, id: \.id) {
                CompanyLocationObject(record: $0, company: c)
            }
        default: return .null
        }
    }
}

/// `CompanyContact`.
struct CompanyContactObject: GraphObject {
    let typeName = "CompanyContact"
    let record: CompanyContactRecord
    let company: CompanyRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        switch field {
        case "id": return .id("CompanyContact", record.id)
        case "customer":
            return .object(try context.session.load(CustomerRecord.self, id: record.customerId)
                .map { CustomerObject(record: $0) })
        case "company": return .object(CompanyObject(record: company))
        case "isMainContact": return .bool(record.isMainContact)
        case "title": return .string(record.title)
        case "createdAt": return .time(company.createdAt)
        case "updatedAt": return .time(record.updatedAt)
        default: return .null
        }
    }
}

/// `CompanyLocation`.
struct CompanyLocationObject: GraphObject {
    let typeName = "CompanyLocation"
    let record: CompanyLocationRecord
    let company: CompanyRecord

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let l = record
        switch field {
        case "id": return .id("CompanyLocation", l.id)
        case "name": return .string(l.name)
        case "externalId": return .string(l.externalId)
        case "company": return .object(CompanyObject(record: company))
        case "currency": return .string(l.currency)
        case "phone": return .string(l.phone)
        case "billingAddress", "shippingAddress":
            return .object(AddressObject(typeName: "CompanyAddress", address: l.address))
        case "createdAt": return .time(company.createdAt)
        case "updatedAt": return .time(l.updatedAt)
        case "catalogs":
            let catalogs = try context.session.all(CatalogRecord.self)
                .filter { $0.companyLocationIds.contains(l.id) }
            return try listConnection("CatalogConnection", catalogs, arguments, id: \.id) {
                CatalogObject(record: $0)
            }
        default: return .null
        }
    }
}
