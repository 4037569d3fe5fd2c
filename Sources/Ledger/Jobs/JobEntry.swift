import Database

/// A job queue entry as the ledger keeps it. Instants are milliseconds since 1970 UTC; the
/// schedule stays JSON here, because the store does not compute fire times (the job queue
/// does, with the schedule engine).
public struct JobEntry: Sendable, Equatable {
    /// Ready, In Process, Error, On Hold, Finished: the statuses a connector admin knows.
    public enum Status: String, Sendable, CaseIterable {
        case ready
        case inProcess = "in_process"
        case error
        case onHold = "on_hold"
        case finished
    }

    public let id: Int64
    public let name: String?
    public let description: String
    public let source: String
    public let shop: String
    public let category: String
    public let status: Status
    public let earliestStart: Int64
    public let expiresAt: Int64?
    public let scheduleJSON: String?
    public let maxAttempts: Int
    public let attempts: Int
    public let rerunDelaySeconds: Int
    public let timeLimitMilliseconds: Int64?
    public let createdBy: String
    public let createdAt: Int64
    public let lastFire: Int64?
    public let lastError: String

    /// Whether the entry recurs on a schedule.
    public var isRecurring: Bool { scheduleJSON != nil }

    /// How people name the entry: its name, else `#id`.
    public var label: String { name ?? "#\(id)" }

    init(row: Row) throws {
        id = try row.int64("id")
        name = try row.optionalString("name")
        description = try row.string("description")
        source = try row.string("source")
        shop = try row.string("shop")
        category = try row.string("category")
        status = Status(rawValue: try row.string("status")) ?? .error
        earliestStart = try row.int64("earliest_start")
        expiresAt = try row.optionalInt64("expires_at")
        scheduleJSON = try row.optionalString("schedule")
        maxAttempts = try row.int("max_attempts")
        attempts = try row.int("attempts")
        rerunDelaySeconds = try row.int("rerun_delay_seconds")
        timeLimitMilliseconds = try row.optionalInt64("time_limit_ms")
        createdBy = try row.string("created_by")
        createdAt = try row.int64("created_at")
        lastFire = try row.optionalInt64("last_fire")
        lastError = try row.string("last_error")
    }
}

/// What a new or re-saved entry says; the store adds the id, status and bookkeeping.
public struct JobDraft: Sendable, Equatable {
    public var name: String?
    public var description: String
    public var source: String
    public var shop: String
    public var category: String
    public var earliestStart: Int64
    public var expiresAt: Int64?
    public var scheduleJSON: String?
    public var maxAttempts: Int
    public var rerunDelaySeconds: Int
    public var timeLimitMilliseconds: Int64?
    public var createdBy: String

    public init(name: String? = nil, description: String = "", source: String, shop: String = "",
                category: String = "", earliestStart: Int64, expiresAt: Int64? = nil,
                scheduleJSON: String? = nil, maxAttempts: Int = 1, rerunDelaySeconds: Int = 0,
                timeLimitMilliseconds: Int64? = nil, createdBy: String = "") {
        self.name = name
        self.description = description
        self.source = source
        self.shop = shop
        self.category = category
        self.earliestStart = earliestStart
        self.expiresAt = expiresAt
        self.scheduleJSON = scheduleJSON
        self.maxAttempts = maxAttempts
        self.rerunDelaySeconds = rerunDelaySeconds
        self.timeLimitMilliseconds = timeLimitMilliseconds
        self.createdBy = createdBy
    }
}

/// Why the store refused a change to an entry.
public enum JobStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownEntry(String)
    case invalidDraft(String)
    case notAllowed(entry: String, status: JobEntry.Status, action: String)

    public var description: String {
        switch self {
        case .unknownEntry(let name): "no job queue entry '\(name)'; 'jobs' lists them"
        case .invalidDraft(let problem): problem
        case .notAllowed(let entry, let status, let action):
            "cannot \(action) '\(entry)' while it is "
                + status.rawValue.replacingOccurrences(of: "_", with: " ")
        }
    }
}
