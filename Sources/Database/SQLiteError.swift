import CSQLite

/// SQLite's numbering, kept here so nothing outside the SQLite backend depends on it.
///
/// The extended constraint codes are C macros built with shifts, which Swift does not
/// import, so they are spelled out as numbers (`SQLITE_CONSTRAINT | (n << 8)`).
enum SQLiteCode {
    static let constraintCheck: Int32 = 275
    static let constraintForeignKey: Int32 = 787
    static let constraintNotNull: Int32 = 1299
    static let constraintPrimaryKey: Int32 = 1555
    static let constraintTrigger: Int32 = 1811
    static let constraintUnique: Int32 = 2067
    static let constraintRowID: Int32 = 2579
    static let constraintDatatype: Int32 = 3091

    /// The classification of an (extended) SQLite result code.
    static func kind(of extendedCode: Int32) -> DatabaseError.Kind {
        switch extendedCode & 0xFF {
        case SQLITE_BUSY: return .busy
        case SQLITE_CONSTRAINT: return .constraint(constraintKind(of: extendedCode))
        case SQLITE_READONLY: return .readOnly
        case SQLITE_CORRUPT, SQLITE_NOTADB: return .corrupt
        case SQLITE_CANTOPEN: return .cannotOpen
        case SQLITE_FULL: return .full
        case SQLITE_MISUSE, SQLITE_RANGE: return .misuse
        default: return .other
        }
    }

    static func constraintKind(of extendedCode: Int32) -> DatabaseError.ConstraintKind {
        switch extendedCode {
        case constraintUnique: return .unique
        case constraintPrimaryKey, constraintRowID: return .primaryKey
        case constraintForeignKey: return .foreignKey
        case constraintCheck: return .check
        case constraintNotNull: return .notNull
        case constraintDatatype: return .datatype
        case constraintTrigger: return .trigger
        default: return .other
        }
    }
}

extension DatabaseError {
    /// The error SQLite reports for `code` on `connection`, tagged with the failing SQL.
    ///
    /// `sqlite3_errmsg` describes the most recent failure on the connection, which is the
    /// one that produced `code` because nothing runs between the call and this read.
    init(sqliteCode code: Int32, connection: OpaquePointer?, sql: String?) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(kind: SQLiteCode.kind(of: code), resultCode: code & 0xFF,
                  extendedCode: code, message: message, sql: sql)
    }

    /// A misuse of this API detected before SQLite was asked anything.
    static func misuse(_ message: String, sql: String?) -> DatabaseError {
        DatabaseError(kind: .misuse, resultCode: SQLITE_MISUSE, extendedCode: SQLITE_MISUSE,
                      message: message, sql: sql)
    }
}
