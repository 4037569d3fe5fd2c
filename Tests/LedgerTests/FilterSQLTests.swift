import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

/// Filters compiled to SQL must mean what the same filter means in memory, and no value may
/// ever reach the statement's text.
@Suite("filters as SQL")
struct FilterSQLTests {
    let ledger: Ledger

    init() throws {
        ledger = try Ledger(path: ":memory:", clock: ManualClock(Timestamp(seconds: 1_764_000_000)))
        for (no, name, email, country) in [
            ("C1", "O'Brien; DROP TABLE customer; --", "ob@example.com", "IE"),
            ("C2", "Zoë 100% \"quoted\"", "", "DE"),
            ("C3", "under_score", "u@example.com", "US"),
            ("C4", "nul\u{0}byte", "x@example.com", ""),
        ] {
            try ledger.connection.run("""
                INSERT INTO customer (no, name, email, country_code, template_code, created_at, updated_at)
                VALUES (?, ?, ?, ?, NULL, 0, 0)
                """, [.text(no), .text(name), .text(email), .text(country)])
        }
    }

    func names(_ filter: Filter) throws -> [String] {
        try ledger.fetch(LedgerCatalogue.customers, LedgerQuery(filter: filter)).rows.map { $0[0].plainText }
    }

    func field(_ name: String, _ type: ValueType = .string) -> Filter { .field(name, type) }

    @Test("values are bound parameters: the SQL text holds placeholders only")
    func valuesAreNeverInTheText() throws {
        let hostile = "x' OR 1=1; DROP TABLE customer; -- \u{0} é"
        let compiled = try FilterCompiler.compile(
            .compare(.equal, field("name"), .constant(.string(hostile))),
            for: LedgerCatalogue.customers, dialect: .sqlite)
        #expect(!compiled.sql.contains("DROP"))
        #expect(compiled.sql == "(t.name IS ?1)" || compiled.sql == "(t.name IS ?)")
        #expect(compiled.binds == [.text(hostile)])
    }

    @Test("injection attempts match only records with exactly that text", arguments: [
        "O'Brien; DROP TABLE customer; --", "' OR '1'='1", "\"; --", "/* comment */", "nul\u{0}byte",
        "Zoë 100% \"quoted\"",
    ])
    func injectionAttempts(_ text: String) throws {
        let found = try names(.compare(.equal, field("name"), .constant(.string(text))))
        let expected = ["C1", "C2", "C3", "C4"].filter { no in
            (try? ledger.connection.scalar("SELECT name FROM customer WHERE no = ?", [.text(no)]))??.string == text
        }
        #expect(found == expected)
        #expect(try ledger.count(LedgerCatalogue.customers) == 4)
    }

    @Test("like uses * and ?, and the SQL wildcards % and _ are matched literally")
    func likeWildcards() throws {
        #expect(try names(.like(field("name"), pattern: .constant(.string("*100%*")))) == ["C2"])
        #expect(try names(.like(field("name"), pattern: .constant(.string("under?score")))) == ["C3"])
        #expect(try names(.like(field("name"), pattern: .constant(.string("*_*")))) == ["C3"])
        #expect(try names(.like(field("name"), pattern: .constant(.string("o'b*")))) == ["C1"])
    }

    @Test("is empty matches empty text and NULL; not-equal keeps NULL rows, as in memory")
    func emptinessAndNulls() throws {
        #expect(try names(.isEmpty(field("email"))) == ["C2"])
        #expect(try names(.isEmpty(field("template_code"))) == ["C1", "C2", "C3", "C4"])
        let notEqual = Filter.compare(.notEqual, field("template_code"), .constant(.string("T1")))
        #expect(try names(notEqual).count == 4)
        let less = Filter.compare(.less, field("template_code"), .constant(.string("T1")))
        #expect(try names(less).isEmpty)
        #expect(try names(.not(less)).count == 4)
    }

    @Test("in, between and boolean logic compose")
    func composition() throws {
        let inList = Filter.isIn(field("country_code"), [.constant(.string("IE")), .constant(.string("US"))])
        #expect(try names(inList) == ["C1", "C3"])
        #expect(try names(.not(inList)) == ["C2", "C4"])
        #expect(try names(.isIn(field("country_code"), [])).isEmpty)
        let range = Filter.between(field("no"), low: .constant(.string("C2")), high: .constant(.string("C3")))
        #expect(try names(.or(range, .compare(.equal, field("no"), .constant(.string("C4"))))) == ["C2", "C3", "C4"])
    }

