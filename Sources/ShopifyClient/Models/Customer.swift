import ShopSyncCore

public struct Customer: ShopifyDecodable, ShopifyResource {
    public static let typeName = "Customer"

    public enum State: String, Sendable, Hashable {
        case declined = "DECLINED", disabled = "DISABLED", enabled = "ENABLED", invited = "INVITED"
    }

    public let id: GlobalID<Customer>
    public let firstName: String?
    public let lastName: String?
    public let email: String?
    public let phone: String?
    public let state: OpenEnum<State>?
    public let tags: [String]
    public let taxExempt: Bool
    public let updatedAt: Timestamp?
    public let amountSpent: Money?

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: Customer.self)
        firstName = try node.optionalString("firstName")
        lastName = try node.optionalString("lastName")
        // The default e-mail object replaces the deprecated `email` field; older calls have only that.
        let defaultEmail = try node.optionalObject("defaultEmailAddress")?.optionalString("emailAddress")
        let legacyEmail = try node.optionalString("email")
        email = defaultEmail ?? legacyEmail
        let defaultPhone = try node.optionalObject("defaultPhoneNumber")?.optionalString("phoneNumber")
        let legacyPhone = try node.optionalString("phone")
        phone = defaultPhone ?? legacyPhone
        state = try node.optionalEnum("state", as: State.self)
        tags = try node.strings("tags")
        taxExempt = try node.bool("taxExempt", default: false)
        updatedAt = try node.optionalInstant("updatedAt")
        amountSpent = try node.decodeOptional("amountSpent", as: Money.self)
    }
}

public struct Company: ShopifyDecodable, ShopifyResource {
    public static let typeName = "Company"

    public let id: GlobalID<Company>
    public let name: String
    public let externalID: String?
    public let updatedAt: Timestamp?

    public init(from node: NodeReader) throws(DecodeProblem) {
        id = try node.id(of: Company.self)
        name = try node.string("name")
        externalID = try node.optionalString("externalId")
        updatedAt = try node.optionalInstant("updatedAt")
    }
}
