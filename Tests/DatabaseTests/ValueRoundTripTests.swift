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
