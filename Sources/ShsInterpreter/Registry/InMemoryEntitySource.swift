import ShopSyncCore

/// A record kind whose records a closure produces on demand; filters run in memory with the
/// same operators the store uses. For small, computed kinds such as `commands`.
public struct InMemoryEntitySource: EntitySource {
    public let descriptor: EntityDescriptor
    let records: @Sendable (ExecutionContext) throws -> [Record]

    public init(_ descriptor: EntityDescriptor,
                records: @escaping @Sendable (ExecutionContext) throws -> [Record]) {
        self.descriptor = descriptor
        self.records = records
    }

    public func fetch(_ query: EntityQuery, context: ExecutionContext) throws -> Table {
        var rows = try matching(query, context)
        for key in query.ordering.reversed() {
            rows = stableSorted(rows, by: key)
        }
        if let limit = query.limit { rows = Array(rows.prefix(limit)) }
        let columns = descriptor.fields.map { Table.Column($0.name, $0.type) }
        return Table(columns: columns, rows: rows.map { row in columns.map { row[$0.name] ?? .null } })
    }

    public func count(_ query: EntityQuery, context: ExecutionContext) throws -> Int {
        let total = try matching(query, context).count
        return query.limit.map { min($0, total) } ?? total
    }

    func matching(_ query: EntityQuery, _ context: ExecutionContext) throws -> [Record] {
        let all = try records(context)
        guard let filter = query.filter else { return all }
        return try all.filter { record in
            do {
                return try filter.holds { record[$0] ?? .null }
            } catch let error as ValueError {
                throw CommandError(error.description)
            }
        }
    }

    func stableSorted(_ rows: [Record], by key: SortKey) -> [Record] {
        rows.enumerated().sorted { a, b in
            let order = ValueOperations.order(a.element[key.field] ?? .null, b.element[key.field] ?? .null)
            switch order {
            case .orderedAscending?: return !key.descending
            case .orderedDescending?: return key.descending
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

extension ValueError: CustomStringConvertible {
    public var description: String { ValueErrorText.describe(self) }
}
