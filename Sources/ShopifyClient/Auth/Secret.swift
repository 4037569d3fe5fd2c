/// An access token held in memory. Printing, interpolating, dumping or reflecting it shows only
/// `shpat_…` and its last four characters; the text itself is reached through `revealed`,
/// which only the transports call, to fill the `X-Shopify-Access-Token` header.
public struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: String

    public init(_ value: String) {
        self.value = value
    }

    /// The token's text. Never put it in a message, a log or a record.
    public var revealed: String { value }

    /// `shpat_…1234`: the prefix Shopify gives the kind of token, and the last four characters.
    public var masked: String {
        let prefix = Secret.knownPrefixes.first { value.hasPrefix($0) } ?? "shpat_"
        guard value.count >= 12 else { return prefix + "…" }
        return prefix + "…" + value.suffix(4)
    }

    public var isEmpty: Bool { value.isEmpty }

    public var description: String { masked }
    public var debugDescription: String { "Secret(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }

    /// Prefixes of Shopify's token kinds (admin, custom app, partner, shared secret).
    static let knownPrefixes = ["shpat_", "shpca_", "shppa_", "shpss_", "shpua_"]
}
