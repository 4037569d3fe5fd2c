/// An ordered set of named values: a row of a table, a Shopify object, a record literal `{a: 1}`.
public struct Record: Hashable, Sendable {
    public private(set) var keys: [String]
    public private(set) var values: [Value]

    public init() {
        keys = []
        values = []
    }

    public init(_ pairs: [(String, Value)]) {
        keys = pairs.map(\.0)
        values = pairs.map(\.1)
    }

    public subscript(key: String) -> Value? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue { values[index] = newValue } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public var pairs: [(String, Value)] { Array(zip(keys, values)) }
    public var isEmpty: Bool { keys.isEmpty }
}

/// Rows under named columns: what `list` and `jobs` return.
public struct Table: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public let name: String
        public let type: ValueType
        public init(_ name: String, _ type: ValueType = .any) {
            self.name = name
            self.type = type
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[Value]]

    public init(columns: [Column], rows: [[Value]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [Value]) {
        precondition(row.count == columns.count, "a row must have one value per column")
        rows.append(row)
    }

    /// Each row as a record keyed by column name.
    public var records: [Record] {
        rows.map { Record(Array(zip(columns.map(\.name), $0))) }
    }
}
