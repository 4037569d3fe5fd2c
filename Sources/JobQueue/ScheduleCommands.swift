import Foundation
import Ledger
import Scheduling
import ShopSyncCore
import ShsInterpreter

/// `schedule`, `enqueue`, `next runs` and `sleep`.
enum ScheduleCommands {
    static func schedule(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            schedule <name:string> <when:schedule> [category <category:string>] \
            [attempts <attempts:int>] [rerun delay <delay:duration>] [timeout <limit:duration>] \
            [starting <start:datetime>] [until <until:datetime>] [description <description:string>]
            """),
            topic: "jobs",
            summary: "save a recurring job queue entry; saving the same name again updates it",
            details: """
                The block's statements are stored as text, checked now and again on each run. \
                Schedules: 'every N minutes|hours', 'daily at 06:00, 12:30', 'cron "m h dom mon dow"', \
                then optionally 'on mon..fri', 'between 06:00 and 22:00', 'in "Europe/Paris"' and \
                'grace 30m' (how late a missed run may still start; 1h by default). Entries of one \
                category never run at the same time; the default is the shop's sync_category. \
                Attempts 1-10 (default 1), rerun delay 0-3600 s (default 60s).
                """,
            examples: ["schedule \"nightly\" daily at 02:00 do\n  version\nend",
                       "schedule \"orders\" every 10 minutes on mon..fri between 06:00 and 22:00 \\\n"
                        + "    category \"SHOPIFY\" attempts 3 rerun delay 60s do\n  shops\nend",
                       "schedule \"report\" cron \"0 7 * * 1\" in \"Europe/Paris\" do\n  shops\nend"],
            block: .required, validate: validateLimits) { invocation, context in
            try save(invocation, context)
        }
    }

    /// Attempts and rerun delay are checked when the script is bound, when they are constants.
    static let validateLimits: @Sendable (BoundArguments) -> [ArgumentProblem] = { arguments in
        var problems: [ArgumentProblem] = []
        if case .int(let n)? = arguments.constants["attempts"], !(1...10).contains(n),
           let range = arguments.ranges["attempts"] {
            problems.append(ArgumentProblem("attempts must be from 1 to 10, found \(n)", at: range))
        }
        if case .duration(let d)? = arguments.constants["delay"], !(0...3_600_000).contains(d.milliseconds),
           let range = arguments.ranges["delay"] {
            problems.append(ArgumentProblem("the rerun delay must be from 0s to 1h, found \(d)", at: range))
        }
        return problems
    }

    static func save(_ invocation: Invocation, _ context: ExecutionContext) throws -> CommandResult {
        guard let json = invocation.string("when"), let schedule = try? ScheduleCoding.decode(json) else {
            throw CommandError("the schedule could not be read")
        }
        let ledger = try JobAccess.ledger(context)
        let now = context.clock.now().milliseconds
        // A start given is a possible first slot itself; otherwise the first slot after now.
        let from = invocation.arguments["start"].flatMap(milliseconds).map { $0 - 1 } ?? now
        guard let first = JobPlanner.nextFire(schedule, after: from) else {
            throw CommandError("the schedule never fires")
        }
        var draft = try draft(invocation, context, ledger, source: trimmedBlock(invocation.blockSource))
        draft.name = invocation.string("name")
        draft.scheduleJSON = json
        draft.earliestStart = first
        let saved = try JobAccess.store { try ledger.saveScheduledJob(draft) }
        let verb = saved.created ? "saved" : "updated"
        var text = "schedule '\(saved.entry.label)' \(verb): \(schedule); next run "
            + "\(JobRecords.instant(saved.entry.earliestStart).plainText)"
        if let note = JobAccess.workerNoteOnce(context, ledger) { text += "\n\(note)" }
        return .message(text)
    }

    /// The parts `schedule` and `enqueue` share: shop, category, attempts, delay, limits.
    static func draft(_ invocation: Invocation, _ context: ExecutionContext, _ ledger: Ledger,
                      source: String) throws -> JobDraft {
        let shop = JobAccess.currentShop(context, ledger)
        let shopCategory = shop.isEmpty ? nil : try? ledger.setting("sync_category", of: shop)
        let defaultCategory = shopCategory?.plainText ?? ""
        let delay = invocation.arguments["delay"].flatMap(durationMilliseconds) ?? 60_000
        return JobDraft(description: invocation.string("description") ?? "", source: source, shop: shop,
                        category: invocation.string("category") ?? defaultCategory,
                        earliestStart: context.clock.now().milliseconds,
                        expiresAt: invocation.arguments["until"].flatMap(milliseconds),
                        maxAttempts: Int(invocation.int("attempts") ?? 1),
                        rerunDelaySeconds: Int(delay / 1000),
                        timeLimitMilliseconds: invocation.arguments["limit"].flatMap(durationMilliseconds),
                        createdBy: ProcessInfo.processInfo.environment["USER"] ?? "")
    }

    /// The block's statements without the blank lines around them.
    static func trimmedBlock(_ text: String?) -> String {
        (text ?? "").trimmingCharacters(in: .newlines).trimmingCharacters(in: .whitespaces)
    }

    static func milliseconds(_ value: Value) -> Int64? {
        switch value {
        case .dateTime(let t): t.milliseconds
        case .date(let d): d.startOfDay.milliseconds
        default: nil
        }
    }

    static func durationMilliseconds(_ value: Value) -> Int64? {
        if case .duration(let span) = value { return span.milliseconds }
        return nil
    }

    static func enqueue(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            enqueue [category <category:string>] [attempts <attempts:int>] \
            [rerun delay <delay:duration>] [timeout <limit:duration>] <command:statement>
            """), topic: "jobs",
                    summary: "queue a command to run once in the background, as soon as a worker is free",
                    details: "The command is checked now and stored as text; 'wait job N' follows it.",
                    examples: ["enqueue shops", "enqueue list items where blocked = false",
                               "enqueue category \"REPORTS\" attempts 3 rerun delay 30s shops"],
                    validate: validateLimits) { invocation, context in
            guard let nested = invocation.nested else { throw CommandError("enqueue needs a command") }
            let ledger = try JobAccess.ledger(context)
            let draft = try draft(invocation, context, ledger, source: nested.source)
            let entry = try JobAccess.store { try ledger.enqueueJob(draft) }
            var text = "queued job \(entry.id); follow it with 'wait job \(entry.id)'"
            if let note = JobAccess.workerNoteOnce(context, ledger) { text += "\n\(note)" }
            return .message(text)
        }
    }

    static func nextRuns(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("next runs <job:any> [<count:int>]"), topic: "jobs",
                    summary: "preview when a scheduled entry runs next (5 times unless a count is given)",
                    examples: ["next runs \"orders\"", "next runs \"orders\" 10"]) { invocation, context in
            let ledger = try JobAccess.ledger(context)
            let entry = try JobAccess.entry(invocation.arguments["job"], in: ledger)
            guard let schedule = JobPlanner.schedule(of: entry) else {
                throw CommandError("'\(entry.label)' has no schedule; it runs once at its next start")
            }
            let count = Int(max(1, min(invocation.int("count") ?? 5, 1000)))
            let after = max(entry.earliestStart - 1, context.clock.now().milliseconds)
            let fires = schedule.nextFires(after: JobPlanner.date(after), count: count)
            return .value(.table(preview(fires, zone: schedule.timeZoneIdentifier)))
        }
    }

    static func preview(_ fires: [Date], zone: String) -> Table {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.dateFormat = "EEE yyyy-MM-dd HH:mm xxx"
        var table = Table(columns: [.init("run", .dateTime), .init("local_time", .string)])
        for fire in fires {
            table.append([JobRecords.instant(JobPlanner.milliseconds(fire)),
                          .string(formatter.string(from: fire) + " " + zone)])
        }
        return table
    }

    static func sleep(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sleep <span:duration>"), topic: "jobs",
                    summary: "wait a while; a stopped or timed-out job stops waiting at once",
                    examples: ["sleep 2s"]) { invocation, context in
            guard case .duration(let span)? = invocation.arguments["span"] else { return .none }
            try context.pause(for: span)
            return .none
        }
    }
}
