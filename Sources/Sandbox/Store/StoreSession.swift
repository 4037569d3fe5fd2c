import Database
import Foundation

/// The store's connection and codecs, only ever used under the store's mutex.
final class StoreSession {
    let database: Database
    var clockOffset: Int64
    /// Sorted keys so that the same record is always the same text (generation is compared
    /// byte for byte).
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
    private let decoder = JSONDecoder()

    init(database: Database) throws {
        self.database = database
        let offset = try database.scalar("SELECT value FROM meta WHERE key = 'clock_offset_ms'")
        self.clockOffset = offset?.string.flatMap { Int64($0) } ?? 0
    }

    func setMeta(_ key: String, _ value: String) throws {
        _ = try database.run("INSERT INTO meta (key, value) VALUES (?, ?) "
            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [.text(key), .text(value)])
    }

    func meta(_ key: String) throws -> String? {
        try database.scalar("SELECT value FROM meta WHERE key = ?", [.text(key)])?.string
    }

    /// The next id of a Shopify type. Ids start high and differ per type, as Shopify's do.
    func nextID(_ kind: String) throws -> Int64 {
        let current = try database.scalar("SELECT next FROM sequences WHERE kind = ?",
                                          [.text(kind)])?.int64
        let id = current ?? Self.firstID(of: kind)
        _ = try database.run("INSERT INTO sequences (kind, next) VALUES (?, ?) "
            + "ON CONFLICT (kind) DO UPDATE SET next = excluded.next", [.text(kind), .integer(id + 1)])
        return id
    }

    static func firstID(of kind: String) -> Int64 {
        let salt = kind.utf8.reduce(Int64(0)) { ($0 * 31 + Int64($1)) % 89 }
        return 7_100_000_000_000 + salt * 10_000_000_000
    }

    /// Inserts or replaces a record and its children index.
    func save<R: StoreRecord>(_ record: R) throws {
        let body = String(decoding: try encoder.encode(record), as: UTF8.self)
        _ = try database.run("""
            INSERT OR REPLACE INTO records (kind, id, created_at, updated_at, lookup, ref, body)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(R.kind), .integer(record.id), .integer(record.createdAt),
                  .integer(record.updatedAt), record.lookupKey.map { .text($0) } ?? .null,
                  record.reference.map { .integer($0) } ?? .null, .text(body)])
        for child in record.childIDs {
            _ = try database.run("INSERT OR REPLACE INTO children (kind, id, owner_kind, owner_id) "
                + "VALUES (?, ?, ?, ?)", [.text(child.kind), .integer(child.id), .text(R.kind),
                                          .integer(record.id)])
        }
    }

    func load<R: StoreRecord>(_ type: R.Type, id: Int64) throws -> R? {
        let row = try database.queryOne("SELECT body FROM records WHERE kind = ? AND id = ?",
                                        [.text(R.kind), .integer(id)])
        return try row.map { try decode(type, body: $0.string("body")) }
    }

    func decode<R: StoreRecord>(_ type: R.Type, body: String) throws -> R {
        try decoder.decode(type, from: Data(body.utf8))
    }

    /// Records whose lookup key (email, SKU, order name, handle) is `key`, in id order.
    func lookup<R: StoreRecord>(_ type: R.Type, key: String) throws -> [R] {
        try database.query("SELECT body FROM records WHERE kind = ? AND lookup = ? ORDER BY id",
                           [.text(R.kind), .text(key)])
            .map { try decode(type, body: $0.string("body")) }
    }

    /// The record answering to a second id (a variant by its inventory item).
    func byReference<R: StoreRecord>(_ type: R.Type, _ reference: Int64) throws -> R? {
        let row = try database.queryOne("SELECT body FROM records WHERE kind = ? AND ref = ?",
                                        [.text(R.kind), .integer(reference)])
        return try row.map { try decode(type, body: $0.string("body")) }
    }

    /// The record an object of `kind` with `id` is stored in.
    func owner(ofChild kind: String, id: Int64) throws -> (kind: String, id: Int64)? {
        let row = try database.queryOne(
            "SELECT owner_kind, owner_id FROM children WHERE kind = ? AND id = ?",
            [.text(kind), .integer(id)])
        return try row.map { (try $0.string("owner_kind"), try $0.int64("owner_id")) }
    }

    func all<R: StoreRecord>(_ type: R.Type) throws -> [R] {
        try database.query("SELECT body FROM records WHERE kind = ? ORDER BY id", [.text(R.kind)])
            .map { try decode(type, body: $0.string("body")) }
    }

    func count(_ kind: String) throws -> Int {
        try database.scalar("SELECT COUNT(*) FROM records WHERE kind = ?", [.text(kind)])?.int ?? 0
    }

    /// Removes every record, sequence and bulk result (not the clock).
    func clear() throws {
        try database.execute(script: """
            DELETE FROM records; DELETE FROM children; DELETE FROM sequences;
            DELETE FROM idempotency_keys; DELETE FROM bulk_lines;
            """)
    }
}
