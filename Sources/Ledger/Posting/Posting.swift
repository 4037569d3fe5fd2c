import Database
import Foundation
import ShopSyncCore

/// What one posting produced.
public struct PostingResult: Sendable, Equatable {
    public let documentNo: String
    /// The posted shipment, when the posting shipped anything.
    public let shipmentNo: String?
    /// The posted invoice, when the posting invoiced anything.
    public let invoiceNo: String?
    /// Everything is shipped and invoiced, so the document was deleted.
    public let completed: Bool
}

/// Posting sales documents: shipments move stock, invoices fix amounts, a finished document is
/// deleted. Each posting is one write transaction (a savepoint inside the caller's), so it
/// happens completely or not at all.
///
/// An open document is released by its posting, as an ERP's posting routine does; the batch
/// filter decides whether open documents are picked at all (e.g. `status = "released"`).
extension Ledger {
    /// Ships and/or invoices a sales order. Shipping takes each line's quantity to ship (all
    /// that is outstanding unless `setQuantityToShip` said less); invoicing takes what is
    /// shipped and not invoiced. `postingDate` replaces the document's posting date.
    @discardableResult
    public func post(salesOrder no: String, ship: Bool = true, invoice: Bool = true,
                     postingDate: CivilDate? = nil) throws -> PostingResult {
        try post(no, as: .order, ship: ship, invoice: invoice, postingDate: postingDate)
    }

    /// Posts an open sales invoice in one step: a shipment of all its lines and the invoice.
    @discardableResult
    public func post(salesInvoice no: String, postingDate: CivilDate? = nil) throws -> PostingResult {
        try post(no, as: .invoice, ship: true, invoice: true, postingDate: postingDate)
    }

    private func post(_ no: String, as type: SalesDocumentType, ship: Bool, invoice: Bool,
                      postingDate: CivilDate?) throws -> PostingResult {
        try connection.writeTransaction { _ in
            let document = try requireDocument(no)
            guard document.header.documentType == type else {
                throw LedgerError.unknown(kind: type == .order ? "sales order" : "sales invoice", key: no)
            }
            let plan = try PostingPlan(document, ship: ship, invoice: invoice)
            guard !plan.isEmpty else { throw LedgerError.nothingToPost(document: no) }
            let inventoryItems = try checkPostable(document, plan)
            let writes = PostingWrites(connection, limit: postingFaultAfterWrites)
            let date = (postingDate ?? document.header.postingDate ?? clock.now().date).description
            if document.header.status == .open {
                try writes.run("UPDATE sales_header SET status = 'released' WHERE no = ?", [.text(no)])
            }
            let shipment = plan.shipping.isEmpty
                ? nil : try postShipment(document, plan, date, inventoryItems, writes)
            let invoiced = plan.invoicing.isEmpty ? nil : try postInvoice(document, plan, date, writes)
            if plan.completesDocument {
                try writes.run("DELETE FROM sales_header WHERE no = ?", [.text(no)])
            }
            return PostingResult(documentNo: no, shipmentNo: shipment, invoiceNo: invoiced,
                                 completed: plan.completesDocument)
        }
    }

    /// Customers, items and accounts may have been blocked since the document was made.
    /// Returns the numbers of the inventory items among the lines: their shipments move stock.
    private func checkPostable(_ document: SalesDocument, _ plan: PostingPlan) throws -> Set<String> {
        for no in Set([document.header.sellToCustomerNo, document.header.billToCustomerNo]) {
            try requireUnblockedCustomer(no)
        }
        var inventory: Set<String> = []
        for line in plan.lines where line.ship > 0 || line.invoice > 0 {
            switch line.line.type {
            case .item:
                if try requireUnblockedItem(line.line.no).type == .inventory {
                    inventory.insert(line.line.no)
                }
            case .glAccount: try requireUnblockedAccount(line.line.no)
            case .comment: break
            }
        }
        return inventory
    }

