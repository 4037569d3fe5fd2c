import Database
import Foundation
import ShopSyncCore

/// A document a batch could not post, and why.
public struct BatchFailure: Sendable, Equatable {
    public let documentNo: String
    public let message: String
}

/// What a batch posting run did.
public struct BatchResult: Sendable, Equatable {
    /// The run's id in the posting error register, e.g. `B-7`.
    public let batchId: String
    /// How many documents the filter selected.
    public let selected: Int
    /// The documents posted, in posting order.
    public let posted: [String]
    /// Documents that were gone (posted or deleted by someone else since selection) or had
    /// nothing left to post: neither posted nor failed.
    public let skipped: [String]
    public let failures: [BatchFailure]
    /// True when the cancellation token stopped the run before every document was tried.
    public let cancelled: Bool

    public var postedCount: Int { posted.count }
    public var failedCount: Int { failures.count }
}

/// Batch posting, as an ERP's "batch post sales orders / invoices": select with a filter over
/// the `sales_orders` or `sales_invoices` record kind, then post each document in its own
/// transaction. A failure is written to `posting_error` and the batch goes on.
extension Ledger {
    /// Posts every sales order the filter selects (all of them when nil).
    public func postSalesOrders(where filter: Filter? = nil, ship: Bool = true, invoice: Bool = true,
                                postingDate: CivilDate? = nil,
                                cancellation: CancellationToken? = nil) throws -> BatchResult {
        let selected = try documentNumbers(LedgerCatalogue.salesOrders, filter)
        return try postSalesOrders(numbers: selected, ship: ship, invoice: invoice, postingDate: postingDate,
                                   cancellation: cancellation)
    }

    /// Posts the orders given, as a batch; the selection seam the public call and tests share.
    func postSalesOrders(numbers: [String], ship: Bool, invoice: Bool, postingDate: CivilDate?,
                         cancellation: CancellationToken? = nil) throws -> BatchResult {
        try runBatch(numbers, type: .order, cancellation) { no in
            try post(salesOrder: no, ship: ship, invoice: invoice, postingDate: postingDate)
        }
    }

    /// Posts every sales invoice the filter selects (all of them when nil).
    public func postSalesInvoices(where filter: Filter? = nil, postingDate: CivilDate? = nil,
                                  cancellation: CancellationToken? = nil) throws -> BatchResult {
        let selected = try documentNumbers(LedgerCatalogue.salesInvoices, filter)
        return try runBatch(selected, type: .invoice, cancellation) { no in
            try post(salesInvoice: no, postingDate: postingDate)
        }
    }

    private func documentNumbers(_ entity: LedgerEntity, _ filter: Filter?) throws -> [String] {
        try fetch(entity, LedgerQuery(filter: filter)).rows.map { $0[0].plainText }
    }

    private func runBatch(_ selected: [String], type: SalesDocumentType, _ cancellation: CancellationToken?,
                          _ postOne: (String) throws -> PostingResult) throws -> BatchResult {
        let batchId = try connection.writeTransaction { _ in try nextNumber(series: "posting_batch") }
        var posted: [String] = [], skipped: [String] = [], failures: [BatchFailure] = []
        for no in selected {
            if cancellation?.isCancelled == true {
                return BatchResult(batchId: batchId, selected: selected.count, posted: posted,
                                   skipped: skipped, failures: failures, cancelled: true)
            }
            do {
                _ = try postOne(no)
                posted.append(no)
            } catch LedgerError.unknownDocument, LedgerError.nothingToPost {
                skipped.append(no)
            } catch {
                let failure = BatchFailure(documentNo: no, message: String(describing: error))
                try recordPostingError(batchId: batchId, type: type, failure)
                failures.append(failure)
            }
        }
        return BatchResult(batchId: batchId, selected: selected.count, posted: posted, skipped: skipped,
                           failures: failures, cancelled: false)
    }

    /// Writes a failure to the posting error register (`posting_errors`).
    func recordPostingError(batchId: String, type: SalesDocumentType, _ failure: BatchFailure) throws {
        try connection.run("""
            INSERT INTO posting_error (batch_id, document_type, document_no, message, occurred_at)
            VALUES (?, ?, ?, ?, ?)
            """, [.text(batchId), .text(type.rawValue), .text(failure.documentNo), .text(failure.message),
                  .integer(now)])
    }
}
