import Testing
import Database

@Suite("database errors")
struct DatabaseErrorTests {
    private static let secret = "shpat_0123456789abcdef_SECRET"

    private func shopTables() throws -> Database {
        let database = try Database(path: ":memory:")
        try database.execute(script: """
            CREATE TABLE shop (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                token TEXT NOT NULL,
                sync_interval INTEGER NOT NULL
                    CONSTRAINT positive_interval CHECK (sync_interval > 0)
            ) STRICT;
            CREATE TABLE job (id INTEGER PRIMARY KEY,
                              shop_id INTEGER NOT NULL REFERENCES shop(id)) STRICT;
            INSERT INTO shop (code, token, sync_interval) VALUES ('demo', 'old', 10);
            """)
        return database
    }

    private func failure(_ database: Database, _ sql: String, _ binds: [SQLValue])
        -> DatabaseError?
    {
        #expect(throws: DatabaseError.self) { try database.run(sql, binds) }
    }

    @Test("a UNIQUE violation is classified and names table and column, not the values")
    func unique() throws {
        let database = try shopTables()
        let sql = "INSERT INTO shop (code, token, sync_interval) VALUES (?, ?, ?)"
        let error = try #require(failure(database, sql, ["demo", .text(Self.secret), 5]))
        #expect(error.isConstraint)
        #expect(error.constraintKind == .unique)
        #expect(error.constraintTarget == "shop.code")
        #expect(error.sql == sql)
        #expect(!error.isBusy)
        #expect(!error.description.contains(Self.secret))
        #expect(!error.description.contains("demo"))
        #expect(error.description.contains("shop.code"))
        #expect(error.description.contains("unique constraint violation"))
    }

    @Test("NOT NULL, CHECK, FOREIGN KEY and STRICT type violations are told apart")
    func constraintKinds() throws {
        let database = try shopTables()
        let insert = "INSERT INTO shop (code, token, sync_interval) VALUES (?, ?, ?)"
        let notNull = failure(database, insert, ["b", nil, 5])
        #expect(notNull?.constraintKind == .notNull)
        #expect(notNull?.constraintTarget == "shop.token")
        let check = failure(database, insert, ["c", .text(Self.secret), 0])
        #expect(check?.constraintKind == .check)
        #expect(check?.constraintTarget == "positive_interval")
        let foreignKey = failure(database, "INSERT INTO job (shop_id) VALUES (?)", [99])
        #expect(foreignKey?.constraintKind == .foreignKey)
        let datatype = failure(database, insert, ["d", .text(Self.secret), "ten"])
        #expect(datatype?.constraintKind == .datatype)
        #expect(datatype?.message.contains("shop.sync_interval") == true)
        for error in [notNull, check, foreignKey, datatype] {
            #expect(error?.description.contains(Self.secret) == false)
        }
    }

    @Test("a primary key clash is classified as a primary key violation")
    func primaryKey() throws {
        let database = try Database(path: ":memory:")
        try database.run("CREATE TABLE t (code TEXT PRIMARY KEY) STRICT")
        try database.run("INSERT INTO t VALUES ('x')")
        let error = failure(database, "INSERT INTO t VALUES (?)", ["x"])
        #expect(error?.constraintKind == .primaryKey)
    }

    @Test("a syntax error is not a constraint and carries the statement")
    func syntaxError() throws {
        let database = try Database(path: ":memory:")
        let error = #expect(throws: DatabaseError.self) {
            _ = try database.query("SELEC 1 FROM nowhere WHERE x = ?", [.text(Self.secret)])
        }
        #expect(error?.kind == .other)
        #expect(error?.isConstraint == false)
        #expect(error?.constraintTarget == nil)
        #expect(error?.sql == "SELEC 1 FROM nowhere WHERE x = ?")
    }

    @Test("the description is one line even for a statement written over several")
    func oneLineDescription() throws {
        let database = try Database(path: ":memory:")
        let error = #expect(throws: DatabaseError.self) {
            _ = try database.query("SELECT *\n  FROM\n  nowhere")
        }
        #expect(error?.description.contains("\n") == false)
        #expect(error?.description.contains("'SELECT * FROM nowhere'") == true)
    }
}
