import Foundation
import JobQueue
import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter
import Sync

/// `create sales documents`, `order "#1001" resolve`, `reset sync <entity> to <instant>`.
enum OrderCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [createSalesDocuments(registry), resolve(registry), resetSync(registry)]
    }

    static func createSalesDocuments(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(
            registry.pattern("create sales documents"), topic: "sync",
            summary:
                "turn the current shop's imported Shopify orders into sales orders and invoices",
            details: """
                Each unprocessed order the filter selects (fields of shopify_orders) is mapped \
                to a customer and items by the shop's settings and becomes a sales order, or a \
                sales invoice when it is fulfilled and fulfilled_orders_as_invoices is on; it is \
                released when auto_release is on. An order that cannot be mapped keeps the \
                reason in its error field, nothing of its document is kept, and it is tried \
                again on the next run. Running it twice creates nothing the second time. \
                --dry-run reports what would be created and writes nothing. With \
                allow_background_syncs on, it is queued as a job instead of running here.
                """,
            examples: [
                "create sales documents", "create sales documents where not has_error",
                "create sales documents --dry-run where channel = \"Online Store\"",
            ],
            filter: .entity(LedgerCatalogue.shopifyOrders.name),
            options: [OptionSpec("dry-run", help: "report what would be created; write nothing")]
        ) {
            inv, context in
            // With allow_background_syncs on, a run started by hand becomes a job; a dry run is
            // for reading now.
            if !inv.has("dry-run"),
               case .queued(_, let message) = try BackgroundRunner.runOrEnqueue(inv, context: context) {
                return .message(message)
            }
            let started = context.clock.now()
            let run = try context.withLedger { ledger in
                let creator = SalesDocumentCreator(
                    ledger: ledger, shop: try context.currentShop(ledger))
                return try creator.run(
                    where: inv.filter, dryRun: inv.has("dry-run"),
                    cancellation: context.cancellation
                ) { done, total in
                    if context.output.isTerminal {
                        context.output.progress("create sales documents \(done)/\(total)")
                    }
                }
            }
            context.output.progress(nil)
            var summary = record(run)
            summary["elapsed"] = .duration(TimeSpan(
                milliseconds: context.clock.now().milliseconds - started.milliseconds))
            return .value(.record(summary))
        }
    }

    static func record(_ run: SalesDocumentRun) -> Record {
        Record([
            ("selected", .int(Int64(run.selected))), ("created", .int(Int64(run.created.count))),
            ("skipped", .int(Int64(run.skipped))), ("failed", .int(Int64(run.failures.count))),
            ("dry_run", .bool(run.dryRun)), ("cancelled", .bool(run.cancelled)),
            (
                "documents",
                .list(
                    run.created.map {
                        .string(
                            "\($0.orderName): \($0.type.rawValue)"
                                + ($0.documentNo.isEmpty ? "" : " \($0.documentNo)"))
                    })
            ),
            ("failures", .list(run.failures.map { .string("\($0.orderName): \($0.problem)") })),
        ])
    }

    static func resolve(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(
            registry.pattern("order <name:string> resolve"), topic: "sync",
            summary: "accept a Shopify order's edits after processing and clear its flag",
            details: "An order changed in Shopify after its sales document was created is flagged "
                + "edited_after_processing with the reason (list shopify_orders where "
                + "edited_after_processing); nothing is applied to the document. Once the document "
                + "is put right, resolve makes the order as it now is the new reference.",
            examples: ["order \"#1001\" resolve"]
        ) { inv, context in
            let name = inv.string("name") ?? ""
            try context.withLedger { ledger in
                try ledger.resolveOrderEdit(shop: try context.currentShop(ledger), orderName: name)
            }
            return .message("order \(name): edits resolved")
        }
    }

    static func resetSync(_ registry: CommandRegistry) -> CommandSpec {
        let entities = SyncEntity.allCases.map(\.rawValue).joined(separator: "|")
        return CommandSpec(
            registry.pattern("reset sync <entity:\(entities)> to <at:datetime>"), topic: "sync",
            summary: "set where the current shop's next incremental sync resumes",
            details: "The next run reads what Shopify changed after this instant (less a "
                + "five-minute overlap). A date means its midnight in UTC. Earlier re-reads, "
                + "later skips; list sync_cursors shows them.",
            examples: ["reset sync orders to 2026-01-01", "reset sync customers to (now - 1d)"]
        ) {
            inv, context in
            let entity = SyncEntity(rawValue: inv.string("entity") ?? "") ?? .orders
            let at: Timestamp
            switch inv.arguments["at"] {
            case .dateTime(let t)?: at = t
            case .date(let d)?: at = d.startOfDay
            default: throw CommandError("reset sync needs a date or an instant")
            }
            try context.withLedger { ledger in
                try ledger.resetSyncCursor(
                    shop: try context.currentShop(ledger), entity: entity, to: at)
            }
            return .message("sync \(entity.rawValue) resumes after \(at)")
        }
    }
}
