import Foundation
import Ledger

/// Why an order cannot become a sales document. The text is stored on the order (`error`) and
/// shown in the run's failures; nothing of the document is kept.
public enum OrderProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// No customer maps to the order and none may be created.
    case noCustomer(email: String, phone: String, name: String)
    case blockedCustomer(String)
    /// The mapping says "default customer" (or falls back to it) and the shop has none.
    case noDefaultCustomer
    /// A B2B order whose company location and company have no customer.
    case companyWithoutCustomer(companyId: Int64, locationId: Int64)
    case noItem(line: Int64, sku: String, title: String)
    case blockedItem(line: Int64, itemNo: String)
    case noItemTemplate(line: Int64, sku: String)
    case noTipAccount(line: Int64)
    case noGiftCardAccount(line: Int64)
    case noShippingAccount(amount: Decimal)
    /// An inventory item needs a location and the shop's `default_location` is not set.
    case noLocation(line: Int64, itemNo: String)
    /// The ledger refused the document (an unknown template, a blocked account, ...).
    case ledger(String)

    public var description: String {
        switch self {
        case .noCustomer(let email, let phone, let name):
            let known = [("e-mail", email), ("phone", phone), ("name", name)].filter {
                !$0.1.isEmpty
            }
            .map { "\($0.0) '\($0.1)'" }.joined(separator: ", ")
            return "sell-to customer is blank: no customer matches "
                + (known.isEmpty ? "the order" : known)
                + " and auto_create_customers is off"
        case .blockedCustomer(let no): return "customer '\(no)' is blocked"
        case .noDefaultCustomer:
            return "sell-to customer is blank: the shop's default_customer is not set"
        case .companyWithoutCustomer(let company, let location):
            return
                "sell-to customer is blank: company \(company) (location \(location)) has no customer"
        case .noItem(let line, let sku, let title):
            return "line \(line) ('\(title)', SKU '\(sku)') maps to no item"
        case .blockedItem(let line, let no): return "line \(line): item '\(no)' is blocked"
        case .noItemTemplate(let line, let sku):
            return "line \(line) (SKU '\(sku)') maps to no item and item_template is not set"
        case .noTipAccount(let line): return "line \(line) is a tip and tip_account is not set"
        case .noGiftCardAccount(let line):
            return "line \(line) is a gift card and gift_card_account is not set"
        case .noShippingAccount(let amount):
            return "shipping charges of \(amount) and shipping_charges_account is not set"
        case .noLocation(let line, let no):
            return "line \(line): item '\(no)' is stocked and default_location is not set"
        case .ledger(let message): return message
        }
    }
}