    @Test("money compares exactly, through its stored scale")
    func money() throws {
        try ledger.connection.run("""
            INSERT INTO item (no, description, unit_price, created_at, updated_at) VALUES
            ('A', 'a', ?, 0, 0), ('B', 'b', ?, 0, 0)
            """, [.integer(Storage.money(Decimal(string: "19.99")!)), .integer(Storage.money(Decimal(string: "20")!))])
        let over = Filter.compare(.greater, .field("unit_price", .decimal), .constant(.decimal(Decimal(string: "19.99")!)))
        let items = try ledger.fetch(LedgerCatalogue.items, LedgerQuery(filter: over))
        #expect(items.rows.map { $0[0] } == [.string("B")])
        #expect(items.rows.first?[3] == .decimal(20))
        let equal = Filter.compare(.equal, .field("unit_price", .decimal), .constant(.int(20)))
        #expect(try ledger.count(LedgerCatalogue.items, filter: equal) == 1)
    }

    @Test("ordering and limit apply, with the key as the last tie-breaker")
    func orderingAndLimit() throws {
        let table = try ledger.fetch(LedgerCatalogue.customers,
                                     LedgerQuery(ordering: [("country_code", true)], limit: 2))
        #expect(table.rows.map { $0[0].plainText } == ["C3", "C1"])
    }

    @Test("a filter and the same filter in memory select the same records")
    func sqlAgreesWithMemory() throws {
        let filters: [Filter] = [
            .compare(.notEqual, field("email"), .constant(.string(""))),
            .not(.like(field("name"), pattern: .constant(.string("*o*")))),
            .and(.not(.isEmpty(field("country_code"))), .compare(.greater, field("no"), .constant(.string("C1")))),
        ]
        let all = try ledger.fetch(LedgerCatalogue.customers)
        for filter in filters {
            let inMemory = try all.records.filter { record in try filter.holds { record[$0] ?? .null } }
                .map { $0["no"]!.plainText }
            #expect(try names(filter) == inMemory, "\(filter)")
        }
    }
}

@Suite("ledger schema")
struct LedgerSchemaTests {
    @Test("a new ledger is migrated to the latest version")
    func fromEmpty() throws {
        let ledger = try Ledger(path: ":memory:")
        let version = try Migrator(Ledger.migrations).currentVersion(of: ledger.connection)
        #expect(version == Ledger.migrations.count)
    }

    @Test("each migration applies on top of the one before, keeping data")
    func fromPreviousVersion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID())")
        let path = folder.appendingPathComponent("ledger.db").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for version in 1..<Ledger.migrations.count {
            let older = try Database(path: path, migrations: Array(Ledger.migrations.prefix(version)))
            try older.run("INSERT OR IGNORE INTO location (code, name) VALUES ('MAIN', 'Main')")
        }
        let ledger = try Ledger(path: path)
        #expect(try ledger.count(LedgerCatalogue.locations) == 1)
        #expect(try Migrator(Ledger.migrations).currentVersion(of: ledger.connection) == Ledger.migrations.count)
    }

    @Test("every record kind's query runs on an empty ledger")
    func everyEntityQueries() throws {
        let ledger = try Ledger(path: ":memory:")
        for entity in LedgerCatalogue.all {
            #expect(try ledger.fetch(entity, LedgerQuery(limit: 1)).rows.isEmpty, "\(entity.name)")
            #expect(try ledger.count(entity) == 0)
        }
    }

    @Test("the database path comes from --db, then SHS_DB, then the data folder")
    func databasePath() {
        #expect(Ledger.path(option: "/x.db", environment: ["SHS_DB": "/y.db"]) == "/x.db")
        #expect(Ledger.path(option: nil, environment: ["SHS_DB": "/y.db"]) == "/y.db")
        #expect(Ledger.path(option: nil, environment: ["HOME": "/home/a"]) == "/home/a/.local/share/shopsync/ledger.db")
        #expect(Ledger.path(option: nil, environment: ["XDG_DATA_HOME": "/d"]) == "/d/shopsync/ledger.db")
    }
}
