/// Why a value could not be read from a result row.
///
/// Like `DatabaseError`, it names the column but never repeats the stored value.
public enum RowError: Error, Sendable, Equatable {
    /// The result has no column of that name.
    case noSuchColumn(String)
    /// The position is outside the result's columns.
    case columnOutOfRange(index: Int, count: Int)
    /// A required value was NULL.
    case unexpectedNull(column: String)
    /// The stored value has another type than the one asked for.
    case typeMismatch(column: String, expected: String, found: String)
    /// The TEXT is not a plain decimal number such as `-12.50`.
    case invalidDecimal(column: String)
}

extension RowError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noSuchColumn(let name):
            return "no column named '\(name)' in the result"
        case .columnOutOfRange(let index, let count):
            return "column \(index) is out of range; the result has \(count) columns"
        case .unexpectedNull(let column):
            return "column '\(column)' is NULL where a value is required"
        case .typeMismatch(let column, let expected, let found):
            return "column '\(column)' holds \(found), expected \(expected)"
        case .invalidDecimal(let column):
            return "column '\(column)' does not hold a plain decimal number"
        }
    }
}
