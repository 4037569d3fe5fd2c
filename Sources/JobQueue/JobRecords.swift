import Ledger
import Scheduling
import ShopSyncCore
import ShsInterpreter

/// Job queue entries and log rows as records of the language: `list jobs where status =
/// "error"`, `job log where outcome = "retry"`.
enum JobRecords {
    static let entryDescriptor = EntityDescriptor(name: "jobs", help: "job queue entries", fields: [
        .init("id", .int, "the entry's number, as 'wait job N' takes it"),
        .init("name", .string, "the schedule's name; empty for entries queued once"),
        .init("status", .string, "ready, in_process, error, on_hold or finished"),
        .init("category", .string, "entries of one category never run at the same time"),
        .init("shop", .string, "the shop the statements run for"),
        .init("next_start", .dateTime, "the earliest time the entry runs next"),
        .init("schedule", .string, "when a recurring entry runs"),
        .init("recurring", .bool, "whether the entry has a schedule"),
        .init("attempts", .int, "attempts made for the current run"),
        .init("max_attempts", .int, "attempts allowed before the entry goes to error (1-10)"),
        .init("rerun_delay", .duration, "the pause before a failed attempt is retried"),
        .init("time_limit", .duration, "how long a run may take; empty for no limit"),
        .init("expires_at", .dateTime, "after this the entry no longer starts"),
        .init("last_run", .dateTime, "the slot the last successful run stood for"),
        .init("last_error", .string, "why the last attempt failed"),
        .init("description", .string, "what the entry is for"),
        .init("created_by", .string, "who saved it"),
        .init("created_at", .dateTime, "when it was saved"),
        .init("statements", .string, "the statements it runs, as written"),
    ], keyField: "id")

    static let logDescriptor = EntityDescriptor(name: "job_log", help: "one row per job attempt", fields: [
        .init("id", .int, "the log row's number"),
        .init("job", .int, "the entry's id"),
        .init("name", .string, "the entry's name (or #id)"),
        .init("category", .string, "the entry's category"),
        .init("fire_at", .dateTime, "the slot the attempt stood for"),
        .init("attempt", .int, "which attempt of that slot, from 1"),
        .init("worker", .string, "the worker that ran it"),
        .init("started_at", .dateTime, "when it started"),
        .init("ended_at", .dateTime, "when it ended; empty while running"),
        .init("outcome", .string, "running, success, error, retry, timeout, lost, skipped, released"),
        .init("error", .string, "why it failed"),
        .init("summary", .string, "what the run printed"),
        .init("api_points", .int, "Shopify API cost points the run spent"),
    ], keyField: "id")

    static func record(_ entry: JobEntry) -> Record {
        let schedule = JobPlanner.schedule(of: entry).map { Value.string($0.description) } ?? .null
        return Record([
            ("id", .int(entry.id)), ("name", entry.name.map { .string($0) } ?? .null),
            ("status", .string(entry.status.rawValue)), ("category", .string(entry.category)),
            ("shop", .string(entry.shop)), ("next_start", instant(entry.earliestStart)),
            ("schedule", schedule), ("recurring", .bool(entry.isRecurring)),
            ("attempts", .int(Int64(entry.attempts))), ("max_attempts", .int(Int64(entry.maxAttempts))),
            ("rerun_delay", .duration(.seconds(Int64(entry.rerunDelaySeconds)))),
            ("time_limit", entry.timeLimitMilliseconds.map { .duration(TimeSpan(milliseconds: $0)) }
                ?? .null),
            ("expires_at", entry.expiresAt.map(instant) ?? .null),
            ("last_run", entry.lastFire.map(instant) ?? .null), ("last_error", .string(entry.lastError)),
            ("description", .string(entry.description)), ("created_by", .string(entry.createdBy)),
            ("created_at", instant(entry.createdAt)), ("statements", .string(entry.source)),
        ])
    }

    static func record(_ row: JobLogEntry) -> Record {
        Record([
            ("id", .int(row.id)), ("job", .int(row.entryID)), ("name", .string(row.entryName)),
            ("category", .string(row.category)), ("fire_at", instant(row.fireAt)),
            ("attempt", .int(Int64(row.attempt))), ("worker", .string(row.worker)),
            ("started_at", instant(row.startedAt)), ("ended_at", row.endedAt.map(instant) ?? .null),
            ("outcome", .string(row.outcome.rawValue)), ("error", .string(row.error)),
            ("summary", .string(row.summary)), ("api_points", .int(Int64(row.apiPoints))),
        ])
    }

    static func instant(_ milliseconds: Int64) -> Value { .dateTime(Timestamp(milliseconds: milliseconds)) }

    static let entries = InMemoryEntitySource(entryDescriptor) { context in
        try JobAccess.ledger(context).jobEntries().map(record)
    }

    static let log = InMemoryEntitySource(logDescriptor) { context in
        try JobAccess.ledger(context).jobLog().map(record)
    }

    /// The columns `jobs` shows; `show jobs N` and `job "x" show` show them all.
    static let overviewColumns = ["id", "name", "status", "category", "next_start", "schedule",
                                  "attempts", "last_error"]

    static func project(_ table: Table, _ columns: [String]) -> Table {
        let indexes = columns.compactMap { name in table.columns.firstIndex { $0.name == name } }
        return Table(columns: indexes.map { table.columns[$0] },
                     rows: table.rows.map { row in indexes.map { row[$0] } })
    }
}
