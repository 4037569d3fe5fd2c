/// A failure reported by the database engine, classified so callers can decide what to do.
///
/// It carries the SQL text that failed but never the values bound to it: those may be
/// access tokens, customer addresses or other data that must not reach a log.
public struct DatabaseError: Error, Sendable, Equatable {
    /// What kind of failure this is, independent of the backend's numbering.
    public enum Kind: Sendable, Equatable {
        /// Another connection holds the lock; transient, worth retrying.
        case busy
        /// A constraint rejected the write; the statement changed nothing.
        case constraint(ConstraintKind)
        /// The database or the connection is read-only.
        case readOnly
        /// The file is damaged or is not a database.
        case corrupt
        /// The file could not be opened (missing directory, permissions).
        case cannotOpen
        /// The disk or the database is full.
        case full
        /// The API was used wrongly (wrong bind count, several statements in `run`).
        case misuse
        /// Any other engine error; see `resultCode` and `message`.
        case other
    }

    /// Which constraint rejected a write.
    public enum ConstraintKind: String, Sendable, Equatable {
        case unique = "unique"
        case primaryKey = "primary key"
        case foreignKey = "foreign key"
        case check = "check"
        case notNull = "not null"
        /// A value of the wrong type for a STRICT column.
        case datatype = "datatype"
        /// A trigger raised an error.
        case trigger = "trigger"
        case other = "other"
    }

    /// The classification.
    public let kind: Kind
    /// The backend's primary result code (for SQLite, `SQLITE_BUSY` is 5 and so on).
    public let resultCode: Int32
    /// The backend's extended result code (for SQLite, 2067 is a UNIQUE violation).
    public let extendedCode: Int32
    /// The engine's own message, e.g. `UNIQUE constraint failed: customers.email`.
    public let message: String
    /// The statement that failed, as written by the caller, without bound values.
    public let sql: String?

    /// Creates an error; backends call this, callers only read errors.
    public init(kind: Kind, resultCode: Int32, extendedCode: Int32, message: String,
                sql: String?) {
        self.kind = kind
        self.resultCode = resultCode
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Whether the failure is transient lock contention.
    public var isBusy: Bool { kind == .busy }

    /// Whether a constraint rejected the write.
    public var isConstraint: Bool { constraintKind != nil }

    /// The kind of constraint that rejected the write, if that is what happened.
    public var constraintKind: ConstraintKind? {
        if case .constraint(let constraint) = kind { return constraint }
        return nil
    }

    /// What the constraint names, e.g. `customers.email` or the CHECK's name or expression.
    ///
    /// SQLite names the table and column of UNIQUE and NOT NULL violations; it names
    /// nothing for FOREIGN KEY violations, so this is nil there.
    public var constraintTarget: String? {
        guard isConstraint, let range = message.range(of: "constraint failed: ") else {
            return nil
        }
        return String(message[range.upperBound...])
    }
}

extension DatabaseError: CustomStringConvertible {
    /// One line: what happened, the engine's message, then the statement (shortened).
    public var description: String {
        var text = "\(summary): \(message) (code \(extendedCode))"
        if let sql {
            text += " in '\(Self.oneLine(sql))'"
        }
        return text
    }

    private var summary: String {
        switch kind {
        case .busy: return "database busy"
        case .constraint(let constraint): return "\(constraint.rawValue) constraint violation"
        case .readOnly: return "database is read-only"
        case .corrupt: return "database file is damaged"
        case .cannotOpen: return "cannot open database"
        case .full: return "database is full"
        case .misuse: return "database misuse"
        case .other: return "database error"
        }
    }

    /// Collapses whitespace and cuts long statements so the error stays one readable line.
    static func oneLine(_ sql: String, limit: Int = 240) -> String {
        let words = sql.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let joined = words.joined(separator: " ")
        guard joined.count > limit else { return joined }
        return String(joined.prefix(limit)) + "…"
    }
}
