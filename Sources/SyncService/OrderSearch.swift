import Foundation
import ShopSyncCore

/// The `query:` text `sync orders` sends: which orders changed since the cursor, plus the part
/// of the task's filter Shopify's search can evaluate exactly, so fewer orders are fetched.
/// The whole filter is still applied to the staged fields afterwards: what is pushed down only
/// ever narrows the fetch to orders the filter would keep anyway.
enum OrderSearch {
    /// `updatedAfter` is the sync window's: the cursor less its overlap, nil on a first run.
    static func query(updatedAfter: Timestamp?, filter: Filter?) -> String {
        var terms: [String]
        if let updatedAfter {
            terms = ["updated_at:>='\(iso(updatedAfter))'"]
        } else {
            // A first run takes open orders only: a closed order is history, not work.
            terms = ["status:open"]
        }
        if let filter { terms += pushable(filter) }
        return terms.joined(separator: " ")
    }

    /// Search terms equivalent to top-level conjuncts of the filter. Only the fields whose
    /// search value is exactly the staged value are pushed (`financial_status = "paid"`).
    static func pushable(_ filter: Filter) -> [String] {
        switch filter {
        case .and(let a, let b):
            return pushable(a) + pushable(b)
        case .compare(.equal, .field("financial_status", _), .constant(.string(let value))),
             .compare(.equal, .constant(.string(let value)), .field("financial_status", _)):
            guard value.allSatisfy({ $0.isLetter || $0 == "_" }) else { return [] }
            return ["financial_status:\(value.lowercased())"]
        default:
            return []
        }
    }

    static func iso(_ instant: Timestamp) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: Double(instant.milliseconds) / 1000))
    }
}
