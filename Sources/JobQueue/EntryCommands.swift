import Ledger
import ShopSyncCore
import ShsInterpreter

/// `jobs`, `job "x" show | run now | hold | resume | retry | reset | delete`, `job log`.
enum EntryCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [jobs(registry), show(registry), log(registry)] + actions.map { action(registry, $0) }
    }

    static func jobs(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("jobs"), topic: "jobs",
                    summary: "list job queue entries: status, category, next start, last error",
                    details: "'list jobs' shows every field; 'job log' shows what each attempt did.",
                    examples: ["jobs", "jobs where status = \"error\"",
                               "jobs where category = \"SHOPIFY\" order by next_start limit 10"],
                    filter: .entity("jobs"), allowsOrdering: true, allowsLimit: true) {
            invocation, context in
            let table = try JobRecords.entries.fetch(invocation.query, context: context)
            return .value(.table(JobRecords.project(table, JobRecords.overviewColumns)))
        }
    }

    static func show(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("job <job:any> show"), topic: "jobs",
                    summary: "show every field of one job queue entry",
                    examples: ["job \"orders\" show", "job 12 show"]) { invocation, context in
            let ledger = try JobAccess.ledger(context)
            let entry = try JobAccess.entry(invocation.arguments["job"], in: ledger)
            return .value(.record(JobRecords.record(entry)))
        }
    }

    static func log(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("job log [<job:any>]"), topic: "jobs",
                    summary: "list job attempts, newest first: outcome, error, what the run printed",
                    examples: ["job log", "job log \"orders\"",
                               "job log where outcome = \"error\" limit 20"],
                    filter: .entity("job_log"), allowsOrdering: true, allowsLimit: true) {
            invocation, context in
            var filter = invocation.query.filter
            if let argument = invocation.arguments["job"] {
                let entry = try JobAccess.entry(argument, in: try JobAccess.ledger(context))
                let byJob = Filter.compare(.equal, .field("job", .int), .constant(.int(entry.id)))
                filter = filter.map { .and($0, byJob) } ?? byJob
            }
            let query = EntityQuery(filter: filter, ordering: invocation.ordering, limit: invocation.limit)
            return .value(.table(try JobRecords.log.fetch(query, context: context)))
        }
    }

    /// One entry action: its words, help, the statuses it applies to and what it does.
    struct Action: Sendable {
        let words: String
        let summary: String
        let apply: @Sendable (JobEntry, Ledger, Int64) throws -> String
    }

    static let actions: [Action] = [
        Action(words: "run now", summary: "make an entry due now (it keeps its schedule afterwards)") {
            e, l, now in
            try l.changeJob(e.id, to: .ready, from: [.ready, .onHold, .error, .finished],
                            action: "run", earliestStart: now, resetAttempts: e.status != .ready)
            return "'\(e.label)' is due now"
        },
        Action(words: "hold", summary: "put an entry on hold: it does not start until resumed") { e, l, _ in
            try l.changeJob(e.id, to: .onHold, from: [.ready, .error, .inProcess], action: "hold")
            return e.status == .inProcess ? "'\(e.label)' goes on hold when its current run ends"
                : "'\(e.label)' is on hold"
        },
        Action(words: "resume", summary: "take an entry off hold; it runs at its next start") { e, l, now in
            try l.changeJob(e.id, to: .ready, from: [.onHold], action: "resume",
                            earliestStart: nextStart(e, now))
            return "'\(e.label)' is ready"
        },
        Action(words: "retry", summary: "run an entry in error again now, with its attempts reset") {
            e, l, now in
            try l.changeJob(e.id, to: .ready, from: [.error, .onHold], action: "retry",
                            earliestStart: now, resetAttempts: true)
            return "'\(e.label)' will be retried now"
        },
        Action(words: "reset", summary: "clear an entry's error and attempts; it runs at its next start") {
            e, l, now in
            try l.changeJob(e.id, to: .ready, from: [.error, .onHold, .ready, .finished], action: "reset",
                            earliestStart: nextStart(e, now), resetAttempts: true)
            return "'\(e.label)' is reset"
        },
        Action(words: "delete", summary: "delete an entry (its log stays)") { e, l, _ in
            try l.deleteJob(e.id)
            return "'\(e.label)' deleted"
        },
    ]

    /// A recurring entry's next slot from now; a one-off entry keeps its start.
    static func nextStart(_ entry: JobEntry, _ now: Int64) -> Int64 {
        guard let schedule = JobPlanner.schedule(of: entry) else { return max(entry.earliestStart, now) }
        return JobPlanner.nextFire(schedule, after: now) ?? now
    }

    static func action(_ registry: CommandRegistry, _ action: Action) -> CommandSpec {
        CommandSpec(registry.pattern("job <job:any> \(action.words)"), topic: "jobs",
                    summary: action.summary,
                    examples: ["job \"orders\" \(action.words)", "job 12 \(action.words)"]) {
            invocation, context in
            let ledger = try JobAccess.ledger(context)
            let entry = try JobAccess.entry(invocation.arguments["job"], in: ledger)
            let now = context.clock.now().milliseconds
            return .message(try JobAccess.store { try action.apply(entry, ledger, now) })
        }
    }
}
