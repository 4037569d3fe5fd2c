import Foundation
import Testing
import Database

@Suite("values round trip through the database")
struct ValueRoundTripTests {
    private func echo(_ value: SQLValue) throws -> SQLValue? {
        let database = try Database(path: ":memory:")
        try database.run("CREATE TABLE v (x ANY) STRICT")
        try database.run("INSERT INTO v VALUES (?)", [value])
        return try database.scalar("SELECT x FROM v")
    }

    @Test("every storage class comes back as it was bound", arguments: [
        SQLValue.null, .integer(0), .integer(Int64.max), .integer(Int64.min), .integer(-1),
        .real(3.5), .real(-0.000_001), .real(1e300), .text(""), .text("plain"),
        .text("zürich, 東京, 🛒"), .text("before\u{0}after"), .text("\u{0}"),
        .blob([]), .blob([0, 1, 2, 255, 0]),
    ])
    func roundTrip(value: SQLValue) throws {
        #expect(try echo(value) == value)
    }

    @Test("an empty string stays an empty string, not NULL")
    func emptyStringIsNotNull() throws {
        let database = try Database(path: ":memory:")
        #expect(try database.scalar("SELECT ? IS NULL", [""])?.int == 0)
        #expect(try database.scalar("SELECT length(?)", ["a\u{0}b"])?.int == 1)
        #expect(try database.scalar("SELECT length(CAST(? AS BLOB))", ["a\u{0}b"])?.int == 3)
    }

    @Test("Swift values convert by one convention: Bool as 0/1, Decimal as exact text")
    func conversions() throws {
        #expect(SQLValue(true) == .integer(1))
        #expect(SQLValue(false) == .integer(0))
        #expect(SQLValue(42) == .integer(42))
        #expect(SQLValue(Int64(7)) == .integer(7))
        #expect(SQLValue("x") == .text("x"))
        #expect(SQLValue(Decimal(string: "19.99")!) == .text("19.99"))
        #expect(SQLValue(Decimal(string: "-0.05")!) == .text("-0.05"))
        #expect(SQLValue(Optional<Int>.none) == .null)
        #expect(SQLValue(Optional("y")) == .text("y"))
        #expect(SQLValue([UInt8]([1, 2])) == .blob([1, 2]))
    }

    @Test("literals build values: nil, integers, reals, strings and booleans")
    func literals() {
        let values: [SQLValue] = [nil, 1, 2.5, "s", true]
        #expect(values == [.null, .integer(1), .real(2.5), .text("s"), .integer(1)])
    }
}

@Suite("reading rows")
struct RowTests {
    private func sampleRow() throws -> Row {
        let database = try Database(path: ":memory:")
        try database.run("""
            CREATE TABLE item (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, price TEXT,
                               weight REAL, active INTEGER, image BLOB, note TEXT) STRICT
            """)
        try database.run("INSERT INTO item VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [SQLValue(9_000_000_000), "SKU-1", SQLValue(Decimal(string: "1234.50")!),
                          2.25, SQLValue(true), .blob([7, 8]), nil])
        return try #require(try database.queryOne("SELECT * FROM item"))
    }

    @Test("typed getters read by name and by position")
    func typedGetters() throws {
        let row = try sampleRow()
        #expect(row.columnNames == ["id", "sku", "price", "weight", "active", "image", "note"])
        #expect(try row.int64("id") == 9_000_000_000)
        #expect(try row.int(0) == 9_000_000_000)
        #expect(try row.string("sku") == "SKU-1")
        #expect(try row.string(1) == "SKU-1")
        #expect(try row.decimal("price") == Decimal(string: "1234.5")!)
        #expect(try row.double("weight") == 2.25)
        #expect(try row.bool("active") == true)
        #expect(try row.blob("image") == [7, 8])
        #expect(row["SKU"] == .text("SKU-1"))
        #expect(row[6] == .null)
    }

    @Test("optional getters return nil for NULL; required ones name the column")
    func nulls() throws {
        let row = try sampleRow()
        #expect(try row.optionalString("note") == nil)
        #expect(try row.optionalInt("note") == nil)
        #expect(try row.optionalDecimal("note") == nil)
        #expect(throws: RowError.unexpectedNull(column: "note")) { try row.string("note") }
    }

    @Test("a getter of the wrong type is an error, never a silent conversion")
    func typeMismatch() throws {
        let row = try sampleRow()
        #expect(throws: RowError.typeMismatch(column: "sku", expected: "INTEGER", found: "TEXT")) {
            try row.int("sku")
        }
        #expect(throws: RowError.self) { try row.string("id") }
        #expect(throws: RowError.self) { try row.bool("id") }
        #expect(throws: RowError.noSuchColumn("colour")) { try row.string("colour") }
        #expect(throws: RowError.columnOutOfRange(index: 9, count: 7)) { try row.int(9) }
    }

    @Test("decimal text is parsed strictly", arguments: [
        ("19.99", true), ("-0.01", true), ("0", true), ("1234567", true),
        ("1,234.56", false), ("12abc", false), ("12.345.67", false), (" 5.00", false),
        ("1e3", false), ("", false), ("-", false), (".5", false), ("5.", false), ("+5", false),
        ("123456789012345678901234567890123456789", false),
    ])
    func strictDecimal(text: String, valid: Bool) {
        #expect((DecimalText.parse(text) != nil) == valid)
    }

    @Test("a malformed decimal in a column is reported without its text")
    func malformedDecimalColumn() throws {
        let database = try Database(path: ":memory:")
        let row = try #require(try database.queryOne("SELECT '12abc' AS total"))
        #expect(throws: RowError.invalidDecimal(column: "total")) { try row.decimal("total") }
        #expect(!RowError.invalidDecimal(column: "total").description.contains("12abc"))
    }

    @Test("a boolean column holding something other than 0 or 1 is an error")
    func strictBool() throws {
        let database = try Database(path: ":memory:")
        let row = try #require(try database.queryOne("SELECT 2 AS flag, 0 AS off"))
        #expect(throws: RowError.self) { try row.bool("flag") }
        #expect(try row.bool("off") == false)
    }
}
