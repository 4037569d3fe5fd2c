import CSQLite

/// One compiled SQLite statement, owned by a `Database` and never handed out.
///
/// The owner finalizes every statement before it closes the connection, so the raw
/// connection pointer kept here is always valid while the statement exists.
final class Statement {
    let handle: OpaquePointer
    let connection: OpaquePointer
    let sql: String
    /// Set while a caller is stepping it, so a re-entrant use of the same SQL gets its own.
    var isInUse = false
    /// When the cache last handed it out, to find the least recently used.
    var lastUse: UInt64 = 0

    /// Compiles exactly one statement; anything after it other than whitespace is refused.
    init(connection: OpaquePointer, sql: String, persistent: Bool) throws(DatabaseError) {
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        var compiled: OpaquePointer?
        var code: Int32 = SQLITE_OK
        var trailing = ""
        sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            code = sqlite3_prepare_v3(connection, text, -1, flags, &compiled, &tail)
            if let tail { trailing = String(cString: tail) }
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(compiled)
            throw DatabaseError(sqliteCode: code, connection: connection, sql: sql)
        }
        guard let compiled else { throw .misuse("no statement in the SQL text", sql: sql) }
        guard !Self.holdsStatement(trailing, connection: connection) else {
            sqlite3_finalize(compiled)
            throw .misuse("several statements given; use execute(script:)", sql: sql)
        }
        self.handle = compiled
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Whether `text` holds more than whitespace, semicolons and comments.
    private static func holdsStatement(_ text: String, connection: OpaquePointer) -> Bool {
        var rest = Substring(text)
        while let first = rest.first, first.isWhitespace || first == ";" {
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return false }
        var compiled: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, String(rest), -1, &compiled, nil)
        sqlite3_finalize(compiled)
        return code != SQLITE_OK || compiled != nil
    }

    /// Binds every parameter; the count must match so no parameter is silently NULL.
    func bind(_ values: [SQLValue]) throws(DatabaseError) {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw .misuse("expected \(expected) bound values, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let code = bind(value, at: Int32(offset + 1))
            guard code == SQLITE_OK else { throw error(code) }
        }
    }

    private func bind(_ value: SQLValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(handle, index)
        case .integer(let number):
            return sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            return sqlite3_bind_double(handle, index, number)
        case .text(let string):
            return bindText(string, at: index)
        case .blob(let bytes):
            return bindBlob(bytes, at: index)
        }
    }

    /// Binds by byte length, so text holding NUL characters survives whole.
    private func bindText(_ string: String, at index: Int32) -> Int32 {
        var copy = string
        return copy.withUTF8 { bytes in
            // A nil pointer would bind NULL; an empty string must stay an empty string.
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
            }
            let pointer = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            return sqlite3_bind_text64(handle, index, pointer, sqlite3_uint64(bytes.count),
                                       csqlite_transient(), UInt8(SQLITE_UTF8))
        }
    }

    private func bindBlob(_ bytes: [UInt8], at index: Int32) -> Int32 {
        guard !bytes.isEmpty else { return sqlite3_bind_zeroblob(handle, index, 0) }
        return bytes.withUnsafeBytes { raw in
            sqlite3_bind_blob64(handle, index, raw.baseAddress, sqlite3_uint64(raw.count),
                                csqlite_transient())
        }
    }

    /// Advances one row: true when a row is ready, false when the statement is done.
    func step() throws(DatabaseError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw error(code)
        }
    }

    /// Makes the statement reusable and releases what the last run held (locks, bound text).
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// The current row's value in column `index`, copied out of SQLite's buffers.
    func value(at index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            return .text(String(decoding: bytes(at: index), as: UTF8.self))
        case SQLITE_BLOB:
            return .blob(Array(bytes(at: index)))
        default:
            return .null
        }
    }

    private func bytes(at index: Int32) -> UnsafeRawBufferPointer {
        // Ask for the pointer before the length, as SQLite documents for text conversions.
        let pointer = sqlite3_column_type(handle, index) == SQLITE_TEXT
            ? UnsafeRawPointer(sqlite3_column_text(handle, index))
            : sqlite3_column_blob(handle, index)
        let count = Int(sqlite3_column_bytes(handle, index))
        return UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count)
    }

    func error(_ code: Int32) -> DatabaseError {
        DatabaseError(sqliteCode: code, connection: connection, sql: sql)
    }
}
