import Database

/// Version 3: the job queue. Entries (one-off or recurring), live claims with leases, one log
/// row per attempt, and the workers' heartbeats.
///
/// Two rules are enforced by the database itself, so they hold across processes and machines:
/// an entry's fire time is claimed at most once at a time (`UNIQUE (entry_id, fire_at)`), and a
/// category has at most one live claim (a unique index on `category` over non-empty
/// categories). A claim row lives while its attempt runs; the attempt's end deletes it in the
/// same transaction that moves the entry on, so a finished fire time is never claimed again.
enum JobQueueMigration {
    static let migration = Migration(version: 3, name: "job_queue", sql: entries + claims + log)

    static let entries = """
    CREATE TABLE job_entry (
      id INTEGER PRIMARY KEY,
      -- Scheduled entries have a unique name; entries queued once may have none.
      name TEXT UNIQUE,
      description TEXT NOT NULL DEFAULT '',
      -- The statements to run, as source text; parsed and bound again by the worker.
      source TEXT NOT NULL,
      -- The shop the statements run for ('' when none was chosen).
      shop TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'ready'
        CHECK (status IN ('ready', 'in_process', 'error', 'on_hold', 'finished')),
      earliest_start INTEGER NOT NULL,
      expires_at INTEGER,
      recurring INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
      -- The schedule as JSON (Scheduling's Codable form), for recurring entries.
      schedule TEXT,
      max_attempts INTEGER NOT NULL DEFAULT 1 CHECK (max_attempts BETWEEN 1 AND 10),
      attempts INTEGER NOT NULL DEFAULT 0,
      rerun_delay_seconds INTEGER NOT NULL DEFAULT 0 CHECK (rerun_delay_seconds BETWEEN 0 AND 3600),
      time_limit_ms INTEGER,
      created_by TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      -- The schedule slot the last successful run stood for.
      last_fire INTEGER,
      last_error TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX job_entry_due ON job_entry (status, earliest_start);

    """

    static let claims = """
    CREATE TABLE job_claim (
      entry_id INTEGER NOT NULL REFERENCES job_entry(id) ON DELETE CASCADE,
      fire_at INTEGER NOT NULL,
      category TEXT NOT NULL DEFAULT '',
      worker TEXT NOT NULL,
      claimed_at INTEGER NOT NULL,
      lease_until INTEGER NOT NULL,
      log_id INTEGER NOT NULL,
      UNIQUE (entry_id, fire_at)
    ) STRICT;
    CREATE UNIQUE INDEX job_claim_one_per_entry ON job_claim (entry_id);
    CREATE UNIQUE INDEX job_claim_one_per_category ON job_claim (category) WHERE category <> '';

    CREATE TABLE worker (
      name TEXT PRIMARY KEY,
      pid INTEGER NOT NULL DEFAULT 0,
      concurrency INTEGER NOT NULL DEFAULT 1,
      started_at INTEGER NOT NULL,
      heartbeat_at INTEGER NOT NULL,
      stopped_at INTEGER
    ) STRICT;

    """

    static let log = """
    CREATE TABLE job_log (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL,
      entry_name TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL DEFAULT '',
      fire_at INTEGER NOT NULL,
      attempt INTEGER NOT NULL,
      worker TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      outcome TEXT NOT NULL DEFAULT 'running' CHECK (outcome IN
        ('running', 'success', 'error', 'retry', 'timeout', 'lost', 'skipped', 'released')),
      error TEXT NOT NULL DEFAULT '',
      summary TEXT NOT NULL DEFAULT '',
      api_points INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX job_log_entry ON job_log (entry_id, started_at);
    """
}
