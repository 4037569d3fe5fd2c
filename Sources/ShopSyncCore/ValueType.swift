/// The static type of a value, used by the binder to check filters and arguments before anything runs.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case any
    case null
    case bool
    case int
    case decimal
    case string
    case date
    case dateTime
    case time
    case duration
    case list(ValueType)
    /// A record; when it comes from an entity, the entity's name, so its fields are known.
    case record(entity: String?)
    case table

    public var description: String {
        switch self {
        case .any: return "any"
        case .null: return "empty"
        case .bool: return "bool"
        case .int: return "integer"
        case .decimal: return "decimal"
        case .string: return "string"
        case .date: return "date"
        case .dateTime: return "date-time"
        case .time: return "time"
        case .duration: return "duration"
        case .list(let element): return element == .any ? "list" : "list of \(element)"
        case .record(let entity): return entity.map { "\($0) record" } ?? "record"
        case .table: return "table"
        }
    }

    public var isNumeric: Bool { self == .int || self == .decimal }

    /// Dates and date-times compare with each other (a date is its midnight UTC).
    public var isTemporal: Bool { self == .date || self == .dateTime }

    /// Whether values of the two types can be compared with `<`, `=` and the like.
    public func isComparable(with other: ValueType) -> Bool {
        if self == .any || other == .any || self == .null || other == .null { return true }
        if isNumeric && other.isNumeric { return true }
        if isTemporal && other.isTemporal { return true }
        switch (self, other) {
        case (.list, .list), (.record, .record): return true
        default: return self == other
        }
    }

    /// Whether a value of type `other` may be used where `self` is expected.
    public func accepts(_ other: ValueType) -> Bool {
        if self == .any || other == .any || other == .null { return true }
        switch (self, other) {
        case (.decimal, .int), (.dateTime, .date): return true
        case (.list(let a), .list(let b)): return a.accepts(b)
        case (.record, .record): return true
        default: return self == other
        }
    }
}
