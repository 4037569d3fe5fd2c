/// What the ledger, the job queue and the migrator need from a database connection.
///
/// `Database` is the SQLite implementation; a PostgreSQL one will conform the same way.
/// Statement text must be written for `dialect` (placeholders, type names, upserts).
/// A connection is used by one thread at a time; open one per thread.
public protocol SQLConnection: AnyObject {
    /// How this backend spells the SQL that differs between backends.
    var dialect: SQLDialect { get }

    /// Runs several statements separated by `;`, none of them with bound values.
    func execute(script: String) throws

    /// Runs one statement to completion and returns how many rows it changed.
    @discardableResult
    func run(_ sql: String, _ binds: [SQLValue]) throws -> Int

    /// Runs one statement to completion and returns every row it produced.
    func query(_ sql: String, _ binds: [SQLValue]) throws -> [Row]

    /// The first row of a statement (the rest are discarded), or nil when there is none.
    func queryOne(_ sql: String, _ binds: [SQLValue]) throws -> Row?

    /// The first column of the first row, or nil when there is no row.
    func scalar(_ sql: String, _ binds: [SQLValue]) throws -> SQLValue?

    /// Hands each row to `body` as it is produced, without collecting them.
    func forEach(_ sql: String, _ binds: [SQLValue], body: (Row) throws -> Void) throws

    /// Runs `body` in a write transaction: committed when it returns, rolled back when it
    /// throws. A call inside another transaction becomes a savepoint of that transaction.
    @discardableResult
    func writeTransaction<T>(_ body: (Self) throws -> T) throws -> T

    /// Runs `body` in a transaction that sees one consistent state of the database.
    @discardableResult
    func readTransaction<T>(_ body: (Self) throws -> T) throws -> T
}

extension SQLConnection {
    /// Runs one statement without bound values.
    @discardableResult
    public func run(_ sql: String) throws -> Int {
        try run(sql, [])
    }

    /// Returns every row of a statement without bound values.
    public func query(_ sql: String) throws -> [Row] {
        try query(sql, [])
    }

    /// Returns the first row of a statement without bound values.
    public func queryOne(_ sql: String) throws -> Row? {
        try queryOne(sql, [])
    }

    /// Returns the first column of the first row of a statement without bound values.
    public func scalar(_ sql: String) throws -> SQLValue? {
        try scalar(sql, [])
    }
}
