import Testing
import Database

@Suite("statements and their cache")
struct StatementTests {
    private func ledger(cacheCapacity: Int = 64) throws -> Database {
        let database = try Database(path: ":memory:",
                                    options: .init(statementCacheCapacity: cacheCapacity))
        try database.run("""
            CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT NOT NULL) STRICT
            """)
        return database
    }

    @Test("the same SQL text is compiled once and reused")
    func cacheReuse() throws {
        let database = try ledger()
        let before = database.statementCacheStatistics
        for number in 1...10 {
            try database.run("INSERT INTO orders (status) VALUES (?)", ["open-\(number)"])
        }
        let after = database.statementCacheStatistics
        #expect(after.prepared - before.prepared == 1)
        #expect(after.hits - before.hits == 9)
        #expect(try database.scalar("SELECT count(*) FROM orders")?.int == 10)
    }

    @Test("the cache holds at most its capacity, dropping the least recently used")
    func cacheBound() throws {
        let database = try ledger(cacheCapacity: 2)
        _ = try database.query("SELECT 1")
        _ = try database.query("SELECT 2")
        _ = try database.query("SELECT 1")
        _ = try database.query("SELECT 3")
        #expect(database.statementCacheStatistics.cached == 2)
        let prepared = database.statementCacheStatistics.prepared
        _ = try database.query("SELECT 1")
        #expect(database.statementCacheStatistics.prepared == prepared)
        _ = try database.query("SELECT 2")
        #expect(database.statementCacheStatistics.prepared == prepared + 1)
    }

    @Test("the same SQL can run again while its first use is still streaming rows")
    func reentrantUse() throws {
        let database = try ledger()
        for status in ["open", "open", "closed"] {
            try database.run("INSERT INTO orders (status) VALUES (?)", [.text(status)])
        }
        let sql = "SELECT id FROM orders WHERE status = ? ORDER BY id"
        var pairs: [String] = []
        try database.forEach(sql, ["open"]) { outer in
            let inner = try database.query(sql, ["closed"])
            pairs.append("\(try outer.int("id"))-\(try inner[0].int("id"))")
        }
        #expect(pairs == ["1-3", "2-3"])
    }

    @Test("a RETURNING row read with queryOne survives a later BEGIN … ROLLBACK")
    func returningPersists() throws {
        let database = try ledger()
        let row = try database.queryOne(
            "INSERT INTO orders (status) VALUES (?) RETURNING id, status", ["open"])
        #expect(try row?.string("status") == "open")
        try database.run("BEGIN")
        try database.run("DELETE FROM orders")
        try database.run("ROLLBACK")
        #expect(try database.scalar("SELECT count(*) FROM orders")?.int == 1)
        #expect(!database.isInTransaction)
    }

    @Test("a multi-row RETURNING statement writes every row even when only one is read")
    func returningManyRows() throws {
        let database = try ledger()
        _ = try database.queryOne("""
            INSERT INTO orders (status) VALUES ('a'), ('b'), ('c') RETURNING id
            """)
        try database.run("BEGIN")
        try database.run("DELETE FROM orders")
        try database.run("ROLLBACK")
        #expect(try database.scalar("SELECT count(*) FROM orders")?.int == 3)
    }

    @Test("a body that stops streaming by throwing leaves no statement open")
    func throwingBodyResets() throws {
        struct Stop: Error {}
        let database = try ledger()
        try database.run("INSERT INTO orders (status) VALUES ('a'), ('b')")
        #expect(throws: Stop.self) {
            try database.forEach("SELECT * FROM orders") { _ in throw Stop() }
        }
        #expect(!database.isInTransaction)
        // A statement left mid-stream makes this fail with "database table is locked".
        try database.run("DROP TABLE orders")
    }

    @Test("run reports the rows changed, and 0 for statements that change no rows")
    func changeCounts() throws {
        let database = try ledger()
        #expect(try database.run("INSERT INTO orders (status) VALUES ('a'), ('b')") == 2)
        #expect(try database.run("UPDATE orders SET status = 'x'") == 2)
        #expect(try database.run("CREATE TABLE other (a INTEGER) STRICT") == 0)
        #expect(try database.run("DELETE FROM orders WHERE id = 99") == 0)
        #expect(try database.run("DELETE FROM orders WHERE id = 1") == 1)
    }

    @Test("lastInsertRowID is the rowid of the row just inserted")
    func lastInsertRowID() throws {
        let database = try ledger()
        try database.run("INSERT INTO orders (id, status) VALUES (41, 'a')")
        #expect(database.lastInsertRowID == 41)
    }

    @Test("query returns every row in order, scalar nil when there is no row")
    func queryAndScalar() throws {
        let database = try ledger()
        try database.run("INSERT INTO orders (status) VALUES ('a'), ('b'), ('c')")
        let rows = try database.query("SELECT status FROM orders ORDER BY id DESC")
        #expect(try rows.map { try $0.string("status") } == ["c", "b", "a"])
        #expect(try database.scalar("SELECT id FROM orders WHERE status = 'z'") == nil)
        #expect(try database.queryOne("SELECT id FROM orders WHERE status = 'z'") == nil)
    }
}
