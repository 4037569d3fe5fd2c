import Database
import Foundation
import Ledger
import ShopSyncCore

/// A sales document made from a Shopify order.
public struct CreatedDocument: Sendable, Equatable {
    public let orderId: Int64
    public let orderName: String
    public let documentNo: String
    public let type: SalesDocumentType
    public let released: Bool
}

/// An order that could not become a sales document, and why.
public struct OrderFailure: Sendable, Equatable {
    public let orderId: Int64
    public let orderName: String
    public let problem: OrderProblem
}

/// What became of one order.
public enum OrderOutcome: Sendable, Equatable {
    case created(CreatedDocument)
    /// Already processed (by an earlier or a parallel run), cancelled, or gone.
    case skipped
    case failed(OrderFailure)
}

/// What a `create sales documents` run did.
public struct SalesDocumentRun: Sendable, Equatable {
    public var selected = 0
    public var created: [CreatedDocument] = []
    public var skipped = 0
    public var failures: [OrderFailure] = []
    /// The cancellation token stopped the run before every order was tried.
    public var cancelled = false
    /// Nothing was written: `created` says what would have been, without document numbers.
    public var dryRun = false
}

/// Turns a shop's staged, unprocessed Shopify orders into sales orders and invoices.
///
/// Each order is all or nothing (its own transaction, or a savepoint of its page's): customer
/// and item mapping (which may create customers and items), the document, its release, and the
/// order marked processed. A refused order leaves nothing of that behind; its reason is stored
/// on the order (`has_error`, `error`) and it is tried again on the next run. Running twice
/// creates nothing the second time.
public struct SalesDocumentCreator {
    public let ledger: Ledger
    public let shop: String

    public init(ledger: Ledger, shop: String) {
        self.ledger = ledger
        self.shop = shop
    }

    /// `create sales documents [where ...]`: every unprocessed order of the shop the filter (over
    /// `shopify_orders`) selects, oldest first. `progress` hears (done, total) after each order.
    public func run(
        where filter: Filter? = nil, dryRun: Bool = false,
        cancellation: CancellationToken? = nil,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> SalesDocumentRun {
        let ids = try ledger.unprocessedOrderIds(shop: shop, where: filter)
        return try run(
            orderIds: ids, dryRun: dryRun, cancellation: cancellation, progress: progress)
    }

    /// The same for the orders given, e.g. those `sync orders` just imported as new.
    public func run(
        orderIds ids: [Int64], dryRun: Bool = false, cancellation: CancellationToken? = nil,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> SalesDocumentRun {
        let settings = try OrderSettings(shop: shop, in: ledger)
        var result = SalesDocumentRun(selected: ids.count, dryRun: dryRun)
        for start in stride(from: 0, to: ids.count, by: Self.pageSize) where !result.cancelled {
            // A page shares one commit, each order in its own savepoint: a commit per order cost
            // two thirds of the time. A crash still leaves each order processed with its document
            // or untouched; it only rolls back more orders, which the next run makes again.
            try ledger.connection.writeTransaction { _ in
                for id in ids[start..<min(start + Self.pageSize, ids.count)] {
                    if cancellation?.isCancelled == true {
                        result.cancelled = true
                        break
                    }
                    switch try createDocument(orderId: id, settings: settings, dryRun: dryRun) {
                    case .created(let document): result.created.append(document)
                    case .skipped: result.skipped += 1
                    case .failed(let failure): result.failures.append(failure)
                    }
                    progress?(
                        result.created.count + result.skipped + result.failures.count, ids.count)
                }
            }
        }
        return result
    }

    /// Orders per commit.
    static let pageSize = 50

    /// One order, in its own transaction, or a savepoint when called inside one (rolled back at
    /// the end on a dry run). `sync orders` may call it for each order it imports.
    public func createDocument(orderId: Int64, settings: OrderSettings, dryRun: Bool = false)
        throws -> OrderOutcome {
        do {
            return try ledger.connection.writeTransaction { _ in
                let outcome = try createInTransaction(orderId, settings)
                guard dryRun else { return outcome }
                // Rolled back, the number goes to the next document: a dry run gives none.
                if case .created(let document) = outcome {
                    throw DryRunRollback(outcome: .created(CreatedDocument(
                        orderId: document.orderId, orderName: document.orderName, documentNo: "",
                        type: document.type, released: document.released)))
                }
                throw DryRunRollback(outcome: outcome)
            }
        } catch let rollback as DryRunRollback {
            return rollback.outcome
        } catch let refusal as Refusal {
            if !dryRun {
                try ledger.recordOrderError(
                    shop: shop, id: orderId, message: refusal.failure.problem.description)
            }
            return .failed(refusal.failure)
        }
    }

    private func createInTransaction(_ id: Int64, _ settings: OrderSettings) throws
        -> OrderOutcome {
        guard let (order, processed) = try ledger.stagedOrder(shop: shop, id: id), !processed,
              !order.cancelled else { return .skipped }
        do {
            let customers = try CustomerMapper(ledger: ledger, settings: settings).map(order)
            let items = ItemMapper(ledger: ledger, settings: settings)
            var mapped: [Int64: MappedLine] = [:]
            for line in order.lines where line.quantity > 0 {
                mapped[line.id] = try items.map(line, shop: shop)
            }
            let draft = try SalesDocumentBuilder(ledger: ledger, settings: settings)
                .draft(order, customers: customers, mapped: mapped)
            let no = try ledger.createSalesDocument(draft.header, lines: draft.lines)
            if settings.autoRelease { try ledger.releaseSalesDocument(no) }
            try ledger.markOrderProcessed(
                shop: shop, id: id, documentNo: no, type: draft.header.documentType,
                mappedLines: draft.mappedItems)
            return .created(
                CreatedDocument(
                    orderId: id, orderName: order.name, documentNo: no,
                    type: draft.header.documentType, released: settings.autoRelease))
        } catch let problem as OrderProblem {
            throw Refusal(
                failure: OrderFailure(orderId: id, orderName: order.name, problem: problem))
        } catch let error as LedgerError {
            throw Refusal(
                failure: OrderFailure(
                    orderId: id, orderName: order.name,
                    problem: .ledger(error.description)))
        }
    }

    /// Carries a refusal out of the transaction, so everything the order wrote is undone.
    private struct Refusal: Error {
        let failure: OrderFailure
    }

    private struct DryRunRollback: Error {
        let outcome: OrderOutcome
    }
}

extension SalesDocumentCreator {
    /// What `sync orders` calls after importing: when the shop's `auto_create_sales_documents`
    /// is on, makes the documents of the orders it imported as new; nil when the setting is off.
    public func createIfEnabled(
        forNewOrders ids: [Int64], cancellation: CancellationToken? = nil
    ) throws
        -> SalesDocumentRun?
    {
        guard try ledger.setting("auto_create_sales_documents", of: shop) == .bool(true) else {
            return nil
        }
        return try run(orderIds: ids, cancellation: cancellation)
    }
}
