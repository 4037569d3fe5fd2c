import Database

/// Claiming due entries, keeping the lease, ending attempts and rescuing entries of dead workers.
///
/// On SQLite each step is one short `BEGIN IMMEDIATE` transaction: the write lock is taken
/// first, so two workers' claims queue instead of racing. The rules that make a double run
/// impossible live in the schema (one live claim per entry and per category), so they would
/// still hold if a claim raced. On PostgreSQL the candidate query becomes
/// `SELECT ... FOR UPDATE OF e SKIP LOCKED` inside the same transaction: concurrent workers
/// skip each other's candidates instead of waiting, and a category conflict surfaces as a
/// unique violation on `job_claim_one_per_category`, which the worker treats as "nothing due".
extension Ledger {
    /// Claims the most overdue ready entry whose category is free, for `worker`, holding it
    /// until `leaseUntil`. Also finishes ready entries whose expiry passed. Nil when nothing
    /// is due.
    public func claimNextJob(worker: String, leaseUntil: Int64) throws -> JobClaim? {
        let now = self.now
        return try connection.writeTransaction { db in
            try db.run("""
                UPDATE job_entry SET status = 'finished', last_error = 'expired before it ran',
                  updated_at = ?
                WHERE status = 'ready' AND expires_at IS NOT NULL AND expires_at <= ?
                """, [.integer(now), .integer(now)])
            guard let row = try db.queryOne(Self.dueCandidate, [.integer(now)]) else { return nil }
            let entry = try JobEntry(row: row)
            let logID = try db.scalar("""
                INSERT INTO job_log (entry_id, entry_name, category, fire_at, attempt, worker,
                  started_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [.integer(entry.id), .text(entry.label), .text(entry.category),
                      .integer(entry.earliestStart), .integer(Int64(entry.attempts + 1)),
                      .text(worker), .integer(now)])?.int64 ?? 0
            try db.run("""
                INSERT INTO job_claim (entry_id, fire_at, category, worker, claimed_at, lease_until,
                  log_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.integer(entry.id), .integer(entry.earliestStart), .text(entry.category),
                      .text(worker), .integer(now), .integer(leaseUntil), .integer(logID)])
            try db.run("""
                UPDATE job_entry SET status = 'in_process', attempts = attempts + 1, updated_at = ?
                WHERE id = ?
                """, [.integer(now), .integer(entry.id)])
            return JobClaim(entry: entry, fireAt: entry.earliestStart, worker: worker,
                            claimedAt: now, leaseUntil: leaseUntil, logID: logID)
        }
    }

    /// Ready, due, unexpired, not claimed, and no live claim in its category; oldest due first.
    static let dueCandidate = """
        SELECT e.* FROM job_entry e
        WHERE e.status = 'ready' AND e.earliest_start <= ?1
          AND NOT EXISTS (SELECT 1 FROM job_claim c WHERE c.entry_id = e.id)
          AND (e.category = ''
               OR NOT EXISTS (SELECT 1 FROM job_claim c WHERE c.category = e.category))
        ORDER BY e.earliest_start, e.id
        LIMIT 1
        """

    /// Extends a claim's lease; false when the claim is gone (rescued by another worker, or
    /// the entry deleted), and the attempt should stop.
    public func renewJobLease(_ claim: JobClaim, until: Int64) throws -> Bool {
        try connection.run("""
            UPDATE job_claim SET lease_until = ? WHERE entry_id = ? AND fire_at = ? AND worker = ?
            """, [.integer(until), .integer(claim.entry.id), .integer(claim.fireAt),
                  .text(claim.worker)]) == 1
    }

    /// Ends an attempt: deletes the claim, completes its log row and moves the entry on, in
    /// one transaction. False when the claim was no longer held (the entry was rescued or
    /// deleted meanwhile); then only the log row is completed. An entry put on hold while it
    /// ran stays on hold.
    @discardableResult
    public func finishJobAttempt(_ claim: JobClaim, _ end: JobAttemptEnd) throws -> Bool {
        let now = self.now
        return try connection.writeTransaction { db in
            let held = try db.run("""
                DELETE FROM job_claim WHERE entry_id = ? AND fire_at = ? AND worker = ?
                """, [.integer(claim.entry.id), .integer(claim.fireAt), .text(claim.worker)]) == 1
            try db.run("""
                UPDATE job_log SET ended_at = ?, outcome = ?, error = ?, summary = ?, api_points = ?
                WHERE id = ? AND outcome = 'running'
                """, [.integer(now), .text(end.outcome.rawValue), .text(end.error), .text(end.summary),
                      .integer(Int64(end.apiPoints)), .integer(claim.logID)])
            guard held else { return false }
            try db.run("""
                UPDATE job_entry SET
                  status = CASE WHEN status = 'on_hold' THEN 'on_hold' ELSE ? END,
                  earliest_start = ?, attempts = ?, last_fire = COALESCE(?, last_fire),
                  last_error = ?, updated_at = ?
                WHERE id = ?
                """, [.text(end.status.rawValue), .integer(end.earliestStart),
                      .integer(Int64(end.attempts)), end.lastFire.map { .integer($0) } ?? .null,
                      .text(end.error), .integer(now), .integer(claim.entry.id)])
            return true
        }
    }

    /// Rescues entries whose worker stopped renewing its lease before `now`: the claim goes,
    /// the attempt is logged as lost and counts; the entry is ready again after its rerun
    /// delay, or in Error when it has no attempts left. Returns the rescued entries' ids.
    @discardableResult
    public func rescueExpiredJobClaims() throws -> [Int64] {
        let now = self.now
        return try connection.writeTransaction { db in
            let expired = try db.query("""
                SELECT c.entry_id, c.worker, c.log_id FROM job_claim c WHERE c.lease_until < ?
                """, [.integer(now)])
            for row in expired {
                let id = try row.int64("entry_id")
                let message = "worker '\(try row.string("worker"))' stopped renewing its lease"
                try db.run("DELETE FROM job_claim WHERE entry_id = ?", [.integer(id)])
                try db.run("""
                    UPDATE job_log SET ended_at = ?, outcome = 'lost', error = ?
                    WHERE id = ? AND outcome = 'running'
                    """, [.integer(now), .text(message), .integer(try row.int64("log_id"))])
                try db.run("""
                    UPDATE job_entry SET
                      status = CASE WHEN status = 'on_hold' THEN 'on_hold'
                        WHEN attempts >= max_attempts THEN 'error' ELSE 'ready' END,
                      earliest_start = ? + rerun_delay_seconds * 1000, last_error = ?, updated_at = ?
                    WHERE id = ?
                    """, [.integer(now), .text(message), .integer(now), .integer(id)])
            }
            return try expired.map { try $0.int64("entry_id") }
        }
    }

    /// The live claims, for `jobs` and tests.
    public func liveJobClaims() throws -> [(entryID: Int64, worker: String, leaseUntil: Int64)] {
        try connection.query("SELECT entry_id, worker, lease_until FROM job_claim ORDER BY entry_id")
            .map { (try $0.int64("entry_id"), try $0.string("worker"), try $0.int64("lease_until")) }
    }
}
