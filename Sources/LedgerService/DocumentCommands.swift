import Foundation
import Ledger
import ShopSyncCore
import ShsInterpreter

/// `sales order add`, `sales invoice add`, `sales document <no> release|reopen|delete`.
enum DocumentCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [add(registry), change(registry)]
    }

    static func add(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            sales <kind:order|invoice> add <customer:string> lines <lines:list> \
            [shopify order <shopify_no:string>] [posting date <date:date>] [release]
            """),
                    topic: "ledger", summary: "create a sales order or invoice with its lines",
                    details: "Each line is a record: {item: \"1000\", qty: 2, at: \"MAIN\"} with optional "
                        + "variant, price (else the item's) and discount, or {account: \"6100\", "
                        + "amount: 4.95} for a G/L line, or {comment: \"text\"}.",
                    examples: [#"sales order add "C1000" lines [{item: "1000", qty: 2, at: "MAIN"}]"#,
                               #"sales invoice add "C1000" lines [{account: "6100", amount: 4.95}] release"#]) {
            inv, context in
            guard case .list(let items)? = inv.arguments["lines"], !items.isEmpty else {
                throw CommandError("a sales document needs at least one line")
            }
            let parsed = try items.enumerated().map { try line($1, position: $0 + 1) }
            let kind: SalesDocumentType = inv.string("kind") == "invoice" ? .invoice : .order
            let header = SalesHeader(documentType: kind, sellToCustomerNo: inv.string("customer") ?? "",
                                     postingDate: inv.date("date"), shopifyOrderNo: inv.string("shopify_no") ?? "")
            let no = try context.withLedger { ledger in
                try ledger.connection.writeTransaction { _ in
                    // A line without a price sells at the item's unit price.
                    let lines = try parsed.map { line, price in
                        var line = line
                        line.unitPrice = try price ?? ledger.item(line.no)?.unitPrice ?? 0
                        return line
                    }
                    let no = try ledger.createSalesDocument(header, lines: lines)
                    if inv.has("release") { try ledger.releaseSalesDocument(no) }
                    return no
                }
            }
            return .value(.string(no))
        }
    }

    /// One line from its record, and its price when given; a missing field names the line.
    static func line(_ value: Value, position: Int) throws -> (SalesLine, Decimal?) {
        guard case .record(let r) = value else {
            throw CommandError("line \(position) must be a record such as {item: \"1000\", qty: 1}")
        }
        func text(_ key: String) -> String? { r[key].flatMap { if case .string(let s) = $0 { s } else { nil } } }
        func number(_ key: String) -> Decimal? {
            switch r[key] {
            case .int(let i)?: return Decimal(i)
            case .decimal(let d)?: return d
            default: return nil
            }
        }
        if let comment = text("comment") { return (SalesLine(type: .comment, description: comment), 0) }
        if let account = text("account") {
            return (SalesLine(type: .glAccount, no: account, description: text("description") ?? "",
                              quantity: 1), number("amount") ?? 0)
        }
        guard let item = text("item"), case .int(let qty)? = r["qty"] else {
            throw CommandError("line \(position) needs item and qty (or account and amount, or comment)")
        }
        let line = SalesLine(type: .item, no: item, variantCode: text("variant") ?? "",
                             locationCode: text("at") ?? "", quantity: Int(qty),
                             lineDiscount: number("discount") ?? 0)
        return (line, number("price"))
    }

    static func change(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sales document <no:string> <action:release|reopen|delete>"),
                    topic: "ledger", summary: "release, reopen or delete an open sales document",
                    examples: ["sales document \"SO-1001\" release"]) { inv, context in
            let no = inv.string("no") ?? "", action = inv.string("action") ?? ""
            try context.withLedger { ledger in
                switch action {
                case "release": try ledger.releaseSalesDocument(no)
                case "reopen": try ledger.reopenSalesDocument(no)
                default: try ledger.deleteSalesDocument(no)
                }
            }
            return .message("\(no): \(action == "delete" ? "deleted" : action + "d")")
        }
    }
}
