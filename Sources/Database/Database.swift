import CSQLite

/// A connection to one SQLite database: the ledger, the job queue, the sandbox's state.
///
/// It opens in WAL mode with foreign keys enforced, a busy timeout, and SQLite's
/// defensive mode, then applies the migrations it was given. Statements are compiled
/// once and kept in a bounded cache; every statement is stepped to completion or
/// reset before a call returns, so none keeps a write open behind the caller's back.
///
/// A `Database` is not thread-safe: use it from one thread at a time, and give each
/// thread or process its own connection. Several connections to one file are the
/// normal case (a worker and a shell); writers wait for each other through the busy
/// timeout and a bounded retry instead of failing with "database is locked".
public final class Database: SQLConnection {
    /// How a connection is opened.
    public struct Options: Sendable {
        /// How long SQLite itself waits for another connection's lock, in milliseconds.
        public var busyTimeoutMilliseconds: Int
        /// How many more times a busy `BEGIN` (or a lone statement) is tried after the
        /// busy timeout gave up, with a growing pause between attempts.
        public var busyRetryLimit: Int
        /// How many compiled statements are kept for reuse.
        public var statementCacheCapacity: Int
        /// Opens the file read-only (no migrations then; the schema must be current).
        public var readOnly: Bool

        public init(busyTimeoutMilliseconds: Int = 5000, busyRetryLimit: Int = 3,
                    statementCacheCapacity: Int = 64, readOnly: Bool = false) {
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            self.busyRetryLimit = busyRetryLimit
            self.statementCacheCapacity = statementCacheCapacity
            self.readOnly = readOnly
        }
    }

    /// The file path, or `:memory:`.
    public let path: String
    /// The options the connection was opened with.
    public let options: Options
    /// SQLite's spelling of the SQL that differs between backends.
    public let dialect = SQLDialect.sqlite

    let connection: OpaquePointer
    private var cache: StatementCache
    /// How many `writeTransaction`/`readTransaction` calls are running, to name savepoints.
    var transactionDepth = 0

    /// Opens (creating if needed) the database at `path`, then applies `migrations`.
    ///
    /// The parent directory must exist. `:memory:` opens a private in-memory database.
    public init(path: String, options: Options = Options(), migrations: [Migration] = [])
        throws
    {
        self.path = path
        self.options = options
        self.connection = try Self.open(path: path, readOnly: options.readOnly)
        self.cache = StatementCache(capacity: options.statementCacheCapacity)
        // From here on a thrown error runs deinit, which closes the connection.
        try configure()
        if !migrations.isEmpty {
            try Migrator(migrations).migrate(self)
        }
    }

    deinit {
        // Statements first: a connection with live statements would only close lazily.
        cache.removeAll()
        sqlite3_close_v2(connection)
    }

    private static func open(path: String, readOnly: Bool) throws -> OpaquePointer {
        let access = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, access | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError(sqliteCode: code, connection: handle, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        return handle
    }

    private func configure() throws {
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, Int32(clamping: options.busyTimeoutMilliseconds))
        _ = csqlite_db_enable_defensive(connection)
        // Through execute, so one-time statements take no slot in the statement cache.
        try execute(script: "PRAGMA foreign_keys = ON")
        if isFileBacked && !options.readOnly {
            try enableWAL()
        }
        try execute(script: "PRAGMA synchronous = NORMAL")
    }

    private var isFileBacked: Bool {
        !path.isEmpty && path != ":memory:"
    }

    /// WAL lets readers and one writer work at once; the worker and the shell rely on it.
    private func enableWAL() throws {
        // Switching needs a moment of exclusive access; other connections may be opening.
        let mode = try retryingWhenBusy {
            try scalar("PRAGMA journal_mode = WAL")?.string?.lowercased()
        }
        // The switch runs once per connection; keep the cache for the statements that repeat.
        cache.removeAll()
        guard mode == "wal" else {
            throw DatabaseError(kind: .other, resultCode: SQLITE_ERROR,
                                extendedCode: SQLITE_ERROR,
                                message: "journal mode stayed '\(mode ?? "none")', not 'wal'",
                                sql: "PRAGMA journal_mode = WAL")
        }
    }

    /// The rowid of the last row this connection inserted; prefer `RETURNING`, which
    /// says the same on every backend.
    public var lastInsertRowID: Int64 {
        sqlite3_last_insert_rowid(connection)
    }

