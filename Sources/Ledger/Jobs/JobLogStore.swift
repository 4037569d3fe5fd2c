import Database

/// The job log and the workers' heartbeats.
extension Ledger {
    /// Log rows, newest first; of one entry when `entryID` is given.
    public func jobLog(entryID: Int64? = nil, limit: Int = 1000) throws -> [JobLogEntry] {
        if let entryID {
            return try connection.query("""
                SELECT * FROM job_log WHERE entry_id = ? ORDER BY id DESC LIMIT ?
                """, [.integer(entryID), .integer(Int64(limit))]).map(JobLogEntry.init(row:))
        }
        return try connection.query("SELECT * FROM job_log ORDER BY id DESC LIMIT ?",
                                    [.integer(Int64(limit))]).map(JobLogEntry.init(row:))
    }

    /// Records that a worker is alive: a new row, or a fresh heartbeat on its row.
    public func workerHeartbeat(name: String, pid: Int, concurrency: Int) throws {
        try connection.run("""
            INSERT INTO worker (name, pid, concurrency, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET pid = excluded.pid, concurrency = excluded.concurrency,
              heartbeat_at = excluded.heartbeat_at, stopped_at = NULL
            """, [.text(name), .integer(Int64(pid)), .integer(Int64(concurrency)), .integer(now),
                  .integer(now)])
    }

    /// Records that a worker stopped on purpose.
    public func workerStopped(name: String) throws {
        try connection.run("UPDATE worker SET stopped_at = ? WHERE name = ?", [.integer(now), .text(name)])
    }

    /// Workers that have not stopped and sent a heartbeat at or after `since`.
    public func liveWorkers(since: Int64) throws -> [WorkerRecord] {
        try connection.query("""
            SELECT * FROM worker WHERE stopped_at IS NULL AND heartbeat_at >= ? ORDER BY name
            """, [.integer(since)]).map(WorkerRecord.init(row:))
    }

    /// Every worker the ledger has seen.
    public func workers() throws -> [WorkerRecord] {
        try connection.query("SELECT * FROM worker ORDER BY name").map(WorkerRecord.init(row:))
    }
}
