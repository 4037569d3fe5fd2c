import Database
import Foundation
import ShopSyncCore
import Testing
@testable import Ledger

@Suite("order staging")
struct OrderStagingTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func order(lines: [Int64] = [1, 2], raw: String = #"{"id":9001}"#) -> ImportedOrder {
        var order = ImportedOrder(shop: "web", id: 9_001, name: "#1001", createdAt: Timestamp(seconds: 1),
                                  updatedAt: Timestamp(seconds: 2), rawJSON: raw)
        order.total = Decimal(string: "59.90")!
        order.email = "ada@example.com"
        order.lines = lines.map {
            ImportedOrderLine(id: $0, sku: "SKU\($0)", quantity: Int($0), unitPrice: 10)
        }
        return order
    }

    @Test("SHA-256 matches the standard's test vectors")
    func sha256Vectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("an imported order is inserted with its lines and raw JSON, then updated in place")
    func upsert() throws {
        #expect(try ledger.saveImportedOrder(order()) == .inserted)
        try ledger.connection.run("UPDATE order_header SET processed = 1, sales_document_no = 'SO-1'")
        try ledger.connection.run("UPDATE order_line SET item_no = '1000' WHERE id = 1")
        var changed = order(lines: [1, 3], raw: #"{"id":9001,"v":2}"#)
        changed.financialStatus = "paid"
        #expect(try ledger.saveImportedOrder(changed) == .updated)
        let header = try #require(try ledger.connection.queryOne("SELECT * FROM order_header"))
        #expect(try header.string("financial_status") == "paid")
        #expect(try header.bool("processed") && header.string("sales_document_no") == "SO-1")
        #expect(try header.int64("total") == Storage.money(Decimal(string: "59.90")!))
        let lines = try ledger.connection.query("SELECT id, item_no FROM order_line ORDER BY id")
        #expect(try lines.map { try $0.int64(0) } == [1, 3])
        #expect(try lines.first?.string(1) == "1000")
        #expect(try header.string("raw_hash") == SHA256.hex(#"{"id":9001,"v":2}"#))
        #expect(try ledger.count(LedgerCatalogue.shopifyOrders) == 1)
    }

    @Test("identical raw JSON is stored once")
    func rawDeduplicated() throws {
        var second = order()
        second.id = 9_002
        second.name = "#1002"
        second.lines = [ImportedOrderLine(id: 10, quantity: 1)]
        try ledger.saveImportedOrder(order())
        try ledger.saveImportedOrder(second)
        #expect(try fixture.count("raw_json") == 1)
        #expect(try fixture.count("order_header") == 2)
    }

    @Test("an order for an unknown shop is refused by name and leaves nothing behind")
    func unknownShop() throws {
        var stray = order()
        stray.shop = "nope"
        #expect(throws: LedgerError.constraint(kind: "Shopify order", key: "nope #1001",
                                               message: "foreign key constraint failed")) {
            try ledger.saveImportedOrder(stray)
        }
        #expect(try fixture.count("raw_json") == 0)
    }
}

@Suite("order staging in pages")
struct OrderStagingPageTests {
    @Test("a page of orders is saved in one transaction; a failing order is left out alone")
    func page() throws {
        let fixture = try LedgerFixture()
        var good = ImportedOrder(shop: "web", id: 1, name: "#1", createdAt: Timestamp(seconds: 1),
                                 updatedAt: Timestamp(seconds: 1),
                                 lines: [ImportedOrderLine(id: 11, quantity: 1)])
        var stray = good
        stray.shop = "nope"
        stray.id = 2
        let results = try fixture.ledger.saveImportedOrders([good, stray])
        #expect(try results[0].get() == .inserted)
        #expect(throws: LedgerError.self) { try results[1].get() }
        good.name = "#1 renamed"
        #expect(try fixture.ledger.saveImportedOrders([good]).first?.get() == .updated)
        #expect(try fixture.count("order_header") == 1 && fixture.count("order_line") == 1)
    }

    @Test("the benchmarks run end to end on a few orders")
    func benchmarksRun() throws {
        let staging = try LedgerBenchmarks.importedOrderInsertRate(orders: 20)
        #expect(staging.ledgerOrdersPerSecond > 0 && staging.rawOrdersPerSecond > 0 && staging.ratio > 0)
        #expect(try LedgerBenchmarks.batchPostingRate(orders: 10) > 0)
    }
}
