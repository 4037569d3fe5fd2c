import Ledger
import ShopSyncCore
import ShsInterpreter

/// `post sales order`, `post sales orders where ...`, `post sales invoice(s)`: the ERP's batch
/// posting (the reference's reports 296 and 297), each document on its own.
enum PostingCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [postOrder(registry), postOrders(registry), postInvoice(registry), postInvoices(registry)]
    }

    static let mode = "[<mode:ship|invoice|both>] [posting date <date:date>]"

    static func flags(_ inv: Invocation) -> (ship: Bool, invoice: Bool) {
        switch inv.string("mode") {
        case "ship": return (true, false)
        case "invoice": return (false, true)
        default: return (true, true)
        }
    }

    static func postOrder(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("post sales order <no:string> \(mode)"), topic: "ledger",
                    summary: "post one sales order: ship, invoice, or both (the default)",
                    examples: ["post sales order \"SO-1001\" ship"]) { inv, context in
            let (ship, invoice) = flags(inv)
            let result = try context.withLedger {
                try $0.post(salesOrder: inv.string("no") ?? "", ship: ship, invoice: invoice,
                            postingDate: inv.date("date"))
            }
            return .value(.record(record(result)))
        }
    }

    static func postOrders(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("post sales orders \(mode)"), topic: "ledger",
                    summary: "post every sales order the filter selects, each on its own",
                    details: "A document that fails is recorded with its reason in posting_errors and "
                        + "the batch goes on; the result counts what was selected, posted and failed.",
                    examples: ["post sales orders where shopify_order_no is not empty and posting_date <= today",
                               "post sales orders ship where customer_no = \"C1000\""],
                    filter: .entity(LedgerCatalogue.salesOrders.name)) { inv, context in
            let (ship, invoice) = flags(inv)
            let result = try context.withLedger {
                try $0.postSalesOrders(where: inv.filter, ship: ship, invoice: invoice,
                                       postingDate: inv.date("date"), cancellation: context.cancellation)
            }
            return .value(.record(record(result)))
        }
    }

    static func postInvoice(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("post sales invoice <no:string> [posting date <date:date>]"),
                    topic: "ledger", summary: "post one open sales invoice",
                    examples: ["post sales invoice \"SI-1001\""]) { inv, context in
            let result = try context.withLedger {
                try $0.post(salesInvoice: inv.string("no") ?? "", postingDate: inv.date("date"))
            }
            return .value(.record(record(result)))
        }
    }

    static func postInvoices(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("post sales invoices [posting date <date:date>]"), topic: "ledger",
                    summary: "post every open sales invoice the filter selects, each on its own",
                    examples: ["post sales invoices where shopify_order_no is not empty"],
                    filter: .entity(LedgerCatalogue.salesInvoices.name)) { inv, context in
            let result = try context.withLedger {
                try $0.postSalesInvoices(where: inv.filter, postingDate: inv.date("date"),
                                         cancellation: context.cancellation)
            }
            return .value(.record(record(result)))
        }
    }

    static func record(_ result: PostingResult) -> Record {
        Record([("document", .string(result.documentNo)),
                ("shipment", result.shipmentNo.map { .string($0) } ?? .null),
                ("invoice", result.invoiceNo.map { .string($0) } ?? .null),
                ("completed", .bool(result.completed))])
    }

    static func record(_ result: BatchResult) -> Record {
        Record([("batch", .string(result.batchId)), ("selected", .int(Int64(result.selected))),
                ("posted", .int(Int64(result.postedCount))), ("failed", .int(Int64(result.failedCount))),
                ("skipped", .int(Int64(result.skipped.count))), ("cancelled", .bool(result.cancelled)),
                ("failures", .list(result.failures.map { .string("\($0.documentNo): \($0.message)") }))])
    }
}
