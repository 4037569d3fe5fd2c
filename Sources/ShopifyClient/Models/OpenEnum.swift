/// A Shopify enum value: one the client knows, or the text of one added after it was built.
/// A new value never stops a sync; code that must act on it sees `.unknown`.
public enum OpenEnum<Known: RawRepresentable & Sendable & Hashable>: Sendable, Hashable,
    CustomStringConvertible where Known.RawValue == String
{
    case known(Known)
    case unknown(String)

    public init(_ text: String) {
        self = Known(rawValue: text).map(OpenEnum.known) ?? .unknown(text)
    }

    public var rawValue: String {
        switch self {
        case .known(let value): return value.rawValue
        case .unknown(let text): return text
        }
    }

    public var known: Known? {
        if case .known(let value) = self { return value }
        return nil
    }

    public var description: String { rawValue }
}

extension NodeReader {
    public func optionalEnum<K>(_ key: String, as type: K.Type) throws(DecodeProblem) -> OpenEnum<K>? {
        try optionalString(key).map(OpenEnum<K>.init)
    }

    public func enumValue<K>(_ key: String, as type: K.Type) throws(DecodeProblem) -> OpenEnum<K> {
        OpenEnum(try string(key))
    }
}
