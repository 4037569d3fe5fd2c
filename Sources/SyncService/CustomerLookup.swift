import Foundation
import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// Finds the Shopify customer an ERP customer already is: by e-mail, then by phone, taking only
/// an exact match. Shopify's search matches tokens, so its hits are compared again here: the
/// same e-mail without regard to case, or the same phone digits.
struct CustomerLookup {
    let client: ShopifyClient

    /// A Shopify customer as the lookup and the writes see it.
    struct Found {
        let id: Int64
        let firstName: String
        let lastName: String
        let email: String
        let phone: String
        let updatedAt: Timestamp

        /// Reads a customer node; nil when the node is absent or has no numeric id.
        init?(_ node: JSON?) {
            guard let node, let gid = node["id"]?.stringValue,
                  let id = GlobalID<ShopifyCustomer>(gid)?.number else { return nil }
            self.id = id
            firstName = node["firstName"]?.stringValue ?? ""
            lastName = node["lastName"]?.stringValue ?? ""
            email = node["defaultEmailAddress"]?["emailAddress"]?.stringValue ?? ""
            phone = node["defaultPhoneNumber"]?["phoneNumber"]?.stringValue ?? ""
            let stamp = node["updatedAt"]?.stringValue
            updatedAt = stamp.flatMap { DateTimeText.parse($0) } ?? Timestamp(milliseconds: 0)
        }

        /// Whether this Shopify customer already shows what the ERP would send.
        func shows(_ customer: CustomerToExport) -> Bool {
            let name = [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
            return customer.shows(name: name, email: email, phone: phone)
        }
    }

    func find(_ wanted: CustomerToExport) throws -> Found? {
        let customer = wanted.customer
        let email = customer.email.trimmingCharacters(in: .whitespaces).lowercased()
        if !email.isEmpty,
           let hit = try search("email:\(Self.quoted(email))", where: { $0.email.lowercased() == email }) {
            return hit
        }
        let digits = Ledger.digits(customer.phone)
        guard !digits.isEmpty else { return nil }
        return try search("phone:\(Self.quoted(customer.phone))", where: { Ledger.digits($0.phone) == digits })
    }

    private func search(_ query: String, where exact: (Found) -> Bool) throws -> Found? {
        let response = try client.execute(ShopifyDocuments.customersPage,
                                          variables: ["first": .int(10), "query": .string(query)])
        for node in response.data?["customers"]?["nodes"]?.arrayValue ?? [] {
            if let found = Found(node), exact(found) { return found }
        }
        return nil
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
