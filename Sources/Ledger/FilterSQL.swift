import Database
import ShopSyncCore

/// Compiles a bound `Filter` into a parameterised SQL condition over a ledger entity. Field names
/// come from the catalogue (never from the user's text) and every value is a bound parameter,
/// so no input can change the statement. The result means what `Filter.evaluate` means: equality
/// is null-safe, and comparisons with an empty (NULL) value are false, never unknown.
public struct FilterSQL: Sendable {
    public let sql: String
    public let binds: [SQLValue]
}

public enum FilterSQLError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownField(String, entity: String)
    case valueDoesNotFit(field: String, value: String)
    case unsupported(String)

    public var description: String {
        switch self {
        case .unknownField(let name, let entity): return "\(entity) has no field '\(name)'"
        case .valueDoesNotFit(let field, let value): return "\(value) does not fit field '\(field)'"
        case .unsupported(let what): return "a ledger filter cannot \(what)"
        }
    }
}

struct FilterCompiler {
    let entity: LedgerEntity
    let dialect: SQLDialect
    var binds: [SQLValue] = []

    init(entity: LedgerEntity, dialect: SQLDialect) {
        self.entity = entity
        self.dialect = dialect
    }

    static func compile(_ filter: Filter, for entity: LedgerEntity, dialect: SQLDialect)
        throws(FilterSQLError) -> FilterSQL
    {
        var compiler = FilterCompiler(entity: entity, dialect: dialect)
        let sql = try compiler.condition(filter)
        return FilterSQL(sql: sql, binds: compiler.binds)
    }

    /// A placeholder for the next bound value.
    mutating func bind(_ value: SQLValue) -> String {
        binds.append(value)
        return dialect.placeholder(binds.count)
    }

    /// A condition: true or false for every row, never NULL.
    mutating func condition(_ filter: Filter) throws(FilterSQLError) -> String {
        switch filter {
        case .and(let a, let b): return "(\(try condition(a)) AND \(try condition(b)))"
        case .or(let a, let b): return "(\(try condition(a)) OR \(try condition(b)))"
        case .not(let a): return "(NOT \(try condition(a)))"
        case .constant(let value): return value == .bool(true) ? "1 = 1" : "1 = 0"
        case .field(let name, _):
            let column = try self.column(name)
            return "(COALESCE(\(column.sql), 0) <> 0)"
        case .compare(let op, let a, let b): return try comparison(op, a, b)
        case .isIn(let a, let items):
            let (left, storage, nullable) = try operand(a, storage: nil)
            guard !items.isEmpty else { return "1 = 0" }
            var values: [String] = []
            for item in items { values.append(try operand(item, storage: storage).sql) }
            return nullSafe("\(left) IN (\(values.joined(separator: ", ")))", nullable)
        case .between(let a, let low, let high):
            let (left, storage, nullable) = try operand(a, storage: nil)
            let l = try operand(low, storage: storage).sql, h = try operand(high, storage: storage).sql
            return nullSafe("\(left) BETWEEN \(l) AND \(h)", nullable)
        case .like(let a, let pattern):
            let (left, _, nullable) = try operand(a, storage: nil)
            guard case .constant(.string(let text)) = pattern else {
                throw .unsupported("take a 'like' pattern from a field")
            }
            let placeholder = bind(.text(FilterCompiler.likePattern(text)))
            return nullSafe("\(left) LIKE \(placeholder) ESCAPE '\\'", nullable)
        case .isEmpty(let a):
            let (sql, storage, _) = try operand(a, storage: nil)
            return storage == .text ? "(\(sql) IS NULL OR \(sql) = '')" : "(\(sql) IS NULL)"
        case .arithmetic, .negate:
            throw .unsupported("use a computed value as a condition")
        }
    }

    mutating func comparison(_ op: ComparisonOperator, _ a: Filter, _ b: Filter) throws(FilterSQLError)
        -> String
    {
        // Type the side that reads a column first, so the constant is stored the same way.
        let aFirst = !a.fieldNames.isEmpty || b.fieldNames.isEmpty
        let (first, second) = aFirst ? (a, b) : (b, a)
        let x = try operand(first, storage: nil)
        let y = try operand(second, storage: x.storage)
        let (left, right) = aFirst ? (x.sql, y.sql) : (y.sql, x.sql)
        switch op {
        case .equal: return "(\(left) IS \(right))"
        case .notEqual: return "(\(left) IS NOT \(right))"
        default: return nullSafe("\(left) \(op.rawValue) \(right)", x.nullable || y.nullable)
        }
    }

    /// A comparison that would be NULL for an empty value becomes false, as in memory.
    func nullSafe(_ sql: String, _ nullable: Bool) -> String {
        nullable ? "COALESCE(\(sql), 0)" : "(\(sql))"
    }

    func column(_ name: String) throws(FilterSQLError) -> LedgerEntity.Column {
        guard let column = entity.column(name) else { throw .unknownField(name, entity: entity.name) }
        return column
    }

    /// A value expression and the storage it has (a constant takes the storage it is compared to).
    mutating func operand(_ filter: Filter, storage: ColumnStorage?)
        throws(FilterSQLError) -> (sql: String, storage: ColumnStorage?, nullable: Bool)
    {
        switch filter {
        case .field(let name, _):
            let column = try self.column(name)
            return (column.sql, column.storage, column.nullable)
        case .constant(let value):
            return (try constant(value, storage: storage), storage, value == .null)
        case .arithmetic(let op, let a, let b):
            let x = try operand(a, storage: storage)
            let y = try operand(b, storage: op == .multiply ? .integer : x.storage)
            guard op == .add || op == .subtract || (op == .multiply && y.storage == .integer),
                  x.storage == .integer || x.storage == .money else {
                throw .unsupported("compute '\(op.rawValue)' on these fields")
            }
            return ("(\(x.sql) \(op.rawValue) \(y.sql))", x.storage, x.nullable || y.nullable)
        case .negate(let a):
            let x = try operand(a, storage: storage)
            return ("(-\(x.sql))", x.storage, x.nullable)
        default:
            return ("(CASE WHEN \(try condition(filter)) THEN 1 ELSE 0 END)", .flag, false)
        }
    }

    mutating func constant(_ value: Value, storage: ColumnStorage?) throws(FilterSQLError) -> String {
        let stored: SQLValue?
        if let storage {
            stored = Storage.sqlValue(value, as: storage)
        } else {
            stored = Storage.sqlValue(value, as: FilterCompiler.naturalStorage(value))
        }
        guard let stored else {
            throw .valueDoesNotFit(field: storage.map { "\($0)" } ?? "", value: value.literalText)
        }
        return bind(stored)
    }

    static func naturalStorage(_ value: Value) -> ColumnStorage {
        switch value {
        case .int: return .integer
        case .decimal: return .money
        case .bool: return .flag
        case .date: return .date
        case .dateTime: return .instant
        default: return .text
        }
    }

    /// `*` and `?` become `%` and `_`; the SQL wildcards and the escape itself are escaped.
    static func likePattern(_ pattern: String) -> String {
        var out = ""
        for character in pattern {
            switch character {
            case "*": out += "%"
            case "?": out += "_"
            case "%", "_", "\\": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }
}
