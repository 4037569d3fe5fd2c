/// Counters describing how well the prepared-statement cache is doing.
public struct StatementCacheStatistics: Sendable, Equatable {
    /// Statements compiled since the connection opened (cache misses and one-off uses).
    public var prepared: Int = 0
    /// Times a cached statement was reused instead of compiled again.
    public var hits: Int = 0
    /// Statements currently held by the cache.
    public var cached: Int = 0
}

/// Compiled statements keyed by their SQL text, evicting the least recently used.
///
/// The ledger runs a few dozen distinct statements over and over, so a small bound
/// keeps all of them while a stream of one-off SQL cannot grow the cache without end.
struct StatementCache {
    let capacity: Int
    private var statements: [String: Statement] = [:]
    private var clock: UInt64 = 0
    private(set) var statistics = StatementCacheStatistics()

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// A statement for `sql` that no one else is stepping: cached if possible.
    mutating func statement(for sql: String, connection: OpaquePointer)
        throws(DatabaseError) -> Statement
    {
        clock += 1
        // One hash lookup per call: the use stamp lives on the statement itself.
        let cached = statements[sql]
        if let cached, !cached.isInUse {
            cached.lastUse = clock
            statistics.hits += 1
            return cached
        }
        let cacheable = capacity > 0 && cached == nil
        let statement = try Statement(connection: connection, sql: sql, persistent: cacheable)
        statistics.prepared += 1
        if cacheable {
            insert(statement)
        }
        return statement
    }

    private mutating func insert(_ statement: Statement) {
        if statements.count >= capacity,
           let leastRecent = statements.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            statements[leastRecent.key] = nil
        }
        statement.lastUse = clock
        statements[statement.sql] = statement
        statistics.cached = statements.count
    }

    /// Drops every statement; each is finalized as its last reference goes.
    mutating func removeAll() {
        statements.removeAll()
        statistics.cached = 0
    }
}
