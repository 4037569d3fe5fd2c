import Database
import ShopSyncCore

/// What to read of a record kind: a bound filter, an ordering and a limit.
public struct LedgerQuery: Sendable {
    public let filter: Filter?
    public let ordering: [(field: String, descending: Bool)]
    public let limit: Int?

    public init(filter: Filter? = nil, ordering: [(field: String, descending: Bool)] = [],
                limit: Int? = nil) {
        self.filter = filter
        self.ordering = ordering
        self.limit = limit
    }
}

extension Ledger {
    /// The records of a kind that match the query, as a table with the kind's fields.
    public func fetch(_ entity: LedgerEntity, _ query: LedgerQuery = LedgerQuery()) throws -> Table {
        let (whereSQL, binds) = try condition(entity, query.filter)
        var sql = "SELECT " + entity.columns.map { "\($0.sql) AS \"\($0.name)\"" }.joined(separator: ", ")
            + " FROM \(entity.source) AS t" + whereSQL
        sql += try orderBy(entity, query.ordering)
        var allBinds = binds
        if let limit = query.limit {
            allBinds.append(.integer(Int64(limit)))
            sql += " LIMIT \(connection.dialect.placeholder(allBinds.count))"
        }
        var table = Table(columns: entity.columns.map { Table.Column($0.name, $0.storage.valueType) })
        try connection.forEach(sql, allBinds) { row in
            table.append(zip(entity.columns, row.values).map { Storage.value($1, as: $0.storage) })
        }
        return table
    }

    /// How many records of a kind match a filter.
    public func count(_ entity: LedgerEntity, filter: Filter? = nil) throws -> Int {
        let (whereSQL, binds) = try condition(entity, filter)
        let value = try connection.scalar("SELECT COUNT(*) FROM \(entity.source) AS t" + whereSQL, binds)
        return value?.int ?? 0
    }

    /// The WHERE clause of the entity's scope and the filter.
    func condition(_ entity: LedgerEntity, _ filter: Filter?) throws -> (String, [SQLValue]) {
        var parts: [String] = entity.scope.map { [$0] } ?? []
        var binds: [SQLValue] = []
        if let filter {
            let compiled = try FilterCompiler.compile(filter, for: entity, dialect: connection.dialect)
            parts.append(compiled.sql)
            binds = compiled.binds
        }
        return (parts.isEmpty ? "" : " WHERE " + parts.joined(separator: " AND "), binds)
    }

    /// The ordering asked for, then the key, so results are stable.
    func orderBy(_ entity: LedgerEntity, _ ordering: [(field: String, descending: Bool)]) throws -> String {
        var keys: [String] = []
        for key in ordering {
            guard let column = entity.column(key.field) else {
                throw FilterSQLError.unknownField(key.field, entity: entity.name)
            }
            keys.append(column.sql + (key.descending ? " DESC" : ""))
        }
        if let keyField = entity.keyField, let column = entity.column(keyField) { keys.append(column.sql) }
        return keys.isEmpty ? "" : " ORDER BY " + keys.joined(separator: ", ")
    }
}
