import Foundation
import ShopSyncCore
import Testing
import Database

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
