/// The Admin API versions the sandbox serves, and how a requested version maps onto one
/// (shopify-api.md §1.2).
///
/// Stable versions are named `YYYY-MM` for the quarter months 01, 04, 07 and 10. A version
/// older than the oldest supported one "falls forward" to the oldest supported one, as at
/// Shopify; the version served is echoed in `X-Shopify-API-Version`. `unstable` is served as
/// itself. A malformed name, or a stable version newer than the newest served, is not found.
public struct APIVersions: Sendable, Equatable {
    /// Stable versions, oldest first.
    public let supported: [String]

    /// The window supported on 2026-12-03 by Shopify's 12-month rule.
    public static let current = APIVersions(supported: ["2026-01", "2026-04", "2026-07", "2026-10"])

    /// Versions from a list of `YYYY-MM` names; they are sorted, so any order will do.
    public init(supported: [String]) {
        precondition(!supported.isEmpty && supported.allSatisfy { APIVersions.isStable($0) },
                     "supported API versions are YYYY-MM names of quarter months")
        self.supported = supported.sorted()
    }

    /// The version that serves a request for `requested`, or nil when there is none.
    public func resolve(_ requested: String) -> String? {
        if requested == "unstable" { return requested }
        guard APIVersions.isStable(requested), let newest = supported.last,
              requested <= newest else { return nil }
        if supported.contains(requested) { return requested }
        // Between two supported versions cannot happen for quarter names; older falls forward.
        return supported.first { $0 >= requested }
    }

    /// True for `YYYY-MM` with a quarter month.
    static func isStable(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return false }
        let digits = bytes[0..<4] + bytes[5..<7]
        guard digits.allSatisfy({ (48...57).contains($0) }) else { return false }
        return ["01", "04", "07", "10"].contains(String(name.suffix(2)))
    }
}
