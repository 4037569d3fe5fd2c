/// Everything that is spelled differently between the SQL backends, in one place.
///
/// Code above this module builds SQL through a dialect instead of writing `?`,
/// `BEGIN IMMEDIATE` or `STRICT` itself, so the same ledger code can later run on
/// PostgreSQL. Only `sqlite` exists today. A `postgres` value would be:
/// placeholders `$1, $2, …`; `BEGIN` for writes (row locks, `FOR UPDATE SKIP LOCKED` for
/// the job queue) and `BEGIN READ ONLY` for reads; types `BIGINT`, `DOUBLE PRECISION`,
/// `TEXT`, `BYTEA`, `NUMERIC`, `BOOLEAN`, `TIMESTAMPTZ`, keys
/// `BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY`; no table options; the same
/// `ON CONFLICT … DO UPDATE SET c = EXCLUDED.c`, `RETURNING` and `LIKE … ESCAPE '\'`;
/// and `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` for the time.
public struct SQLDialect: Sendable, Equatable {
    /// How a statement refers to its bound values.
    public enum PlaceholderStyle: Sendable, Equatable {
        /// `?` for every value, bound by position (SQLite).
        case questionMark
        /// `$1`, `$2`, … numbered from one (PostgreSQL).
        case dollarNumbered

        /// The placeholder for the bound value at `position` (counted from 1).
        public func placeholder(_ position: Int) -> String {
            switch self {
            case .questionMark: return "?"
            case .dollarNumbered: return "$\(position)"
            }
        }
    }

    /// The portable column types the ledger uses; each dialect names them its own way.
    public enum ColumnType: Sendable, Equatable, CaseIterable {
        case integer, real, text, blob
        /// An exact decimal (money, quantities); stored as TEXT on SQLite.
        case decimal
        /// A flag; stored as INTEGER 0/1 on SQLite.
        case boolean
        /// An instant in UTC; ISO 8601 TEXT on SQLite.
        case timestamp
        /// A generated 64-bit primary key.
        case autoIncrementKey
    }

    /// The backend's name, for logs and error messages.
    public let name: String
    /// How bound values are written in statement text.
    public let placeholderStyle: PlaceholderStyle
    /// Opens a transaction that writes: it takes the write lock at once, so it never
    /// fails half-way on a lock another writer holds.
    public let beginWrite: String
    /// Opens a transaction that only reads, with one consistent view of the data.
    public let beginRead: String
    /// Appended after a `CREATE TABLE (…)`: `" STRICT"` makes SQLite check column types.
    public let tableOptions: String
    /// An expression for the current instant as ISO 8601 UTC text with milliseconds.
    public let currentTimestamp: String
    /// Whether `INSERT/UPDATE/DELETE … RETURNING` is available.
    public let supportsReturning: Bool
    private let typeNames: [ColumnType: String]

    /// SQLite 3.40 (STRICT tables, RETURNING and UPSERT all present).
    public static let sqlite = SQLDialect(
        name: "sqlite",
        placeholderStyle: .questionMark,
        beginWrite: "BEGIN IMMEDIATE",
        beginRead: "BEGIN DEFERRED",
        tableOptions: " STRICT",
        currentTimestamp: "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        supportsReturning: true,
        typeNames: [
            .integer: "INTEGER", .real: "REAL", .text: "TEXT", .blob: "BLOB",
            .decimal: "TEXT", .boolean: "INTEGER", .timestamp: "TEXT",
            .autoIncrementKey: "INTEGER PRIMARY KEY",
        ])

    /// The spelling of `type` in a column definition.
    public func typeName(_ type: ColumnType) -> String {
        typeNames[type] ?? "TEXT"
    }

    /// The placeholder for the bound value at `position` (counted from 1).
    public func placeholder(_ position: Int) -> String {
        placeholderStyle.placeholder(position)
    }

    /// `count` placeholders separated by commas, numbered from `first`: `?, ?, ?`.
    public func placeholders(count: Int, startingAt first: Int = 1) -> String {
        (0..<max(0, count)).map { placeholder(first + $0) }.joined(separator: ", ")
    }

    /// The conflict clause of an upsert, to follow `INSERT … VALUES (…)`.
    ///
    /// With no `update` columns the clause keeps the existing row (`DO NOTHING`).
    public func upsert(conflictColumns: [String], update: [String]) -> String {
        let target = "ON CONFLICT (\(conflictColumns.joined(separator: ", ")))"
        guard !update.isEmpty else { return target + " DO NOTHING" }
        let assignments = update.map { "\($0) = excluded.\($0)" }
        return target + " DO UPDATE SET " + assignments.joined(separator: ", ")
    }

    /// A pattern match of `expression` against a bound pattern, with `\` as escape.
    ///
    /// Pair it with `likePattern(containing:)` so `%` and `_` typed by a user match
    /// themselves. SQLite's LIKE ignores ASCII case; PostgreSQL's does not (`ILIKE` does).
    public func like(_ expression: String, placeholder: String) -> String {
        "\(expression) LIKE \(placeholder) ESCAPE '\\'"
    }

    /// A LIKE pattern matching any text that contains `literal`.
    public func likePattern(containing literal: String) -> String {
        "%" + escapeLike(literal) + "%"
    }

    /// A LIKE pattern matching any text that starts with `literal`.
    public func likePattern(prefix literal: String) -> String {
        escapeLike(literal) + "%"
    }

    private func escapeLike(_ literal: String) -> String {
        var escaped = ""
        for character in literal {
            if character == "\\" || character == "%" || character == "_" {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }

    /// The statements of a nested transaction, named `name`.
    public func savepoint(_ name: String) -> String { "SAVEPOINT \(name)" }
    /// Keeps a nested transaction's work inside the enclosing one.
    public func releaseSavepoint(_ name: String) -> String { "RELEASE SAVEPOINT \(name)" }
    /// Undoes a nested transaction's work; the savepoint stays open until released.
    public func rollbackToSavepoint(_ name: String) -> String { "ROLLBACK TO SAVEPOINT \(name)" }
}
