/// A JSON value that keeps object key order and the exact text of numbers.
///
/// Numbers are stored as their literal text so that `12.50` or a 64-bit id survives a round
/// trip unchanged; `intValue` and `doubleValue` read them. Two numbers are equal when their
/// texts are equal, so `1` and `1.0` differ, exactly as they differ on the wire.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSON])
    case object(JSONObject)

    /// A number from an integer.
    public static func int(_ value: Int) -> JSON { .number(String(value)) }

    /// A number from a double; integral values are written without a fraction.
    public static func double(_ value: Double) -> JSON {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return .number(String(Int(value)))
        }
        return .number(value.isFinite ? "\(value)" : "0")
    }

    /// The integer value of an integral number that fits in `Int`, else nil.
    public var intValue: Int? {
        guard case .number(let text) = self else { return nil }
        if let exact = Int(text) { return exact }
        guard let double = Double(text), double == double.rounded(),
              abs(double) < 9.2e18 else { return nil }
        return Int(double)
    }

    /// The value of any number as a `Double`, else nil.
    public var doubleValue: Double? {
        guard case .number(let text) = self else { return nil }
        return Double(text)
    }

    /// The string of a `.string`, else nil.
    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The value of a `.bool`, else nil.
    public var boolValue: Bool? {
        guard case .bool(let flag) = self else { return nil }
        return flag
    }

    /// The elements of an `.array`, else nil.
    public var arrayValue: [JSON]? {
        guard case .array(let items) = self else { return nil }
        return items
    }

    /// The members of an `.object`, else nil.
    public var objectValue: JSONObject? {
        guard case .object(let object) = self else { return nil }
        return object
    }

    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member `key` of an object; nil when absent or when this is not an object.
    public subscript(key: String) -> JSON? {
        objectValue?[key]
    }
}

/// JSON object members in the order they were written or inserted.
///
/// Lookup is linear, which is faster than hashing for the small objects of API payloads.
public struct JSONObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// One member of an object.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSON

        public init(key: String, value: JSON) {
            self.key = key
            self.value = value
        }
    }

    /// The members, in order.
    public private(set) var members: [Member]

    public init() { members = [] }

    public init(_ pairs: [(String, JSON)]) {
        members = []
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    public init(dictionaryLiteral elements: (String, JSON)...) {
        self.init(elements)
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// Reads a member, or sets it: a new key is appended, an existing key keeps its place,
    /// and assigning nil removes the member.
    public subscript(key: String) -> JSON? {
        get { members.first { $0.key == key }?.value }
        set {
            let index = members.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil): members.remove(at: index)
            case (nil, let value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}

extension JSONObject {
    /// Appends without looking for an existing key; the parser uses it to stay linear.
    mutating func appendMember(_ key: String, _ value: JSON) {
        members.append(Member(key: key, value: value))
    }
}
