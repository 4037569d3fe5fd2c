import Testing
import Database

@Suite("the SQL dialect")
struct DialectTests {
    let sqlite = SQLDialect.sqlite

    @Test("SQLite spells writes, reads, tables and time its own way")
    func sqliteSpellings() {
        #expect(sqlite.beginWrite == "BEGIN IMMEDIATE")
        #expect(sqlite.placeholders(count: 3) == "?, ?, ?")
        #expect(sqlite.placeholders(count: 0) == "")
        #expect(sqlite.tableOptions == " STRICT")
        #expect(sqlite.typeName(.decimal) == "TEXT")
        #expect(sqlite.typeName(.boolean) == "INTEGER")
        #expect(sqlite.supportsReturning)
    }

    @Test("every portable column type has a name that SQLite accepts in a STRICT table")
    func typeNamesAccepted() throws {
        let database = try Database(path: ":memory:")
        for (index, type) in SQLDialect.ColumnType.allCases.enumerated() {
            let sql = "CREATE TABLE t\(index) (c \(sqlite.typeName(type)))\(sqlite.tableOptions)"
            try database.run(sql)
        }
        #expect(try database.scalar("SELECT count(*) FROM sqlite_schema")?.int
            == SQLDialect.ColumnType.allCases.count)
    }

    @Test("the current timestamp is ISO 8601 UTC text with milliseconds")
    func currentTimestamp() throws {
        let database = try Database(path: ":memory:")
        let text = try database.scalar("SELECT \(sqlite.currentTimestamp)")?.string ?? ""
        #expect(text.count == 24)
        #expect(text.hasSuffix("Z"))
        #expect(text.dropFirst(10).first == "T")
    }

    @Test("an upsert updates the named columns and DO NOTHING keeps the row")
    func upsert() throws {
        let database = try Database(path: ":memory:")
        try database.run("CREATE TABLE stock (sku TEXT PRIMARY KEY, qty INTEGER NOT NULL) STRICT")
        let insert = "INSERT INTO stock (sku, qty) VALUES (\(sqlite.placeholders(count: 2)))"
        let update = sqlite.upsert(conflictColumns: ["sku"], update: ["qty"])
        try database.run("\(insert) \(update)", ["A", 1])
        try database.run("\(insert) \(update)", ["A", 5])
        #expect(try database.scalar("SELECT qty FROM stock")?.int == 5)
        try database.run("\(insert) \(sqlite.upsert(conflictColumns: ["sku"], update: []))",
                         ["A", 9])
        #expect(try database.scalar("SELECT qty FROM stock")?.int == 5)
    }

    @Test("a LIKE pattern built from user text matches % and _ literally")
    func likeEscaping() throws {
        let database = try Database(path: ":memory:")
        try database.run("CREATE TABLE item (name TEXT NOT NULL) STRICT")
        for name in ["50% off", "500 off", "a_b", "axb", "back\\slash"] {
            try database.run("INSERT INTO item VALUES (?)", [.text(name)])
        }
        let sql = "SELECT name FROM item WHERE \(sqlite.like("name", placeholder: "?"))"
        let names = { (pattern: String) in
            try database.query(sql, [.text(pattern)]).map { try $0.string("name") }
        }
        #expect(try names(sqlite.likePattern(containing: "0%")) == ["50% off"])
        #expect(try names(sqlite.likePattern(prefix: "a_")) == ["a_b"])
        #expect(try names(sqlite.likePattern(containing: "\\")) == ["back\\slash"])
    }

    @Test("numbered placeholders carry their position, question marks do not")
    func numberedPlaceholders() {
        #expect(SQLDialect.PlaceholderStyle.dollarNumbered.placeholder(3) == "$3")
        #expect(SQLDialect.PlaceholderStyle.questionMark.placeholder(3) == "?")
        #expect(sqlite.placeholders(count: 2, startingAt: 4) == "?, ?")
    }
}

@Suite("benchmarks")
struct BenchmarkSmokeTests {
    @Test("the insert benchmark inserts and reports a positive rate")
    func insertRate() throws {
        #expect(try DatabaseBenchmarks.rawInsertRate(rows: 500) > 0)
    }
}
