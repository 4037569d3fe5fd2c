import Database
import Foundation
import ShopSyncCore

/// What an incremental sync keeps a cursor for, per shop.
public enum SyncEntity: String, Sendable, CaseIterable {
    case orders, customers, products, companies
}

/// One run's view of a cursor, taken before paging starts.
public struct SyncWindow: Sendable, Equatable {
    public let shop: String
    public let entity: SyncEntity
    /// The stored cursor; nil on the first run.
    public let cursor: Timestamp?
    /// Ask Shopify for records updated after this: the cursor less the overlap, so a record
    /// Shopify stamped a little before our clock read the cursor is not lost to clock skew.
    /// Records seen twice are harmless: every import is an upsert.
    public let updatedAfter: Timestamp?
    /// The clock when the run started: the next cursor, once what the run read is committed.
    public let startedAt: Timestamp
}

/// Sync cursors and the skipped-record register.
extension Ledger {
    /// How far before the cursor a run reads again, unless it says otherwise.
    public static let cursorOverlap = TimeSpan(milliseconds: 5 * 60 * 1000)

    /// The stored cursor of a shop's entity, or nil when it never ran.
    public func syncCursor(shop: String, entity: SyncEntity) throws -> Timestamp? {
        try connection.scalar(
            "SELECT cursor_at FROM sync_cursor WHERE shop = ? AND entity = ?",
            [.text(shop), .text(entity.rawValue)])?.int64.map(Timestamp.init(milliseconds:))
    }

    /// Takes the cursor before paging starts. Pass the window to `commitSync` once every page it
    /// covers is committed.
    public func beginSync(
        shop: String, entity: SyncEntity, overlap: TimeSpan = Ledger.cursorOverlap
    ) throws
        -> SyncWindow
    {
        let startedAt = clock.now()
        let cursor = try syncCursor(shop: shop, entity: entity)
        let after = cursor.map { Timestamp(milliseconds: $0.milliseconds - overlap.milliseconds) }
        return SyncWindow(
            shop: shop, entity: entity, cursor: cursor, updatedAfter: after, startedAt: startedAt)
    }

    /// Moves the cursor to the window's start, never backwards: a slower run that started
    /// earlier cannot undo a later one. A run that must read some records again next time (an
    /// order that failed) passes `heldBackTo`: the cursor then stops just before that instant
    /// if it is earlier than the start. Returns whether it moved.
    @discardableResult
    public func commitSync(_ window: SyncWindow, heldBackTo instant: Timestamp? = nil) throws -> Bool {
        var target = window.startedAt
        if let instant, instant < target { target = Timestamp(milliseconds: instant.milliseconds - 1) }
        return try connection.run("""
            INSERT INTO sync_cursor (shop, entity, cursor_at, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (shop, entity) DO UPDATE SET cursor_at = excluded.cursor_at,
              updated_at = excluded.updated_at WHERE excluded.cursor_at > sync_cursor.cursor_at
            """, [.text(window.shop), .text(window.entity.rawValue), .integer(target.milliseconds),
                  .integer(now)]) == 1
    }

    /// `reset sync orders to 2026-01-01`: sets the cursor to any instant, earlier or later, so
    /// the next run reads again (or skips) everything updated since then.
    public func resetSyncCursor(shop: String, entity: SyncEntity, to instant: Timestamp) throws {
        _ = try self.shop(shop)
        try connection.run(
            """
            INSERT INTO sync_cursor (shop, entity, cursor_at, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (shop, entity) DO UPDATE SET cursor_at = excluded.cursor_at,
              updated_at = excluded.updated_at
            """,
            [.text(shop), .text(entity.rawValue), .integer(instant.milliseconds), .integer(now)])
    }

    /// Records a record a sync could not use, with the reason; the run goes on. An older entry
    /// for the same record is replaced, so a record failing every run is listed once.
    public func recordSkipped(shop: String, task: String, entity: String, recordId: String,
                              reason: String) throws {
        try connection.writeTransaction { db in
            try db.run("""
                DELETE FROM skipped_record WHERE shop = ? AND task = ? AND entity = ? AND record_id = ?
                """, [.text(shop), .text(task), .text(entity), .text(recordId)])
            try db.run("""
                INSERT INTO skipped_record (shop, task, entity, record_id, reason, at) VALUES (?, ?, ?, ?, ?, ?)
                """, [.text(shop), .text(task), .text(entity), .text(recordId), .text(reason), .integer(now)])
        }
    }

    /// Forgets skipped entries of records that have now been taken.
    public func clearSkipped(shop: String, task: String, entity: String, recordIDs: [String]) throws {
        guard !recordIDs.isEmpty else { return }
        try connection.run("""
            DELETE FROM skipped_record WHERE shop = ? AND task = ? AND entity = ?
              AND record_id IN (SELECT value FROM json_each(?))
            """, [.text(shop), .text(task), .text(entity), .text(Self.jsonArray(recordIDs))])
    }
}
