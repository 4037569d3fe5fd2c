import Database
import Foundation
import ShopSyncCore
@testable import Ledger

/// A small ledger: two locations, three items (one a service), two customers, a shipping account,
/// and stock of 10 of item 1000 at MAIN.
struct LedgerFixture {
    let ledger: Ledger

    init() throws {
        ledger = try Ledger(path: ":memory:", clock: ManualClock(Timestamp(seconds: 1_764_000_000)))
        try ledger.save(Shop(code: "web", backend: .sandbox))
        try ledger.addLocation(Location(code: "MAIN", name: "Main warehouse"))
        try ledger.addLocation(Location(code: "EAST", name: "East store"))
        try ledger.addItem(Item(no: "1000", description: "Bicycle", unitPrice: 100))
        try ledger.addItem(Item(no: "1100", description: "Helmet", unitPrice: Decimal(string: "19.99")!))
        try ledger.addItem(Item(no: "SRV", description: "Assembly", type: .service, unitPrice: 15))
        try ledger.addItemVariant(ItemVariant(itemNo: "1100", code: "RED", description: "Red helmet"))
        try ledger.addCustomer(Customer(no: "C1", name: "Ada", email: "ada@example.com",
                                        phone: "+1 555 0100"))
        try ledger.addCustomer(Customer(no: "C2", name: "Grace", email: "grace@example.com"))
        try ledger.addGLAccount(GLAccount(no: "6100", name: "Shipping charges"))
        try ledger.adjustStock(itemNo: "1000", locationCode: "MAIN", quantity: 10)
    }

    /// A sales order of 3 bicycles and 2 red helmets at MAIN plus a shipping charge.
    @discardableResult
    func order(customer: String = "C1", shopifyNo: String = "#1001", released: Bool = true,
               type: SalesDocumentType = .order) throws -> String {
        let header = SalesHeader(documentType: type, shop: "web", sellToCustomerNo: customer,
                                 shopifyOrderId: 5_001, shopifyOrderNo: shopifyNo,
                                 status: released ? .released : .open)
        return try ledger.createSalesDocument(header, lines: [
            SalesLine(type: .item, no: "1000", locationCode: "MAIN", quantity: 3, unitPrice: 100,
                      shopifyLineId: 71),
            SalesLine(type: .item, no: "1100", variantCode: "RED", locationCode: "MAIN", quantity: 2,
                      unitPrice: Decimal(string: "19.99")!, lineDiscount: 2, shopifyLineId: 72),
            SalesLine(type: .comment, description: "gift wrap"),
            SalesLine(type: .glAccount, no: "6100", quantity: 1, unitPrice: 5),
        ])
    }

    func count(_ table: String) throws -> Int {
        try ledger.connection.scalar("SELECT COUNT(*) FROM \(table)")?.int ?? -1
    }

    /// Every row of the tables posting touches, to prove a refused operation changed nothing.
    func snapshot() throws -> [String: [String]] {
        let tables = ["item", "customer", "sales_header", "sales_line", "sales_shipment_header",
                      "sales_shipment_line", "sales_invoice_header", "sales_invoice_line",
                      "item_ledger_entry", "number_series", "posting_error"]
        var dump: [String: [String]] = [:]
        for table in tables {
            dump[table] = try ledger.connection.query("SELECT * FROM \(table) ORDER BY 1, 2")
                .map { row in row.values.map { "\($0)" }.joined(separator: "|") }
        }
        return dump
    }
}