    private func postShipment(_ document: SalesDocument, _ plan: PostingPlan, _ date: String,
                              _ inventoryItems: Set<String>, _ writes: PostingWrites) throws -> String {
        let header = document.header
        let no = try writes.nextNumber(series: "posted_shipment", in: self)
        try writes.run("""
            INSERT INTO sales_shipment_header (no, order_no, shop, customer_no, posting_date,
              shopify_order_id, shopify_order_no, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(no), .text(header.no), .text(header.shop), .text(header.sellToCustomerNo),
                  .text(date), .integer(header.shopifyOrderId), .text(header.shopifyOrderNo), .integer(now)])
        for planned in plan.shipping {
            try shipLine(planned, shipment: no, document: header.no, date: date,
                         movesStock: inventoryItems.contains(planned.line.no), writes)
        }
        // A quantity to ship applies to one posting; the next ships all that is left.
        if document.lines.contains(where: { $0.quantityToShip != nil }) {
            try writes.run("UPDATE sales_line SET quantity_to_ship = NULL WHERE document_no = ?",
                           [.text(header.no)])
        }
        return no
    }

    /// One shipment line, the stock it moves, and the order line's shipped quantity.
    private func shipLine(_ planned: PostingPlan.Line, shipment: String, document: String, date: String,
                          movesStock: Bool, _ writes: PostingWrites) throws {
        let line = planned.line
        try writes.run("""
            INSERT INTO sales_shipment_line (shipment_no, line_no, type, item_no, variant_code, description,
              location_code, quantity, shopify_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(shipment), .integer(Int64(line.lineNo)), .text(line.type.rawValue), .text(line.no),
                  .text(line.variantCode), .text(line.description), .text(line.locationCode),
                  .integer(Int64(planned.ship)), .integer(line.shopifyLineId)])
        if line.type == .item, movesStock {
            try writes.run("""
                INSERT INTO item_ledger_entry (item_no, variant_code, location_code, posting_date,
                  entry_type, document_no, quantity, created_at) VALUES (?, ?, ?, ?, 'sale', ?, ?, ?)
                """, [.text(line.no), .text(line.variantCode), .text(line.locationCode), .text(date),
                      .text(shipment), .integer(-Int64(planned.ship)), .integer(now)])
        }
        try writes.run("""
            UPDATE sales_line SET quantity_shipped = quantity_shipped + ?
            WHERE document_no = ? AND line_no = ?
            """, [.integer(Int64(planned.ship)), .text(document), .integer(Int64(line.lineNo))])
    }

    private func postInvoice(_ document: SalesDocument, _ plan: PostingPlan, _ date: String,
                             _ writes: PostingWrites) throws -> String {
        let header = document.header
        let no = try writes.nextNumber(series: "posted_invoice", in: self)
        let amount = plan.invoicing.reduce(Int64(0)) { $0 + $1.invoiceAmount } - plan.invoiceDiscount
        try writes.run("""
            INSERT INTO sales_invoice_header (no, order_no, shop, customer_no, posting_date, currency, amount,
              invoice_discount, shopify_order_id, shopify_order_no, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(no), .text(header.no), .text(header.shop), .text(header.billToCustomerNo),
                  .text(date), .text(header.currency), .integer(amount), .integer(plan.invoiceDiscount),
                  .integer(header.shopifyOrderId), .text(header.shopifyOrderNo), .integer(now)])
        for planned in plan.invoicing {
            try invoiceLine(planned, invoice: no, document: header.no, writes)
        }
        return no
    }

    private func invoiceLine(_ planned: PostingPlan.Line, invoice: String, document: String,
                             _ writes: PostingWrites) throws {
        let line = planned.line
        try writes.run("""
            INSERT INTO sales_invoice_line (invoice_no, line_no, type, no, variant_code, description,
              quantity, unit_price, line_discount, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(invoice), .integer(Int64(line.lineNo)), .text(line.type.rawValue), .text(line.no),
                  .text(line.variantCode), .text(line.description), .integer(Int64(planned.invoice)),
                  .integer(planned.unitPrice), .integer(Int64(planned.invoice) * planned.unitPrice
                                                        - planned.invoiceAmount),
                  .integer(planned.invoiceAmount)])
        try writes.run("""
            UPDATE sales_line SET quantity_invoiced = quantity_invoiced + ?
            WHERE document_no = ? AND line_no = ?
            """, [.integer(Int64(planned.invoice)), .text(document), .integer(Int64(line.lineNo))])
    }
}
