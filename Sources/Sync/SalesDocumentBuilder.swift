import Foundation
import Ledger
import ShopSyncCore

/// The sales document a mapped order becomes, before it is written.
public struct SalesDocumentDraft: Sendable, Equatable {
    public var header: SalesHeader
    public var lines: [SalesLine]
    /// Each order line's item, noted on the staged line once the document exists.
    public var mappedItems: [(lineId: Int64, itemNo: String, variantCode: String)]

    public static func == (a: SalesDocumentDraft, b: SalesDocumentDraft) -> Bool {
        a.header == b.header && a.lines == b.lines
            && a.mappedItems.elementsEqual(b.mappedItems) {
                $0.lineId == $1.lineId && $0.itemNo == $1.itemNo && $0.variantCode == $1.variantCode
            }
    }
}

/// Builds a sales document from a staged order: a fulfilled order becomes an invoice when the
/// shop says so, else an order; ship-to from the shipping address; prices including tax as
/// Shopify says; amounts in the shop's or the buyer's currency per `currency_handling`; a line
/// per order line (zero-quantity lines dropped) with its discount; shipping charges as G/L lines;
/// the order discount not allocated to lines as the invoice discount; the first shipping line's
/// code as the shipment method (there is no shipment method mapping yet); the Shopify order
/// number and id on the header, and on a first comment line with `order_no_on_document_line`.
public struct SalesDocumentBuilder {
    let ledger: Ledger
    let settings: OrderSettings

    public init(ledger: Ledger, settings: OrderSettings) {
        self.ledger = ledger
        self.settings = settings
    }

    public func draft(
        _ order: ImportedOrder, customers: MappedCustomers,
        mapped: [Int64: MappedLine]
    ) throws -> SalesDocumentDraft {
        let inPresentment = settings.usePresentmentCurrency && !order.presentmentCurrency.isEmpty
        var lines: [SalesLine] = []
        if settings.orderNoOnDocumentLine {
            lines.append(SalesLine(type: .comment, description: "Shopify order \(order.name)"))
        }
        var items: [(lineId: Int64, itemNo: String, variantCode: String)] = []
        for line in order.lines where line.quantity > 0 {
            guard let target = mapped[line.id] else { continue }
            lines.append(try salesLine(line, target, inPresentment))
            if case .item(let match) = target {
                items.append((line.id, match.itemNo, match.variantCode))
            }
        }
        lines += try shippingLines(order, inPresentment)
        let header = SalesHeader(
            documentType: isFulfilled(order) && settings.fulfilledOrdersAsInvoices
                ? .invoice : .order,
            shop: order.shop, sellToCustomerNo: customers.sellTo,
            billToCustomerNo: customers.billTo,
            shipToName: order.shipToName, shipToAddress: order.shipToAddress,
            shipToCity: order.shipToCity,
            shipToPostCode: order.shipToPostCode, shipToCountryCode: order.shipToCountry,
            orderDate: order.createdAt.date,
            currency: inPresentment
                ? order.presentmentCurrency
                : (order.currency.isEmpty
                    ? settings.shopCurrency
                    : order.currency),
            pricesIncludingTax: order.pricesIncludingTax,
            shipmentMethod: order.shippingLines.first?.code ?? "",
            invoiceDiscount: unallocatedDiscount(order, inPresentment),
            shopifyOrderId: order.id, shopifyOrderNo: order.name)
        return SalesDocumentDraft(header: header, lines: lines, mappedItems: items)
    }

    /// Shopify spells fulfilment statuses in upper case in GraphQL and lower case in REST.
    func isFulfilled(_ order: ImportedOrder) -> Bool {
        order.fulfillmentStatus.lowercased() == "fulfilled"
    }

    private func salesLine(
        _ line: ImportedOrderLine, _ target: MappedLine, _ inPresentment: Bool
    ) throws
        -> SalesLine
    {
        let price = inPresentment ? line.presentmentUnitPrice ?? line.unitPrice : line.unitPrice
        let discount = inPresentment ? line.presentmentDiscount ?? line.discount : line.discount
        switch target {
        case .glAccount(let account):
            return SalesLine(
                type: .glAccount, no: account, description: line.title, quantity: line.quantity,
                unitPrice: price, lineDiscount: discount, shopifyLineId: line.id)
        case .item(let match):
            if settings.defaultLocation.isEmpty, try ledger.item(match.itemNo)?.type == .inventory {
                throw OrderProblem.noLocation(line: line.id, itemNo: match.itemNo)
            }
            return SalesLine(
                type: .item, no: match.itemNo, variantCode: match.variantCode,
                locationCode: settings.defaultLocation, quantity: line.quantity, unitPrice: price,
                lineDiscount: discount, shopifyLineId: line.id)
        }
    }

    /// A G/L line per shipping line with a charge; the header's shipping total when the order
    /// came without shipping lines.
    private func shippingLines(_ order: ImportedOrder, _ inPresentment: Bool) throws -> [SalesLine]
    {
        var charges = order.shippingLines.map {
            (title: $0.title, amount: inPresentment ? $0.presentmentAmount ?? $0.amount : $0.amount)
        }
        if charges.isEmpty, order.totalShipping > 0 {
            charges = [("Shipping", order.totalShipping)]
        }
        charges = charges.filter { $0.amount > 0 }
        guard !charges.isEmpty else { return [] }
        guard !settings.shippingChargesAccount.isEmpty else {
            throw OrderProblem.noShippingAccount(
                amount: charges.reduce(Decimal(0)) { $0 + $1.amount })
        }
        return charges.map {
            SalesLine(
                type: .glAccount, no: settings.shippingChargesAccount,
                description: $0.title.isEmpty ? "Shipping" : $0.title, quantity: 1,
                unitPrice: $0.amount)
        }
    }

    /// The order's discounts less what is allocated to its lines; shipping lines come net of
    /// their own discounts, so the order total must not count those again.
    private func unallocatedDiscount(_ order: ImportedOrder, _ inPresentment: Bool) -> Decimal {
        let total =
            inPresentment
            ? order.presentmentTotalDiscounts ?? order.totalDiscounts : order.totalDiscounts
        let onLines = order.lines.filter { $0.quantity > 0 }.reduce(Decimal(0)) {
            $0 + (inPresentment ? $1.presentmentDiscount ?? $1.discount : $1.discount)
        }
        return max(0, total - onLines)
    }
}
