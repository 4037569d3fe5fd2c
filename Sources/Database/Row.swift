import Foundation
import ShopSyncCore

/// A column named by its position (`0`) or its name (`"email"`).
public protocol ColumnKey: Sendable {
    /// The position of this column among `columns`, or why there is none.
    func index(in columns: RowColumns) throws(RowError) -> Int
}

extension Int: ColumnKey {
    public func index(in columns: RowColumns) throws(RowError) -> Int {
        guard columns.names.indices.contains(self) else {
            throw .columnOutOfRange(index: self, count: columns.names.count)
        }
        return self
    }
}

extension String: ColumnKey {
    public func index(in columns: RowColumns) throws(RowError) -> Int {
        guard let index = columns.index(of: self) else { throw .noSuchColumn(self) }
        return index
    }
}

/// The column names of a result, shared by all of its rows.
public final class RowColumns: Sendable {
    /// The names in result order, as the statement spells them.
    public let names: [String]
    private let exact: [String: Int]
    private let folded: [String: Int]

    init(_ names: [String]) {
        self.names = names
        // The first of two equal names wins, as in `SELECT a.id, b.id`.
        self.exact = Dictionary(names.enumerated().map { ($1, $0) },
                                uniquingKeysWith: { a, _ in a })
        self.folded = Dictionary(names.enumerated().map { ($1.lowercased(), $0) },
                                 uniquingKeysWith: { a, _ in a })
    }

    /// The position of `name`; SQL names are case-insensitive, so that is the fallback.
    func index(of name: String) -> Int? {
        exact[name] ?? folded[name.lowercased()]
    }
}

/// One result row: its values and its column names.
///
/// Getters are strict: `int` on a TEXT column is an error, never a silent zero, and
/// `decimal` accepts only plain decimal text, never `"12abc"` or a binary float.
public struct Row: Sendable {
    /// The column names this row shares with the rest of its result.
    public let columns: RowColumns
    /// The values in column order.
    public let values: [SQLValue]

    init(columns: RowColumns, values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The column names in result order.
    public var columnNames: [String] { columns.names }

    /// The raw value in `column`.
    public func value(_ column: some ColumnKey) throws(RowError) -> SQLValue {
        values[try column.index(in: columns)]
    }

    /// The raw value at `index`; traps when out of range, like an array.
    public subscript(index: Int) -> SQLValue { values[index] }

    /// The raw value named `name`, or nil when the row has no such column.
    public subscript(name: String) -> SQLValue? {
        columns.index(of: name).map { values[$0] }
    }

    private func name(_ column: some ColumnKey) -> String {
        (try? column.index(in: columns)).map { columns.names[$0] } ?? "\(column)"
    }

    private func nonNull(_ column: some ColumnKey) throws(RowError) -> SQLValue? {
        let found = try value(column)
        // Not a ternary: there `nil` would become `SQLValue.null` through its literal.
        if found.isNull { return nil }
        return found
    }

    private func required<Key: ColumnKey, T>(_ column: Key, _ read: (Key) throws(RowError) -> T?)
        throws(RowError) -> T
    {
        guard let value = try read(column) else { throw .unexpectedNull(column: name(column)) }
        return value
    }

    private func mismatch(_ column: some ColumnKey, _ expected: String, _ found: SQLValue)
        -> RowError
    {
        .typeMismatch(column: name(column), expected: expected, found: found.storageClass)
    }
}

extension Row {
    /// The INTEGER in `column`, nil when NULL.
    public func optionalInt64(_ column: some ColumnKey) throws(RowError) -> Int64? {
        guard let value = try nonNull(column) else { return nil }
        guard let number = value.int64 else { throw mismatch(column, "INTEGER", value) }
        return number
    }

    /// The INTEGER in `column` as `Int`, nil when NULL.
    public func optionalInt(_ column: some ColumnKey) throws(RowError) -> Int? {
        try optionalInt64(column).map { Int($0) }
    }

    /// The REAL (or INTEGER, widened) in `column`, nil when NULL.
    public func optionalDouble(_ column: some ColumnKey) throws(RowError) -> Double? {
        guard let value = try nonNull(column) else { return nil }
        guard let number = value.double else { throw mismatch(column, "REAL", value) }
        return number
    }

    /// The TEXT in `column`, nil when NULL.
    public func optionalString(_ column: some ColumnKey) throws(RowError) -> String? {
        guard let value = try nonNull(column) else { return nil }
        guard let text = value.string else { throw mismatch(column, "TEXT", value) }
        return text
    }

    /// The BLOB in `column`, nil when NULL.
    public func optionalBlob(_ column: some ColumnKey) throws(RowError) -> [UInt8]? {
        guard let value = try nonNull(column) else { return nil }
        guard let bytes = value.bytes else { throw mismatch(column, "BLOB", value) }
        return bytes
    }

    /// The 0 or 1 in `column` as a `Bool`, nil when NULL; any other integer is an error.
    public func optionalBool(_ column: some ColumnKey) throws(RowError) -> Bool? {
        guard let value = try nonNull(column) else { return nil }
        switch value.int64 {
        case 0: return false
        case 1: return true
        default: throw mismatch(column, "INTEGER 0 or 1", value)
        }
    }

    /// The exact decimal in `column` (stored as TEXT, or as an INTEGER), nil when NULL.
    public func optionalDecimal(_ column: some ColumnKey) throws(RowError) -> Decimal? {
        guard let value = try nonNull(column) else { return nil }
        switch value {
        case .integer(let number):
            return Decimal(number)
        case .text(let text):
            guard let decimal = DecimalText.parse(text) else {
                throw .invalidDecimal(column: name(column))
            }
            return decimal
        default:
            throw mismatch(column, "TEXT decimal", value)
        }
    }
}

extension Row {
    /// The INTEGER in `column`; NULL is an error.
    public func int64(_ column: some ColumnKey) throws(RowError) -> Int64 {
        try required(column, optionalInt64)
    }

    /// The INTEGER in `column` as `Int`; NULL is an error.
    public func int(_ column: some ColumnKey) throws(RowError) -> Int {
        try required(column, optionalInt)
    }

    /// The REAL (or INTEGER, widened) in `column`; NULL is an error.
    public func double(_ column: some ColumnKey) throws(RowError) -> Double {
        try required(column, optionalDouble)
    }

    /// The TEXT in `column`; NULL is an error.
    public func string(_ column: some ColumnKey) throws(RowError) -> String {
        try required(column, optionalString)
    }

    /// The BLOB in `column`; NULL is an error.
    public func blob(_ column: some ColumnKey) throws(RowError) -> [UInt8] {
        try required(column, optionalBlob)
    }

    /// The 0 or 1 in `column` as a `Bool`; NULL is an error.
    public func bool(_ column: some ColumnKey) throws(RowError) -> Bool {
        try required(column, optionalBool)
    }

    /// The exact decimal in `column`; NULL is an error.
    public func decimal(_ column: some ColumnKey) throws(RowError) -> Decimal {
        try required(column, optionalDecimal)
    }
}
