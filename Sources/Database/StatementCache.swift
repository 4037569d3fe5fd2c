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
    private struct Entry {
        let statement: Statement
        var lastUse: UInt64
    }

    let capacity: Int
    private var entries: [String: Entry] = [:]
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
        if let entry = entries[sql], !entry.statement.isInUse {
            entries[sql]?.lastUse = clock
            statistics.hits += 1
            return entry.statement
        }
        let cacheable = capacity > 0 && entries[sql] == nil
        let statement = try Statement(connection: connection, sql: sql, persistent: cacheable)
        statistics.prepared += 1
        if cacheable {
            insert(statement)
        }
        return statement
    }

    private mutating func insert(_ statement: Statement) {
        if entries.count >= capacity,
           let leastRecent = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            entries[leastRecent.key] = nil
        }
        entries[statement.sql] = Entry(statement: statement, lastUse: clock)
        statistics.cached = entries.count
    }

    /// Drops every statement; each is finalized as its last reference goes.
    mutating func removeAll() {
        entries.removeAll()
        statistics.cached = 0
    }
}
