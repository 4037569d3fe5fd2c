import ShopSyncCore
import ShopifyClient

/// What a sync task reports at its end: how many records it saw and what it did with them,
/// what the API cost, how long Shopify's throttling held it up, and how long it ran.
public struct SyncSummary: Sendable, Equatable {
    public let task: String
    public var dryRun = false
    public var fetched = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var skipped = 0
    /// Records staged but left for later because the task's filter did not select them.
    public var filteredOut = 0
    /// Sales documents created along the way (`sync orders` with auto_create_sales_documents).
    public var documents = 0
    /// Orders whose document number or close `sync orders` wrote back to Shopify.
    public var writtenBack = 0
    public var failed = 0
    /// How `sync orders` read Shopify: "pages", "bulk", or pages after a failed bulk query.
    public var discovery: String?
    public var apiPoints = 0
    public var throttled = TimeSpan.zero
    public var elapsed = TimeSpan.zero

    public init(task: String, dryRun: Bool = false) {
        self.task = task
        self.dryRun = dryRun
    }

    /// Takes the API figures from the client's statistics.
    mutating func finish(client: ShopifyClient?, started: Timestamp, now: Timestamp) {
        if let statistics = client?.monitor.statistics {
            apiPoints = statistics.pointsSpent
            throttled = statistics.waitedForThrottle
        }
        elapsed = now.since(started)
    }

    /// The summary as a record of the language, the task's result.
    public var record: Record {
        var pairs: [(String, Value)] = [
                ("task", .string(task)), ("dry_run", .bool(dryRun)), ("fetched", .int(Int64(fetched))),
                ("created", .int(Int64(created))), ("updated", .int(Int64(updated))),
                ("unchanged", .int(Int64(unchanged))), ("filtered_out", .int(Int64(filteredOut))),
                ("skipped", .int(Int64(skipped))), ("documents", .int(Int64(documents))),
                ("written_back", .int(Int64(writtenBack))),
                ("failed", .int(Int64(failed))), ("api_points", .int(Int64(apiPoints))),
                ("throttled", .duration(throttled)), ("elapsed", .duration(elapsed))]
        if let discovery { pairs.append(("discovery", .string(discovery))) }
        return Record(pairs)
    }

    /// One line for the progress bar.
    var progressLine: String {
        "\(task): \(fetched) fetched, \(created) created, \(updated) updated, \(skipped) skipped, "
            + "\(failed) failed"
    }
}
