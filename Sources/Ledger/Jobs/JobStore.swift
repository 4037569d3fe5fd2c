import Database

/// The job queue's entries: saving, finding and changing them. Claims and the log are in
/// `JobClaims.swift` and `JobLogStore.swift`.
extension Ledger {
    /// Saves a named, scheduled entry: a new one, or the same name again updates its definition
    /// (so rerunning a script never duplicates it). A re-saved entry keeps its status, attempts
    /// and log; it keeps its next start too unless the schedule changed.
    @discardableResult
    public func saveScheduledJob(_ draft: JobDraft) throws -> (entry: JobEntry, created: Bool) {
        guard let name = draft.name, !name.isEmpty else {
            throw JobStoreError.invalidDraft("a scheduled job queue entry needs a name")
        }
        try check(draft)
        return try connection.writeTransaction { db in
            let existed = try db.scalar("SELECT id FROM job_entry WHERE name = ?", [.text(name)]) != nil
            let row = try db.queryOne("""
                INSERT INTO job_entry (name, description, source, shop, category, earliest_start,
                  expires_at, schedule, max_attempts, rerun_delay_seconds, time_limit_ms,
                  created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET description = excluded.description,
                  source = excluded.source, shop = excluded.shop, category = excluded.category,
                  earliest_start = CASE WHEN job_entry.schedule IS excluded.schedule
                    AND job_entry.status <> 'finished' THEN job_entry.earliest_start
                    ELSE excluded.earliest_start END,
                  expires_at = excluded.expires_at, schedule = excluded.schedule,
                  max_attempts = excluded.max_attempts,
                  rerun_delay_seconds = excluded.rerun_delay_seconds,
                  time_limit_ms = excluded.time_limit_ms, updated_at = excluded.updated_at,
                  status = CASE WHEN job_entry.status = 'finished' THEN 'ready'
                    ELSE job_entry.status END
                RETURNING *
                """, binds(draft) + [.integer(now), .integer(now)])
            guard let row else { throw JobStoreError.unknownEntry(name) }
            return (try JobEntry(row: row), !existed)
        }
    }

    /// Queues an entry to run once, at its earliest start.
    public func enqueueJob(_ draft: JobDraft) throws -> JobEntry {
        try check(draft)
        let row = try connection.queryOne("""
            INSERT INTO job_entry (name, description, source, shop, category, earliest_start,
              expires_at, schedule, max_attempts, rerun_delay_seconds, time_limit_ms,
              created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING *
            """, binds(draft) + [.integer(now), .integer(now)])
        guard let row else { throw JobStoreError.invalidDraft("the entry was not saved") }
        return try JobEntry(row: row)
    }

    private func binds(_ draft: JobDraft) -> [SQLValue] {
        [draft.name.map { .text($0) } ?? .null, .text(draft.description), .text(draft.source),
         .text(draft.shop), .text(draft.category), .integer(draft.earliestStart),
         draft.expiresAt.map { .integer($0) } ?? .null, draft.scheduleJSON.map { .text($0) } ?? .null,
         .integer(Int64(draft.maxAttempts)), .integer(Int64(draft.rerunDelaySeconds)),
         draft.timeLimitMilliseconds.map { .integer($0) } ?? .null, .text(draft.createdBy)]
    }

    /// The limits the issue sets: 1-10 attempts, a rerun delay of 0-3600 seconds.
    private func check(_ draft: JobDraft) throws {
        guard (1...10).contains(draft.maxAttempts) else {
            throw JobStoreError.invalidDraft("attempts must be from 1 to 10, found \(draft.maxAttempts)")
        }
        guard (0...3600).contains(draft.rerunDelaySeconds) else {
            throw JobStoreError.invalidDraft(
                "the rerun delay must be from 0 to 3600 seconds, found \(draft.rerunDelaySeconds)")
        }
        if let limit = draft.timeLimitMilliseconds, limit <= 0 {
            throw JobStoreError.invalidDraft("a time limit must be longer than zero")
        }
    }

    /// Every entry, oldest first.
    public func jobEntries() throws -> [JobEntry] {
        try connection.query("SELECT * FROM job_entry ORDER BY id").map(JobEntry.init(row:))
    }

    /// The entry with this id.
    public func jobEntry(id: Int64) throws -> JobEntry {
        guard let row = try connection.queryOne("SELECT * FROM job_entry WHERE id = ?", [.integer(id)])
        else { throw JobStoreError.unknownEntry("#\(id)") }
        return try JobEntry(row: row)
    }

    /// The entry with this name.
    public func jobEntry(named name: String) throws -> JobEntry {
        guard let row = try connection.queryOne("SELECT * FROM job_entry WHERE name = ?", [.text(name)])
        else { throw JobStoreError.unknownEntry(name) }
        return try JobEntry(row: row)
    }

    /// Moves an entry to `status` when it is in one of `from`; `earliestStart` and a reset of
    /// attempts and the last error go with it. Returns the entry after the change.
    @discardableResult
    public func changeJob(_ id: Int64, to status: JobEntry.Status, from: Set<JobEntry.Status>,
                          action: String, earliestStart: Int64? = nil,
                          resetAttempts: Bool = false) throws -> JobEntry {
        try connection.writeTransaction { db in
            let entry = try jobEntry(id: id)
            guard from.contains(entry.status) else {
                throw JobStoreError.notAllowed(entry: entry.label, status: entry.status, action: action)
            }
            try db.run("""
                UPDATE job_entry SET status = ?, earliest_start = COALESCE(?, earliest_start),
                  attempts = CASE WHEN ? THEN 0 ELSE attempts END,
                  last_error = CASE WHEN ? THEN '' ELSE last_error END, updated_at = ?
                WHERE id = ?
                """, [.text(status.rawValue), earliestStart.map { .integer($0) } ?? .null,
                      .integer(resetAttempts ? 1 : 0), .integer(resetAttempts ? 1 : 0),
                      .integer(now), .integer(id)])
            return try jobEntry(id: id)
        }
    }

    /// Deletes an entry that is not running; its log stays.
    public func deleteJob(_ id: Int64) throws {
        try connection.writeTransaction { db in
            let entry = try jobEntry(id: id)
            guard entry.status != .inProcess else {
                throw JobStoreError.notAllowed(entry: entry.label, status: entry.status, action: "delete")
            }
            try db.run("DELETE FROM job_entry WHERE id = ?", [.integer(id)])
        }
    }
}
