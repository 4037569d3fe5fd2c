import Foundation
import Ledger
import ShopSyncCore
import Testing

@Suite("sync cursors and skipped records")
struct SyncCursorTests {
    let fixture: OrderFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try OrderFixture() }

    @Test("the first run has no cursor; the next reads from the last start less the overlap")
    func firstAndNext() throws {
        let first = try ledger.beginSync(shop: "web", entity: .orders)
        #expect(first.cursor == nil && first.updatedAfter == nil)
        fixture.clock.advance(by: .minutes(30))
        #expect(
            try ledger.syncCursor(shop: "web", entity: .orders) == nil,
            "nothing moves before commit")
        try ledger.commitSync(first)
        let second = try ledger.beginSync(shop: "web", entity: .orders, overlap: .minutes(5))
        #expect(second.cursor == first.startedAt)
        #expect(
            second.updatedAfter == Timestamp(milliseconds: first.startedAt.milliseconds - 300_000))
        #expect(
            second.startedAt == Timestamp(milliseconds: first.startedAt.milliseconds + 1_800_000))
    }

    @Test("a cursor only moves forward: an older run committing late does not undo a newer one")
    func forwardOnly() throws {
        let older = try ledger.beginSync(shop: "web", entity: .orders)
        fixture.clock.advance(by: .minutes(10))
        let newer = try ledger.beginSync(shop: "web", entity: .orders)
        #expect(try ledger.commitSync(newer))
        #expect(try !ledger.commitSync(older))
        #expect(try ledger.syncCursor(shop: "web", entity: .orders) == newer.startedAt)
    }

    @Test("reset sets the cursor to any instant, earlier too, per entity")
    func reset() throws {
        try ledger.commitSync(try ledger.beginSync(shop: "web", entity: .orders))
        let newYear = try #require(CivilDate(year: 2026, month: 1, day: 1)).startOfDay
        try ledger.resetSyncCursor(shop: "web", entity: .orders, to: newYear)
        #expect(try ledger.syncCursor(shop: "web", entity: .orders) == newYear)
        #expect(try ledger.syncCursor(shop: "web", entity: .customers) == nil)
        #expect(throws: ShopError.unknownShop("nope")) {
            try ledger.resetSyncCursor(shop: "nope", entity: .orders, to: newYear)
        }
    }

    @Test("a skipped record is kept with its task, entity, id and reason")
    func skipped() throws {
        try ledger.recordSkipped(
            shop: "web", task: "sync orders", entity: "order", recordId: "gid://shopify/Order/9",
            reason: "bad money string '1,00'")
        let table = try ledger.fetch(LedgerCatalogue.skippedRecords)
        #expect(table.rows.count == 1)
        #expect(table.rows.first?.map(\.plainText).contains("bad money string '1,00'") == true)
    }
}
