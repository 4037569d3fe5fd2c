import Database
import Foundation

/// Locations, G/L accounts and number series.
extension Ledger {
    /// Adds a location; `.duplicate(kind: "location", key:)` when the code is taken.
    public func addLocation(_ location: Location) throws {
        try translatingConstraints(kind: "location", key: location.code) {
            try connection.run("INSERT INTO location (code, name) VALUES (?, ?)",
                               [.text(location.code), .text(location.name)])
        }
    }

    public func location(_ code: String) throws -> Location? {
        guard let row = try connection.queryOne("SELECT * FROM location WHERE code = ?",
                                                [.text(code)]) else { return nil }
        return Location(code: try row.string("code"), name: try row.string("name"))
    }

    func requireLocation(_ code: String) throws {
        if try location(code) == nil { throw LedgerError.unknown(kind: "location", key: code) }
    }

    /// Adds a G/L account; `.duplicate(kind: "G/L account", key:)` when the number is taken.
    public func addGLAccount(_ account: GLAccount) throws {
        try translatingConstraints(kind: "G/L account", key: account.no) {
            try connection.run("INSERT INTO gl_account (no, name, blocked) VALUES (?, ?, ?)",
                               [.text(account.no), .text(account.name), .integer(account.blocked ? 1 : 0)])
        }
    }

    /// Changes the name and blocked flag of an existing account.
    public func updateGLAccount(_ account: GLAccount) throws {
        let changed = try connection.run("UPDATE gl_account SET name = ?, blocked = ? WHERE no = ?",
                                         [.text(account.name), .integer(account.blocked ? 1 : 0),
                                          .text(account.no)])
        guard changed == 1 else { throw LedgerError.unknown(kind: "G/L account", key: account.no) }
    }

    public func glAccount(_ no: String) throws -> GLAccount? {
        guard let row = try connection.queryOne("SELECT * FROM gl_account WHERE no = ?",
                                                [.text(no)]) else { return nil }
        return GLAccount(no: try row.string("no"), name: try row.string("name"),
                         blocked: try row.bool("blocked"))
    }

    /// The next number of a series (`sales_order` gives `SO-1001`, then `SO-1002`).
    ///
    /// It writes, so call it inside the transaction that uses the number: if that transaction
    /// rolls back, the number is given out again and the series has no gap.
    public func nextNumber(series code: String) throws -> String {
        guard let row = try connection.queryOne("""
            UPDATE number_series SET last_no = last_no + 1 WHERE code = ? RETURNING prefix, last_no
            """, [.text(code)]) else {
            throw LedgerError.unknown(kind: "number series", key: code)
        }
        return try row.string("prefix") + String(try row.int64("last_no"))
    }
}
