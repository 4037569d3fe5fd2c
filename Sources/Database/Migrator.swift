/// Brings a database's schema up to the latest version the code knows.
///
/// Each migration runs in its own write transaction together with the row that records
/// it in `schema_migrations`, so a failure leaves the schema at the previous version.
/// Several processes opening one new database at once are safe: each step re-reads the
/// version after taking the write lock, and skips what another process applied.
public struct Migrator: Sendable {
    /// The table recording applied migrations.
    public static let tableName = "schema_migrations"

    /// The migrations, sorted by version.
    public let migrations: [Migration]

    /// Checks that versions run 1, 2, 3 … without gaps or repeats.
    public init(_ migrations: [Migration]) throws(MigrationError) {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (offset, migration) in sorted.enumerated() {
            let expected = offset + 1
            if migration.version < expected { throw .duplicateVersion(migration.version) }
            if migration.version > expected { throw .missingVersion(expected) }
        }
        self.migrations = sorted
    }

    /// The version the code knows last; 0 for an empty list.
    public var latestVersion: Int {
        migrations.last?.version ?? 0
    }

    /// The version `database` is at: the highest one recorded, 0 for a new database.
    public func currentVersion(of database: some SQLConnection) throws -> Int {
        try createTable(in: database)
        return try Self.recordedVersion(in: database)
    }

    /// Applies every migration the database lacks, up to `target` (default: all).
    ///
    /// Returns the versions this call applied, in order.
    @discardableResult
    public func migrate(_ database: some SQLConnection, upTo target: Int? = nil) throws
        -> [Int]
    {
        try database.writeTransaction { database in
            try createTable(in: database)
            try checkHistory(of: database)
        }
        var applied: [Int] = []
        for migration in migrations where migration.version <= target ?? latestVersion {
            if try apply(migration, to: database) {
                applied.append(migration.version)
            }
        }
        return applied
    }

    private func createTable(in database: some SQLConnection) throws {
        let dialect = database.dialect
        try database.run("""
            CREATE TABLE IF NOT EXISTS \(Self.tableName) (
                version \(dialect.typeName(.integer)) PRIMARY KEY,
                name \(dialect.typeName(.text)) NOT NULL,
                applied_at \(dialect.typeName(.timestamp)) NOT NULL
            )\(dialect.tableOptions)
            """)
    }

    /// Refuses a database that is ahead of the code or whose history differs from it.
    private func checkHistory(of database: some SQLConnection) throws {
        let recorded = try Self.recordedVersion(in: database)
        guard recorded <= latestVersion else {
            throw MigrationError.databaseNewerThanCode(
                databaseVersion: recorded, latestKnownVersion: latestVersion)
        }
        let rows = try database.query("SELECT version, name FROM \(Self.tableName)")
        for row in rows {
            let version = try row.int("version")
            let expected = version >= 1 ? migrations[version - 1].name : ""
            let name = try row.string("name")
            guard name == expected else {
                throw MigrationError.nameMismatch(version: version, recorded: name,
                                                  expected: expected)
            }
        }
    }

    /// Runs one migration unless another connection got there first; true if it ran.
    private func apply(_ migration: Migration, to database: some SQLConnection) throws -> Bool {
        do {
            return try database.writeTransaction { database in
                guard try Self.recordedVersion(in: database) < migration.version else {
                    return false
                }
                try database.execute(script: migration.sql)
                try record(migration, in: database)
                return true
            }
        } catch let error as DatabaseError {
            throw MigrationError.failed(version: migration.version, name: migration.name,
                                        underlying: error)
        }
    }

    private func record(_ migration: Migration, in database: some SQLConnection) throws {
        let dialect = database.dialect
        let values = "\(dialect.placeholders(count: 2)), \(dialect.currentTimestamp)"
        try database.run(
            "INSERT INTO \(Self.tableName) (version, name, applied_at) VALUES (\(values))",
            [.integer(Int64(migration.version)), .text(migration.name)])
    }

    private static func recordedVersion(in database: some SQLConnection) throws -> Int {
        try database.scalar("SELECT MAX(version) FROM \(tableName)")?.int ?? 0
    }
}
