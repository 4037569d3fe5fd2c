import Database
import Foundation
import ShopSyncCore

/// Creating, releasing, reopening, reading and deleting open sales documents.
extension Ledger {
    /// Creates a sales order or invoice with its lines in one transaction and returns its number.
    ///
    /// Refuses an unknown or blocked customer, an unknown or blocked item or G/L account, an
    /// unknown variant or location, and an item or G/L line without a quantity above 0.
    @discardableResult
    public func createSalesDocument(_ header: SalesHeader, lines: [SalesLine]) throws -> String {
        try connection.writeTransaction { _ in
            var header = header
            try validateCustomers(&header)
            if header.no.isEmpty {
                let series = header.documentType == .order ? "sales_order" : "sales_invoice"
                header.no = try nextNumber(series: series)
            }
            try insertHeader(header)
            for (index, line) in lines.enumerated() {
                var line = line
                if line.lineNo == 0 { line.lineNo = (index + 1) * 10_000 }
                try validate(&line, document: header.no)
                try insertLine(line, document: header.no)
            }
            return header.no
        }
    }

    private func validateCustomers(_ header: inout SalesHeader) throws {
        if header.billToCustomerNo.isEmpty { header.billToCustomerNo = header.sellToCustomerNo }
        for no in Set([header.sellToCustomerNo, header.billToCustomerNo]) {
            try requireUnblockedCustomer(no)
        }
    }

    func requireUnblockedCustomer(_ no: String) throws {
        guard let customer = try customer(no) else { throw LedgerError.unknownCustomer(no) }
        if customer.blocked { throw LedgerError.blocked(kind: "customer", key: no) }
    }

    /// Checks a line against master data and fills the item's description when it has none.
    private func validate(_ line: inout SalesLine, document: String) throws {
        if line.type != .comment, line.quantity <= 0 {
            throw LedgerError.invalidQuantity(document: document, line: line.lineNo, quantity: line.quantity)
        }
        switch line.type {
        case .item:
            let item = try requireUnblockedItem(line.no)
            try requireVariant(itemNo: line.no, code: line.variantCode)
            if !line.locationCode.isEmpty {
                try requireLocation(line.locationCode)
            } else if item.type == .inventory {
                throw LedgerError.missingLocation(document: document, line: line.lineNo)
            }
            if line.description.isEmpty { line.description = item.description }
        case .glAccount:
            try requireUnblockedAccount(line.no)
            if line.description.isEmpty { line.description = try glAccount(line.no)?.name ?? "" }
        case .comment:
            break
        }
    }

    func requireUnblockedItem(_ no: String) throws -> Item {
        let item = try requireItem(no)
        if item.blocked { throw LedgerError.blocked(kind: "item", key: no) }
        return item
    }

    func requireUnblockedAccount(_ no: String) throws {
        guard let account = try glAccount(no) else { throw LedgerError.unknown(kind: "G/L account", key: no) }
        if account.blocked { throw LedgerError.blocked(kind: "G/L account", key: no) }
    }

    private func insertHeader(_ h: SalesHeader) throws {
        let orderDate = h.orderDate ?? clock.now().date
        try translatingConstraints(kind: "sales document", key: h.no) {
            try connection.run("""
                INSERT INTO sales_header (no, document_type, shop, sell_to_customer_no, bill_to_customer_no,
                  ship_to_name, ship_to_address, ship_to_city, ship_to_post_code, ship_to_country_code,
                  order_date, posting_date, currency, prices_including_tax, shipment_method,
                  payment_method, invoice_discount, shopify_order_id, shopify_order_no, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(h.no), .text(h.documentType.rawValue), .text(h.shop), .text(h.sellToCustomerNo),
                      .text(h.billToCustomerNo), .text(h.shipToName), .text(h.shipToAddress),
                      .text(h.shipToCity), .text(h.shipToPostCode), .text(h.shipToCountryCode),
                      .text(orderDate.description), .text((h.postingDate ?? orderDate).description),
                      .text(h.currency), .integer(h.pricesIncludingTax ? 1 : 0), .text(h.shipmentMethod),
                      .text(h.paymentMethod), .integer(Storage.money(h.invoiceDiscount)),
                      .integer(h.shopifyOrderId), .text(h.shopifyOrderNo), .text(h.status.rawValue),
                      .integer(now)])
        }
    }

    private func insertLine(_ l: SalesLine, document: String) throws {
        try translatingConstraints(kind: "sales line", key: "\(document) \(l.lineNo)") {
            try connection.run("""
                INSERT INTO sales_line (document_no, line_no, type, no, variant_code, description,
                  location_code, quantity, unit_price, line_discount, shopify_line_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(document), .integer(Int64(l.lineNo)), .text(l.type.rawValue), .text(l.no),
                      .text(l.variantCode), .text(l.description), .text(l.locationCode),
                      .integer(Int64(l.quantity)), .integer(Storage.money(l.unitPrice)),
                      .integer(Storage.money(l.lineDiscount)), .integer(l.shopifyLineId)])
        }
    }