    /// Whether a transaction is open on this connection (by this type or by plain SQL).
    public var isInTransaction: Bool {
        sqlite3_get_autocommit(connection) == 0
    }

    /// How the prepared-statement cache has been used so far.
    public var statementCacheStatistics: StatementCacheStatistics {
        cache.statistics
    }
}

extension Database {
    /// Runs several statements separated by `;`, each to completion, none with binds.
    ///
    /// On an error the statements before it stay applied unless a transaction surrounds
    /// the call; migrations always run inside one.
    public func execute(script: String) throws {
        try script.withCString { start in
            var cursor = start
            while cursor.pointee != 0 {
                var compiled: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(connection, cursor, -1, &compiled, &tail)
                guard code == SQLITE_OK else {
                    throw DatabaseError(sqliteCode: code, connection: connection,
                                        sql: String(cString: cursor))
                }
                let next = tail ?? cursor
                // No statement: SQLite skipped a comment or a stray `;`; go on after it.
                guard let compiled else {
                    if next == cursor { break }
                    cursor = next
                    continue
                }
                defer { sqlite3_finalize(compiled) }
                try stepToEnd(compiled)
                cursor = next
            }
        }
    }

    private func stepToEnd(_ compiled: OpaquePointer) throws {
        var code = sqlite3_step(compiled)
        while code == SQLITE_ROW {
            code = sqlite3_step(compiled)
        }
        guard code == SQLITE_DONE else {
            let sql = sqlite3_sql(compiled).map { String(cString: $0) }
            throw DatabaseError(sqliteCode: code, connection: connection, sql: sql)
        }
    }

    /// Runs one statement to completion and returns the rows it inserted, updated or
    /// deleted (0 for statements that change no rows, such as DDL).
    ///
    /// Outside a transaction, a statement refused as busy is tried again a few times.
    @discardableResult
    public func run(_ sql: String, _ binds: [SQLValue] = []) throws -> Int {
        try retryingWhenBusy {
            try withStatement(sql, binds) { statement in
                let before = sqlite3_total_changes64(connection)
                while try statement.step() {}
                let changed = sqlite3_total_changes64(connection) != before
                return changed ? Int(sqlite3_changes64(connection)) : 0
            }
        }
    }

    /// Runs one statement and returns every row it produced.
    public func query(_ sql: String, _ binds: [SQLValue] = []) throws -> [Row] {
        var rows: [Row] = []
        try forEach(sql, binds) { rows.append($0) }
        return rows
    }

    /// The first row, or nil. A statement that writes is still stepped to its end, so a
    /// `RETURNING` statement never leaves its write pending.
    public func queryOne(_ sql: String, _ binds: [SQLValue] = []) throws -> Row? {
        try withStatement(sql, binds) { statement in
            guard try statement.step() else { return nil }
            let row = currentRow(of: statement, columns: RowColumns(statement.columnNames))
            if sqlite3_stmt_readonly(statement.handle) == 0 {
                while try statement.step() {}
            }
            return row
        }
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ binds: [SQLValue] = []) throws -> SQLValue? {
        try queryOne(sql, binds)?.values.first
    }

    /// Hands each row to `body` as SQLite produces it; if `body` throws, the statement is
    /// reset and the error passes through.
    public func forEach(_ sql: String, _ binds: [SQLValue] = [], body: (Row) throws -> Void)
        throws
    {
        try withStatement(sql, binds) { statement in
            let columns = RowColumns(statement.columnNames)
            while try statement.step() {
                try body(currentRow(of: statement, columns: columns))
            }
        }
    }

    private func currentRow(of statement: Statement, columns: RowColumns) -> Row {
        let values = (0..<Int32(columns.names.count)).map { statement.value(at: $0) }
        return Row(columns: columns, values: values)
    }

    /// Lends a bound statement to `body` and resets it afterwards, whatever happens.
    private func withStatement<T>(_ sql: String, _ binds: [SQLValue],
                                  _ body: (Statement) throws -> T) throws -> T {
        let statement = try cache.statement(for: sql, connection: connection)
        statement.isInUse = true
        defer {
            statement.reset()
            statement.isInUse = false
        }
        try statement.bind(binds)
        return try body(statement)
    }
}
