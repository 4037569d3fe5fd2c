import Database
import Foundation

/// What one posting does to each line: how much it ships and how much it invoices, in the
/// ledger's integer money so amounts add up exactly.
struct PostingPlan {
    struct Line {
        let line: SalesLine
        let ship: Int
        let invoice: Int
        let unitPrice: Int64
        let lineDiscount: Int64

        /// The invoiced quantity's amount. The line discount is shared by cumulative quantity,
        /// so the invoices of one line add up to exactly its discount however it is split.
        var invoiceAmount: Int64 {
            let before = Int64(line.quantityInvoiced), after = before + Int64(invoice)
            let quantity = Int64(max(line.quantity, 1))
            let share = lineDiscount * after / quantity - lineDiscount * before / quantity
            return Int64(invoice) * unitPrice - share
        }
    }

    let lines: [Line]
    /// The header's invoice discount when this posting makes the document's first invoice.
    let invoiceDiscount: Int64

    /// An order ships each line's quantity to ship (all that is outstanding when none was set);
    /// an invoice document ships everything. Invoicing takes what was shipped and not yet
    /// invoiced, plus what this posting ships.
    init(_ document: SalesDocument, ship: Bool, invoice: Bool) throws {
        let whole = document.header.documentType == .invoice
        lines = try document.lines.filter { $0.type != .comment }.map { line in
            let outstanding = line.outstandingQuantity
            let toShip = ship ? (whole ? outstanding : line.quantityToShip ?? outstanding) : 0
            guard toShip <= outstanding else {
                throw LedgerError.quantityToShipTooLarge(document: document.header.no, line: line.lineNo,
                                                         requested: toShip, outstanding: outstanding)
            }
            let toInvoice = invoice ? line.quantityShipped - line.quantityInvoiced + toShip : 0
            return Line(line: line, ship: toShip, invoice: toInvoice,
                        unitPrice: Storage.money(line.unitPrice),
                        lineDiscount: Storage.money(line.lineDiscount))
        }
        let firstInvoice = !document.lines.contains { $0.quantityInvoiced > 0 }
        invoiceDiscount = firstInvoice ? Storage.money(document.header.invoiceDiscount) : 0
    }

    var shipping: [Line] { lines.filter { $0.ship > 0 } }
    var invoicing: [Line] { lines.filter { $0.invoice > 0 } }
    var isEmpty: Bool { shipping.isEmpty && invoicing.isEmpty }

    /// Whether, after this posting, every line is shipped and invoiced in full.
    var completesDocument: Bool {
        lines.allSatisfy { plan in
            plan.line.quantityShipped + plan.ship == plan.line.quantity
                && plan.line.quantityInvoiced + plan.invoice == plan.line.quantity
        }
    }
}

/// Every write of one posting goes through here, so the test hook can stop a posting after
/// any number of writes and a test can prove the transaction undoes all of them.
final class PostingWrites {
    let connection: Database
    let limit: Int?
    private(set) var count = 0

    init(_ connection: Database, limit: Int?) {
        self.connection = connection
        self.limit = limit
    }

    func run(_ sql: String, _ binds: [SQLValue]) throws {
        try countWrite()
        try connection.run(sql, binds)
    }

    /// The next number of a series; it is a write, so it counts.
    func nextNumber(series: String, in ledger: Ledger) throws -> String {
        try countWrite()
        return try ledger.nextNumber(series: series)
    }

    private func countWrite() throws {
        if let limit, count >= limit { throw LedgerError.injectedFault(afterWrites: count) }
        count += 1
    }
}
