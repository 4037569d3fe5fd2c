import GraphQL

/// `customerCreate` and `customerUpdate`, with Shopify's uniqueness rules on email and phone.
enum CustomerMutations {
    static func create(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let payload = Payload(typeName: "CustomerCreatePayload", errorType: "UserError")
        let input = arguments.object("input") ?? JSONObject()
        var customer = CustomerRecord(
            id: 0, firstName: "", lastName: "", email: nil, phone: nil, tags: [], state: "DISABLED",
            note: nil, taxExempt: false, locale: "en", addresses: [], createdAt: context.now,
            updatedAt: context.now)
        apply(input, to: &customer, context)
        if customer.firstName.isEmpty && customer.lastName.isEmpty && customer.email == nil
            && customer.phone == nil {
            return payload.failure([UserErrorValue(field: nil, message:
                "A name, phone number, or email address must be present", code: nil)])
        }
        let problems = try duplicates(of: customer, context)
        guard problems.isEmpty else { return payload.failure(problems) }
        customer.id = context.ids.id("Customer")
        try context.session.save(customer)
        return payload.success(["customer": .object(CustomerObject(record: customer))])
    }

    static func update(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        let payload = Payload(typeName: "CustomerUpdatePayload", errorType: "UserError")
        let input = arguments.object("input") ?? JSONObject()
        guard let id = input.string("id").flatMap({ GlobalID.id($0, kind: "Customer") }),
              var customer = try context.session.load(CustomerRecord.self, id: id) else {
            return payload.failure([UserErrorValue(field: ["id"], message: "Customer does not exist", code: nil)])
        }
        apply(input, to: &customer, context)
        let problems = try duplicates(of: customer, context)
        guard problems.isEmpty else { return payload.failure(problems) }
        customer.updatedAt = context.now
        try context.session.save(customer)
        return payload.success(["customer": .object(CustomerObject(record: customer))])
    }

    /// Copies the fields the input names; an explicit null clears a field.
    private static func apply(_ input: JSONObject, to customer: inout CustomerRecord, _ context: ResolveContext) {
        if input.has("firstName") { customer.firstName = input.string("firstName") ?? "" }
        if input.has("lastName") { customer.lastName = input.string("lastName") ?? "" }
        if input.has("email") { customer.email = input.string("email")?.lowercased() }
        if input.has("phone") { customer.phone = input.string("phone") }
        if input.has("note") { customer.note = input.string("note") }
        if input.has("tags") { customer.tags = input.strings("tags") ?? [] }
        if input.has("locale"), let locale = input.string("locale") { customer.locale = locale }
        if let exempt = input["taxExempt"]?.boolValue { customer.taxExempt = exempt }
        if let addresses = input.objects("addresses") {
            customer.addresses = addresses.map { address(from: $0, customer: customer, context) }
        }
    }

    private static func address(from input: JSONObject, customer: CustomerRecord, _ context: ResolveContext)
        -> Address
    {
        Address(id: context.ids.id("MailingAddress"), firstName: input.string("firstName") ?? customer.firstName,
                lastName: input.string("lastName") ?? customer.lastName, company: input.string("company"),
                address1: input.string("address1") ?? "", address2: input.string("address2"),
                city: input.string("city") ?? "", province: input.string("province"),
                provinceCode: input.string("provinceCode"), zip: input.string("zip") ?? "",
                country: input.string("country") ?? "", countryCode: input.string("countryCode") ?? "",
                phone: input.string("phone"))
    }

    private static func duplicates(of customer: CustomerRecord, _ context: ResolveContext) throws
        -> [UserErrorValue]
    {
        var problems: [UserErrorValue] = []
        if let email = customer.email,
           try context.session.lookup(CustomerRecord.self, key: email).contains(where: { $0.id != customer.id }) {
            problems.append(UserErrorValue(field: ["email"], message: "Email has already been taken", code: nil))
        }
        if let phone = customer.phone,
           try context.session.all(CustomerRecord.self).contains(where: { $0.phone == phone && $0.id != customer.id }) {
            problems.append(UserErrorValue(field: ["phone"], message: "Phone has already been taken", code: nil))
        }
        return problems
    }
}
