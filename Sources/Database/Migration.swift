/// One forward-only step of a schema, applied once and recorded by version.
///
/// Versions count from 1 without gaps. A released migration is never edited: a later
/// change to the schema is a new migration. The SQL is written for one dialect.
public struct Migration: Sendable, Equatable {
    /// The position of this step in the schema's history, from 1.
    public let version: Int
    /// A short name recorded with the version, e.g. `create_job_queue`.
    public let name: String
    /// One or more statements separated by `;`, run inside one write transaction.
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Why a schema could not be brought to the version the code expects.
public enum MigrationError: Error, Sendable {
    /// Two migrations in the list claim the same version (a programming error).
    case duplicateVersion(Int)
    /// The list skips a version, counting from 1 (a programming error).
    case missingVersion(Int)
    /// The database was migrated by newer code; this code must not touch it.
    case databaseNewerThanCode(databaseVersion: Int, latestKnownVersion: Int)
    /// The database records another name for a version than the code has: the two
    /// histories differ, so applying more steps would build on the wrong schema.
    case nameMismatch(version: Int, recorded: String, expected: String)
    /// A migration's SQL failed; its transaction was rolled back.
    case failed(version: Int, name: String, underlying: any Error)
}

extension MigrationError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .duplicateVersion(let version):
            return "migration version \(version) appears more than once"
        case .missingVersion(let version):
            return "migration version \(version) is missing; versions count from 1 without gaps"
        case .databaseNewerThanCode(let databaseVersion, let latest):
            return "database schema is at version \(databaseVersion) but this program knows "
                + "versions up to \(latest); use a newer program"
        case .nameMismatch(let version, let recorded, let expected):
            return "database records migration \(version) as '\(recorded)' but this program "
                + "calls it '\(expected)'"
        case .failed(let version, let name, let underlying):
            return "migration \(version) '\(name)' failed and was rolled back: \(underlying)"
        }
    }
}
