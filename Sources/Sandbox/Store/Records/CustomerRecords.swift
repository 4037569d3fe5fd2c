/// A postal address, as `MailingAddress` (customers, orders) or `CompanyAddress` shows it.
public struct Address: Codable, Sendable, Hashable {
    public var id: Int64
    public var firstName: String?
    public var lastName: String?
    public var company: String?
    public var address1: String
    public var address2: String?
    public var city: String
    public var province: String?
    public var provinceCode: String?
    public var zip: String
    public var country: String
    public var countryCode: String
    public var phone: String?
}

/// A customer: `Customer` in the Admin API.
public struct CustomerRecord: StoreRecord {
    public static let kind = "Customer"
    public var id: Int64
    public var firstName: String
    public var lastName: String
    public var email: String?
    public var phone: String?
    public var tags: [String]
    /// DECLINED, DISABLED, ENABLED or INVITED.
    public var state: String
    public var note: String?
    public var taxExempt: Bool
    public var locale: String
    public var addresses: [Address]
    public var createdAt: Int64
    public var updatedAt: Int64

    public var lookupKey: String? { email }
    public var childIDs: [ChildID] { addresses.map { ChildID("MailingAddress", $0.id) } }
    public var displayName: String { "\(firstName) \(lastName)" }
}

/// A B2B company with its locations and contacts.
public struct CompanyRecord: StoreRecord {
    public static let kind = "Company"
    public var id: Int64
    public var name: String
    public var externalId: String?
    public var note: String?
    public var customerSince: Int64
    public var locations: [CompanyLocationRecord]
    public var contacts: [CompanyContactRecord]
    public var createdAt: Int64
    public var updatedAt: Int64

    public var lookupKey: String? { externalId }
    public var childIDs: [ChildID] {
        locations.map { ChildID("CompanyLocation", $0.id) }
            + contacts.map { ChildID("CompanyContact", $0.id) }
    }
}

/// A company's location: where B2B orders ship and which catalogs apply.
public struct CompanyLocationRecord: Codable, Sendable {
    public var id: Int64
    public var name: String
    public var externalId: String?
    public var currency: String
    public var phone: String?
    public var taxExempt: Bool
    public var address: Address
    public var updatedAt: Int64
}

/// A customer acting for a company.
public struct CompanyContactRecord: Codable, Sendable {
    public var id: Int64
    public var customerId: Int64
    public var isMainContact: Bool
    public var title: String?
    public var updatedAt: Int64
}
