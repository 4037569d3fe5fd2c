import Database
import Foundation
import ShopSyncCore

/// Finds traces of a posting that did not complete: what a crash in the middle of a posting
/// would leave behind if postings were not atomic. A consistent ledger gives no findings.
///
/// Posted shipment and invoice lines carry the line number of the document line they came
/// from, which is what lets the checks tie them together.
public enum LedgerConsistency {
    /// One sentence per inconsistency, naming the records; empty when the ledger is consistent.
    public static func check(_ ledger: Ledger) throws -> [String] {
        try ledger.connection.readTransaction { database in
            var findings: [String] = []
            for check in checks {
                try database.forEach(check.sql, []) { row in findings.append(try check.describe(row)) }
            }
            return findings
        }
    }

    private struct Check: Sendable {
        let sql: String
        let describe: @Sendable (Row) throws -> String
    }

    private static let checks: [Check] = [shippedWithoutShipment, invoicedWithoutInvoice,
                                          saleWithoutShipment, shipmentStockMismatch, invoiceTotals,
                                          emptyShipments, emptyInvoices, finishedButNotDeleted,
                                          postedInvoiceDocuments]

    private static let shippedWithoutShipment = Check(sql: """
        SELECT l.document_no, l.line_no, l.quantity_shipped,
          (SELECT COALESCE(SUM(sl.quantity), 0) FROM sales_shipment_line sl
           JOIN sales_shipment_header sh ON sh.no = sl.shipment_no
           WHERE sh.order_no = l.document_no AND sl.line_no = l.line_no) AS in_shipments
        FROM sales_line l WHERE l.type <> 'comment' AND l.quantity_shipped <> in_shipments
        """) { row in
        "sales document \(try row.string(0)) line \(try row.int(1)): shipped \(try row.int(2)) "
            + "but its posted shipments hold \(try row.int(3))"
    }

    private static let invoicedWithoutInvoice = Check(sql: """
        SELECT l.document_no, l.line_no, l.quantity_invoiced,
          (SELECT COALESCE(SUM(il.quantity), 0) FROM sales_invoice_line il
           JOIN sales_invoice_header ih ON ih.no = il.invoice_no
           WHERE ih.order_no = l.document_no AND il.line_no = l.line_no) AS in_invoices
        FROM sales_line l WHERE l.type <> 'comment' AND l.quantity_invoiced <> in_invoices
        """) { row in
        "sales document \(try row.string(0)) line \(try row.int(1)): invoiced \(try row.int(2)) "
            + "but its posted invoices hold \(try row.int(3))"
    }

    private static let saleWithoutShipment = Check(sql: """
        SELECT e.entry_no, e.item_no, e.document_no FROM item_ledger_entry e
        WHERE e.entry_type = 'sale'
          AND NOT EXISTS (SELECT 1 FROM sales_shipment_header h WHERE h.no = e.document_no)
        ORDER BY e.entry_no
        """) { row in
        "item ledger entry \(try row.int(0)) (sale of \(try row.string(1))) has no posted shipment "
            + "'\(try row.string(2))'"
    }

    /// Every inventory line of a shipment moved exactly its quantity out of stock.
    private static let shipmentStockMismatch = Check(sql: """
        SELECT h.no,
          (SELECT COALESCE(SUM(sl.quantity), 0) FROM sales_shipment_line sl JOIN item i ON i.no = sl.item_no
           WHERE sl.shipment_no = h.no AND sl.type = 'item' AND i.type = 'inventory') AS shipped,
          (SELECT COALESCE(-SUM(e.quantity), 0) FROM item_ledger_entry e
           WHERE e.document_no = h.no AND e.entry_type = 'sale') AS moved
        FROM sales_shipment_header h WHERE shipped <> moved ORDER BY h.no
        """) { row in
        "posted shipment \(try row.string(0)) ships \(try row.int(1)) units of stock "
            + "but moved \(try row.int(2))"
    }

    private static let invoiceTotals = Check(sql: """
        SELECT h.no, h.amount,
          (SELECT COALESCE(SUM(l.amount), 0) FROM sales_invoice_line l WHERE l.invoice_no = h.no)
            - h.invoice_discount AS from_lines
        FROM sales_invoice_header h WHERE h.amount <> from_lines ORDER BY h.no
        """) { row in
        "posted invoice \(try row.string(0)): amount \(money(try row.int64(1))) "
            + "but its lines less discount make \(money(try row.int64(2)))"
    }

    private static let emptyShipments = Check(sql: """
        SELECT h.no FROM sales_shipment_header h
        WHERE NOT EXISTS (SELECT 1 FROM sales_shipment_line l WHERE l.shipment_no = h.no) ORDER BY h.no
        """) { row in "posted shipment \(try row.string(0)) has no lines" }

    private static let emptyInvoices = Check(sql: """
        SELECT h.no FROM sales_invoice_header h
        WHERE NOT EXISTS (SELECT 1 FROM sales_invoice_line l WHERE l.invoice_no = h.no) ORDER BY h.no
        """) { row in "posted invoice \(try row.string(0)) has no lines" }

    /// Posting deletes a document once it is shipped and invoiced in full.
    private static let finishedButNotDeleted = Check(sql: """
        SELECT h.no FROM sales_header h
        WHERE h.document_type = 'order'
          AND EXISTS (SELECT 1 FROM sales_line l WHERE l.document_no = h.no AND l.quantity > 0)
          AND NOT EXISTS (SELECT 1 FROM sales_line l WHERE l.document_no = h.no
                          AND (l.quantity_shipped < l.quantity OR l.quantity_invoiced < l.quantity))
        ORDER BY h.no
        """) { row in "sales order \(try row.string(0)) is shipped and invoiced in full but not deleted" }

    /// An invoice document is posted in one step, so one with posted records is half-posted.
    private static let postedInvoiceDocuments = Check(sql: """
        SELECT h.no FROM sales_header h WHERE h.document_type = 'invoice'
          AND (EXISTS (SELECT 1 FROM sales_shipment_header s WHERE s.order_no = h.no)
               OR EXISTS (SELECT 1 FROM sales_invoice_header i WHERE i.order_no = h.no))
        ORDER BY h.no
        """) { row in "sales invoice \(try row.string(0)) has posted records but was not deleted" }

    private static func money(_ stored: Int64) -> String {
        DecimalText.format(Storage.decimal(fromMoney: stored))
    }
}
