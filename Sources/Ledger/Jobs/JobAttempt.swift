import Database

/// A live claim: one worker runs one fire time of one entry until its lease ends.
public struct JobClaim: Sendable, Equatable {
    /// The entry as it was when claimed (status still `ready`, attempts before this one).
    public let entry: JobEntry
    /// The slot this attempt stands for: the entry's earliest start when claimed.
    public let fireAt: Int64
    public let worker: String
    public let claimedAt: Int64
    public let leaseUntil: Int64
    /// The job log row of this attempt.
    public let logID: Int64

    /// This attempt's number, from 1.
    public var attempt: Int { entry.attempts + 1 }
}

/// How an attempt ended, as the job log records it.
public enum JobOutcome: String, Sendable, CaseIterable {
    case running, success, error, retry, timeout
    /// The worker stopped renewing its lease (it died); another worker rescued the entry.
    case lost
    /// A recurring slot missed by more than its grace period: not run.
    case skipped
    /// A stopping worker gave the entry back before running it to the end.
    case released
}

/// What the job queue decided after an attempt: the log's record of it and the entry's state.
public struct JobAttemptEnd: Sendable, Equatable {
    public var outcome: JobOutcome
    public var error: String
    public var summary: String
    public var apiPoints: Int
    /// The entry's next status and earliest start.
    public var status: JobEntry.Status
    public var earliestStart: Int64
    /// The entry's attempt count after this attempt (0 after a success of a recurring entry).
    public var attempts: Int
    /// The slot this attempt stood for, recorded when it ran to success.
    public var lastFire: Int64?

    public init(outcome: JobOutcome, error: String = "", summary: String = "", apiPoints: Int = 0,
                status: JobEntry.Status, earliestStart: Int64, attempts: Int,
                lastFire: Int64? = nil) {
        self.outcome = outcome
        self.error = error
        self.summary = summary
        self.apiPoints = apiPoints
        self.status = status
        self.earliestStart = earliestStart
        self.attempts = attempts
        self.lastFire = lastFire
    }
}

/// One row of the job log: one attempt of one entry.
public struct JobLogEntry: Sendable, Equatable {
    public let id: Int64
    public let entryID: Int64
    public let entryName: String
    public let category: String
    public let fireAt: Int64
    public let attempt: Int
    public let worker: String
    public let startedAt: Int64
    public let endedAt: Int64?
    public let outcome: JobOutcome
    public let error: String
    public let summary: String
    public let apiPoints: Int

    init(row: Row) throws {
        id = try row.int64("id")
        entryID = try row.int64("entry_id")
        entryName = try row.string("entry_name")
        category = try row.string("category")
        fireAt = try row.int64("fire_at")
        attempt = try row.int("attempt")
        worker = try row.string("worker")
        startedAt = try row.int64("started_at")
        endedAt = try row.optionalInt64("ended_at")
        outcome = JobOutcome(rawValue: try row.string("outcome")) ?? .error
        error = try row.string("error")
        summary = try row.string("summary")
        apiPoints = try row.int("api_points")
    }
}

/// A worker process (or in-process worker) as its heartbeats describe it.
public struct WorkerRecord: Sendable, Equatable {
    public let name: String
    public let pid: Int
    public let concurrency: Int
    public let startedAt: Int64
    public let heartbeatAt: Int64
    public let stoppedAt: Int64?

    init(row: Row) throws {
        name = try row.string("name")
        pid = try row.int("pid")
        concurrency = try row.int("concurrency")
        startedAt = try row.int64("started_at")
        heartbeatAt = try row.int64("heartbeat_at")
        stoppedAt = try row.optionalInt64("stopped_at")
    }
}
