import Testing
import Database

@Suite("transactions")
struct TransactionTests {
    struct Abort: Error {}

    private func ledger() throws -> Database {
        let database = try Database(path: ":memory:")
        try database.run("CREATE TABLE entry (id INTEGER PRIMARY KEY, memo TEXT NOT NULL) STRICT")
        return database
    }

    private func count(_ database: Database) throws -> Int? {
        try database.scalar("SELECT count(*) FROM entry")?.int
    }

    @Test("a write transaction commits what its body wrote and returns the body's value")
    func commit() throws {
        let database = try ledger()
        let id = try database.writeTransaction { database in
            try database.run("INSERT INTO entry (memo) VALUES ('a')")
            return database.lastInsertRowID
        }
        #expect(id == 1)
        #expect(try count(database) == 1)
        #expect(!database.isInTransaction)
    }

    @Test("a body that throws leaves nothing behind and its error passes through")
    func rollbackOnThrow() throws {
        let database = try ledger()
        #expect(throws: Abort.self) {
            try database.writeTransaction { database in
                try database.run("INSERT INTO entry (memo) VALUES ('a')")
                try database.run("INSERT INTO entry (memo) VALUES ('b')")
                throw Abort()
            }
        }
        #expect(try count(database) == 0)
        #expect(!database.isInTransaction)
    }

    @Test("a nested transaction that throws undoes only its own work")
    func nestedSavepoint() throws {
        let database = try ledger()
        try database.writeTransaction { database in
            try database.run("INSERT INTO entry (memo) VALUES ('outer')")
            #expect(throws: Abort.self) {
                try database.writeTransaction { database in
                    try database.run("INSERT INTO entry (memo) VALUES ('inner')")
                    throw Abort()
                }
            }
            try database.writeTransaction { database in
                try database.run("INSERT INTO entry (memo) VALUES ('second inner')")
                try database.writeTransaction { database in
                    try database.run("INSERT INTO entry (memo) VALUES ('deepest')")
                }
            }
        }
        let memos = try database.query("SELECT memo FROM entry ORDER BY id")
            .map { try $0.string("memo") }
        #expect(memos == ["outer", "second inner", "deepest"])
    }

    @Test("an outer rollback also undoes nested transactions that succeeded")
    func outerRollbackUndoesInner() throws {
        let database = try ledger()
        #expect(throws: Abort.self) {
            try database.writeTransaction { database in
                try database.writeTransaction { database in
                    try database.run("INSERT INTO entry (memo) VALUES ('inner')")
                }
                throw Abort()
            }
        }
        #expect(try count(database) == 0)
    }

    @Test("a read transaction sees one state and ends cleanly")
    func readTransaction() throws {
        let database = try ledger()
        try database.run("INSERT INTO entry (memo) VALUES ('a')")
        let seen = try database.readTransaction { database in
            #expect(database.isInTransaction)
            return try count(database)
        }
        #expect(seen == 1)
        #expect(!database.isInTransaction)
    }

    @Test("a constraint violation inside a transaction rolls all of it back")
    func constraintRollsBack() throws {
        let database = try ledger()
        try database.run("CREATE UNIQUE INDEX entry_memo ON entry (memo)")
        let error = #expect(throws: DatabaseError.self) {
            try database.writeTransaction { database in
                try database.run("INSERT INTO entry (memo) VALUES ('first')")
                try database.run("INSERT INTO entry (memo) VALUES ('dup')")
                try database.run("INSERT INTO entry (memo) VALUES ('dup')")
            }
        }
        #expect(error?.constraintKind == .unique)
        #expect(try count(database) == 0)
        #expect(!database.isInTransaction)
    }
}
