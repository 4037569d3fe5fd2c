import Foundation

/// Measurements `scripts/bench` runs; not tests, and nothing asserts on their numbers.
public enum DatabaseBenchmarks {
    /// Inserts `rows` order-like rows in one write transaction into a STRICT table of a
    /// fresh WAL file in the temporary directory, and returns rows per second.
    ///
    /// It goes through the public API (cached statement, four typed binds per row), so
    /// it measures what the ledger pays for the database layer, not raw SQLite alone.
    public static func rawInsertRate(rows: Int) throws -> Double {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("shopsync-bench-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try Database(path: directory.appendingPathComponent("bench.sqlite").path)
        try database.run("""
            CREATE TABLE bench_order (
                id INTEGER PRIMARY KEY, shopify_order_no TEXT NOT NULL,
                total TEXT NOT NULL, quantity INTEGER NOT NULL, paid INTEGER NOT NULL
            ) STRICT
            """)
        let elapsed = try ContinuousClock().measure {
            try insert(rows: rows, into: database)
        }
        let seconds = Double(elapsed.components.seconds)
            + Double(elapsed.components.attoseconds) / 1e18
        return seconds > 0 ? Double(rows) / seconds : 0
    }

    private static func insert(rows: Int, into database: Database) throws {
        let sql = """
            INSERT INTO bench_order (shopify_order_no, total, quantity, paid)
            VALUES (?, ?, ?, ?)
            """
        try database.writeTransaction { database in
            for number in 0..<rows {
                // Money goes in as ready text: `Decimal.description` alone costs more
                // than the insert on Linux, and this measures the database layer.
                try database.run(sql, [.text("#\(1000 + number)"), .text("\(number).50"),
                                       SQLValue(number % 7), SQLValue(number % 2 == 0)])
            }
        }
    }
}
