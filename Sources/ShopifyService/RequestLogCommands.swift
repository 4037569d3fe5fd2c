import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter

/// `shopify log [all shops] [where ...]`, `shopify log entry <n>` and `shopify log prune`: the
/// request log, which is also the record kind `api_requests` (`list api_requests where is_error`).
enum RequestLogCommands {
    /// Entries shown when the statement gives no limit.
    static let defaultLimit = 20

    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [list(registry), entry(registry), prune(registry)]
    }

    static func list(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shopify log [all shops]"), topic: "shopify",
                    summary: "list the current shop's API requests, newest first",
                    details: "Each entry: when, operation, cost requested and actual, HTTP status, "
                        + "Shopify's request id, retries, error flag, duration. Which requests are "
                        + "kept is the shop setting logging_mode (off, errors, all). Without a "
                        + "limit the newest \(defaultLimit) are shown; 'shopify log entry <n>' shows "
                        + "one with its bodies (secrets removed).",
                    examples: ["shopify log", "shopify log where is_error",
                               "shopify log where operation = \"OrderImportPage\" and retries > 0 limit 5",
                               "shopify log all shops order by cost_actual desc limit 10"],
                    filter: .entity(LedgerCatalogue.apiRequests.name), allowsOrdering: true,
                    allowsLimit: true) { inv, context in
            try context.withLedger { ledger in
                var filter = inv.filter
                if !inv.has("all_shops") {
                    let shop = Filter.compare(.equal, .field("shop", .string),
                                              .constant(.string(try context.currentShop(ledger))))
                    filter = filter.map { .and(shop, $0) } ?? shop
                }
                let ordering = inv.ordering.isEmpty
                    ? [(field: "id", descending: true)] : inv.ordering.map { ($0.field, $0.descending) }
                let query = LedgerQuery(filter: filter, ordering: ordering, limit: inv.limit ?? defaultLimit)
                return .value(.table(try ledger.fetch(LedgerCatalogue.apiRequests, query)))
            }
        }
    }

    static func entry(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shopify log entry <id:int>"), topic: "shopify",
                    summary: "show one request log entry with its request and response bodies",
                    examples: ["shopify log entry 12"]) { inv, context in
            let id = inv.int("id") ?? 0
            guard let entry = try context.withLedger({ try $0.requestLogEntry(id: id) }) else {
                throw CommandError("no request log entry \(id); 'shopify log' lists them")
            }
            return .value(.record(record(entry)))
        }
    }

    static func prune(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shopify log prune older than <age:duration>"), topic: "shopify",
                    summary: "delete the current shop's request log entries older than a duration",
                    details: "With logging_mode all the log grows with every request; a schedule "
                        + "can keep it to a window, e.g. 'shopify log prune older than 30d'.",
                    examples: ["shopify log prune older than 30d"]) { inv, context in
            guard case .duration(let age)? = inv.arguments["age"], age > .zero else {
                throw CommandError("the age to keep is a positive duration, e.g. 30d")
            }
            let cutoff = context.clock.now().milliseconds - age.milliseconds
            let removed = try context.withLedger { ledger in
                try ledger.pruneRequestLog(shop: try context.currentShop(ledger), before: cutoff)
            }
            return .message("\(removed) request log entr\(removed == 1 ? "y" : "ies") deleted")
        }
    }

    static func record(_ entry: RequestLogEntry) -> Record {
        Record([("id", .int(entry.id)), ("shop", .string(entry.shop)),
                ("at", .dateTime(Timestamp(milliseconds: entry.at))), ("operation", .string(entry.operation)),
                ("cost_requested", entry.costRequested.map { .int(Int64($0)) } ?? .null),
                ("cost_actual", entry.costActual.map { .int(Int64($0)) } ?? .null),
                ("http_status", .int(Int64(entry.httpStatus))), ("request_id", .string(entry.requestID)),
                ("retries", .int(Int64(entry.retries))), ("is_error", .bool(entry.isError)),
                ("duration_ms", .int(entry.durationMilliseconds)),
                ("request_body", .string(entry.requestBody)), ("response_body", .string(entry.responseBody))])
    }
}
