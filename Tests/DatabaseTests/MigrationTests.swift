import Testing
import Database

@Suite("migrations")
struct MigrationTests {
    static let v1 = Migration(version: 1, name: "create_customer", sql: """
        CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE) STRICT;
        """)
    static let v2 = Migration(version: 2, name: "create_sales_order", sql: """
        CREATE TABLE sales_order (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customer(id),
            shopify_order_no TEXT NOT NULL
        ) STRICT;
        CREATE INDEX sales_order_shopify_no ON sales_order (shopify_order_no);
        """)
    static let v3 = Migration(version: 3, name: "customer_country", sql: """
        ALTER TABLE customer ADD COLUMN country_code TEXT NOT NULL DEFAULT 'US';
        """)
    static let all = [v1, v2, v3]

    private func versions(_ database: Database) throws -> [Int] {
        try database.query("SELECT version FROM schema_migrations ORDER BY version")
            .map { try $0.int("version") }
    }

    @Test("an empty database gets every migration, each recorded with its name and time")
    func fromEmpty() throws {
        let database = try Database(path: ":memory:", migrations: Self.all)
        #expect(try versions(database) == [1, 2, 3])
        let row = try #require(try database.queryOne(
            "SELECT name, applied_at FROM schema_migrations WHERE version = 2"))
        #expect(try row.string("name") == "create_sales_order")
        #expect(try row.string("applied_at").hasSuffix("Z"))
        try database.run("INSERT INTO customer (email) VALUES ('a@example.com')")
        #expect(try database.scalar("SELECT country_code FROM customer")?.string == "US")
    }

    @Test("a database at the previous version gets only the new migration, data intact")
    func fromPreviousVersion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("ledger.sqlite")
        do {
            let old = try Database(path: path, migrations: [Self.v1, Self.v2])
            try old.run("INSERT INTO customer (email) VALUES ('kept@example.com')")
        }
        let database = try Database(path: path)
        #expect(try Migrator(Self.all).migrate(database) == [3])
        #expect(try versions(database) == [1, 2, 3])
        let row = try #require(try database.queryOne("SELECT email, country_code FROM customer"))
        #expect(try row.string("email") == "kept@example.com")
        #expect(try row.string("country_code") == "US")
    }

    @Test("migrating an up-to-date database applies nothing")
    func idempotent() throws {
        let database = try Database(path: ":memory:", migrations: Self.all)
        let migrator = try Migrator(Self.all)
        #expect(try migrator.migrate(database) == [])
        #expect(try migrator.currentVersion(of: database) == 3)
    }

    @Test("migrate can stop at a given version, so each step is testable on its own")
    func upToVersion() throws {
        let database = try Database(path: ":memory:")
        let migrator = try Migrator(Self.all)
        #expect(try migrator.migrate(database, upTo: 1) == [1])
        #expect(try migrator.currentVersion(of: database) == 1)
        #expect(try migrator.migrate(database) == [2, 3])
    }

    @Test("a database newer than the code is refused and left untouched")
    func newerRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("ledger.sqlite")
        _ = try Database(path: path, migrations: Self.all)
        #expect {
            _ = try Database(path: path, migrations: [Self.v1, Self.v2])
        } throws: { error in
            guard case MigrationError.databaseNewerThanCode(3, 2) = error else { return false }
            return "\(error)".contains("version 3") && "\(error)".contains("up to 2")
        }
        let database = try Database(path: path)
        #expect(try versions(database) == [1, 2, 3])
    }

    @Test("a database whose history names a version differently is refused")
    func historyMismatch() throws {
        let database = try Database(path: ":memory:", migrations: [Self.v1])
        let renamed = Migration(version: 1, name: "create_customers", sql: Self.v1.sql)
        #expect {
            try Migrator([renamed, Self.v2]).migrate(database)
        } throws: { error in
            guard case MigrationError.nameMismatch(1, "create_customer", "create_customers") = error
            else { return false }
            return true
        }
        #expect(try versions(database) == [1])
    }

    @Test("a list with a gap or a repeated version is refused", arguments: [
        ([v1, v3], "missing 2"), ([v2, v3], "missing 1"), ([v1, v2, v2], "duplicate 2"),
    ])
    func invalidLists(migrations: [Migration], problem: String) {
        #expect {
            _ = try Migrator(migrations)
        } throws: { error in
            switch error as? MigrationError {
            case .missingVersion(let version): return problem == "missing \(version)"
            case .duplicateVersion(let version): return problem == "duplicate \(version)"
            default: return false
            }
        }
    }

    @Test("a failing migration rolls back entirely and names itself")
    func failingMigration() throws {
        let broken = Migration(version: 2, name: "half_done", sql: """
            CREATE TABLE first_half (a INTEGER) STRICT;
            CREATE TABLE second_half (a INTEGR) STRICT;
            """)
        let database = try Database(path: ":memory:", migrations: [Self.v1])
        #expect {
            try Migrator([Self.v1, broken]).migrate(database)
        } throws: { error in
            guard case MigrationError.failed(2, "half_done", let underlying) = error else {
                return false
            }
            return underlying is DatabaseError && "\(error)".contains("half_done")
        }
        #expect(try versions(database) == [1])
        #expect(try database.scalar(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'first_half'")?.int == 0)
    }
}