    /// Releases a document: it then counts as demand in available stock.
    public func releaseSalesDocument(_ no: String) throws {
        try setStatus(no, to: .released)
    }

    /// Reopens a released document.
    public func reopenSalesDocument(_ no: String) throws {
        try setStatus(no, to: .open)
    }

    private func setStatus(_ no: String, to status: SalesDocumentStatus) throws {
        guard try connection.scalar("SELECT 1 FROM sales_header WHERE no = ?", [.text(no)]) != nil else {
            throw LedgerError.unknownDocument(no)
        }
        try connection.run("UPDATE sales_header SET status = ? WHERE no = ?",
                           [.text(status.rawValue), .text(no)])
    }

    /// Deletes an open document and its lines; a released one must be reopened first, and one
    /// that has shipped or invoiced anything cannot be deleted.
    public func deleteSalesDocument(_ no: String) throws {
        try connection.writeTransaction { _ in
            let document = try requireDocument(no)
            guard document.header.status == .open else {
                throw LedgerError.wrongStatus(document: no, status: document.header.status.rawValue,
                                              expected: "open")
            }
            if document.lines.contains(where: { $0.quantityShipped > 0 || $0.quantityInvoiced > 0 }) {
                throw LedgerError.wrongStatus(document: no, status: "partly posted", expected: "unposted")
            }
            try connection.run("DELETE FROM sales_header WHERE no = ?", [.text(no)])
        }
    }

    /// Sets how much of a line the next posting ships (0 ships none of it); at most what is
    /// outstanding. Posting clears it again, so the line after that ships all that is left.
    public func setQuantityToShip(document: String, line lineNo: Int, quantity: Int) throws {
        let sales = try requireDocument(document)
        guard let line = sales.lines.first(where: { $0.lineNo == lineNo }) else {
            throw LedgerError.unknown(kind: "sales line", key: "\(document) \(lineNo)")
        }
        guard quantity >= 0, quantity <= line.outstandingQuantity else {
            throw LedgerError.quantityToShipTooLarge(document: document, line: lineNo, requested: quantity,
                                                     outstanding: line.outstandingQuantity)
        }
        try connection.run("UPDATE sales_line SET quantity_to_ship = ? WHERE document_no = ? AND line_no = ?",
                           [.integer(Int64(quantity)), .text(document), .integer(Int64(lineNo))])
    }

    /// The open document with its lines, or nil.
    public func salesDocument(_ no: String) throws -> SalesDocument? {
        guard let row = try connection.queryOne("SELECT * FROM sales_header WHERE no = ?", [.text(no)]) else {
            return nil
        }
        let lines = try connection.query("SELECT * FROM sales_line WHERE document_no = ? ORDER BY line_no",
                                         [.text(no)]).map(salesLine(from:))
        return SalesDocument(header: try salesHeader(from: row), lines: lines)
    }

    func requireDocument(_ no: String) throws -> SalesDocument {
        guard let document = try salesDocument(no) else { throw LedgerError.unknownDocument(no) }
        return document
    }

    /// The document's amount: its lines less the invoice discount.
    public func documentAmount(_ no: String) throws -> Decimal {
        try requireDocument(no).amount
    }
}
