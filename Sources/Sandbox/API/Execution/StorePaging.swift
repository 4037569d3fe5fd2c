import Database

/// Connections over top-level records, read from the store a page at a time.
///
/// Sort keys backed by an indexed column (`ID`, `UPDATED_AT`, `CREATED_AT`, and `PROCESSED_AT`,
/// which equals `CREATED_AT` for every sandbox order) scan the index from the cursor and stop
/// once the page is full; other keys (`TITLE`, `NAME`, ...) sort the matching records in memory
/// by the search field of the same name.
extension StoreSession {
    private struct StopScan: Error {}

    func page<R: StoreRecord & Searchable>(_ type: R.Type, _ request: PageRequest,
                                           where extra: (R) -> Bool = { _ in true }) throws -> Page<R> {
        guard let column = Self.column(for: request.sortKey) else {
            return try pageInMemory(type, request, where: extra)
        }
        let ascending = request.scansAscending
        let direction = ascending ? "ASC" : "DESC"
        var sql = "SELECT id, \(column) AS v, body FROM records WHERE kind = ?"
        var binds: [SQLValue] = [.text(R.kind)]
        if let bound = request.bound, case .int(let value) = bound.value {
            let op = ascending ? ">" : "<"
            sql += " AND (\(column) \(op) ? OR (\(column) = ? AND id \(op) ?))"
            binds += [.integer(value), .integer(value), .integer(bound.id)]
        }
        sql += " ORDER BY \(column) \(direction), id \(direction)"
        var scanned: [(cursor: Cursor, item: R)] = []
        do {
            try database.forEach(sql, binds) { row in
                let record = try decode(type, body: row.string("body"))
                guard request.query.matches(record), extra(record) else { return }
                scanned.append((Cursor(id: try row.int64("id"), value: .int(try row.int64("v"))), record))
                if scanned.count > request.size { throw StopScan() }
            }
        } catch is StopScan {}
        return Page(scanned: scanned, request: request)
    }

    /// How many records `query` matches, read a record at a time and counted no further than
    /// `limit`, so counting a large store holds no list of it.
    func count<R: StoreRecord & Searchable>(_ type: R.Type, matching query: SearchQuery,
                                            upTo limit: Int) throws -> Int {
        var total = 0
        do {
            try database.forEach("SELECT body FROM records WHERE kind = ?", [.text(R.kind)]) { row in
                guard query.matches(try decode(type, body: row.string("body"))) else { return }
                total += 1
                if total >= limit { throw StopScan() }
            }
        } catch is StopScan {}
        return total
    }

    private func pageInMemory<R: StoreRecord & Searchable>(_ type: R.Type, _ request: PageRequest,
                                                           where extra: (R) -> Bool) throws -> Page<R> {
        let field = request.sortKey.lowercased()
        let matching = try all(type).filter { request.query.matches($0) && extra($0) }
        let keyed = matching.map { record -> (cursor: Cursor, item: R) in
            (Cursor(id: record.id, value: Self.sortValue(record.searchValues(field)?.first, record.id)),
             record)
        }
        let sorted = keyed.sorted { ($0.cursor.value, $0.cursor.id) < ($1.cursor.value, $1.cursor.id) }
        return Page.of(sorted, request: request)
    }

    static func column(for sortKey: String) -> String? {
        switch sortKey {
        case "ID", "ORDER_NUMBER", "RELEVANCE", "POSITION": "id"
        case "UPDATED_AT": "updated_at"
        case "CREATED_AT", "PROCESSED_AT", "ISSUED_AT": "created_at"
        default: nil
        }
    }

    static func sortValue(_ value: SearchValue?, _ id: Int64) -> SortValue {
        switch value {
        case .text(let text): .text(text.lowercased())
        case .number(let number), .time(let number): .int(number)
        case nil: .int(id)
        }
    }
}

/// A nested list (an order's lines, a product's variants) paged in memory, in list order.
func pageList<T>(_ items: [T], id: (T) -> Int64, _ request: PageRequest) -> Page<T> {
    let keyed = items.enumerated().map { (cursor: Cursor(id: id($0.element), value: .int(Int64($0.offset))),
                                          item: $0.element) }
    return Page.of(keyed, request: request)
}
