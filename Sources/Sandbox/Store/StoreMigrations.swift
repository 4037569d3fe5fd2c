import Database

/// The sandbox file's own schema. Records are JSON documents with the columns searches and
/// paging need beside them; objects nested in a record are indexed in `children`.
enum StoreMigrations {
    static let all = [
        Migration(version: 1, name: "sandbox records", sql: """
            CREATE TABLE records (
                kind TEXT NOT NULL, id INTEGER NOT NULL,
                created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
                lookup TEXT, ref INTEGER, body TEXT NOT NULL,
                PRIMARY KEY (kind, id));
            CREATE INDEX records_updated ON records (kind, updated_at, id);
            CREATE INDEX records_created ON records (kind, created_at, id);
            CREATE INDEX records_lookup ON records (kind, lookup);
            CREATE INDEX records_ref ON records (kind, ref);
            CREATE TABLE children (
                kind TEXT NOT NULL, id INTEGER NOT NULL,
                owner_kind TEXT NOT NULL, owner_id INTEGER NOT NULL,
                PRIMARY KEY (kind, id));
            CREATE TABLE sequences (kind TEXT PRIMARY KEY, next INTEGER NOT NULL);
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE idempotency_keys (
                key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, result TEXT NOT NULL);
            CREATE TABLE bulk_lines (
                operation_id INTEGER NOT NULL, line_no INTEGER NOT NULL, line TEXT NOT NULL,
                PRIMARY KEY (operation_id, line_no));
            """),
    ]
}
