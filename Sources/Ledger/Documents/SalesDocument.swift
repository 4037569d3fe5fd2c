import Foundation
import ShopSyncCore

/// A sales order ships and invoices in steps; a sales invoice ships and invoices at once.
public enum SalesDocumentType: String, Sendable {
    case order, invoice
}

public enum SalesDocumentStatus: String, Sendable {
    case open, released
}

public enum SalesLineType: String, Sendable {
    case item
    case glAccount = "gl_account"
    case comment
}

/// The header of an open sales document.
public struct SalesHeader: Sendable, Equatable {
    /// Empty: the next number of the `sales_order` or `sales_invoice` series.
    public var no: String
    public var documentType: SalesDocumentType
    public var shop: String
    public var sellToCustomerNo: String
    /// Empty: the sell-to customer.
    public var billToCustomerNo: String
    public var shipToName: String
    public var shipToAddress: String
    public var shipToCity: String
    public var shipToPostCode: String
    public var shipToCountryCode: String
    /// Nil: today, by the ledger's clock.
    public var orderDate: CivilDate?
    /// Nil: the order date.
    public var postingDate: CivilDate?
    public var currency: String
    public var pricesIncludingTax: Bool
    public var shipmentMethod: String
    public var paymentMethod: String
    /// A discount on the whole document, taken off its first invoice.
    public var invoiceDiscount: Decimal
    public var shopifyOrderId: Int64
    /// The Shopify order number, e.g. `#1001`; carried to posted shipments and invoices.
    public var shopifyOrderNo: String
    public var status: SalesDocumentStatus

    public init(no: String = "", documentType: SalesDocumentType = .order, shop: String = "",
                sellToCustomerNo: String, billToCustomerNo: String = "", shipToName: String = "",
                shipToAddress: String = "", shipToCity: String = "", shipToPostCode: String = "",
                shipToCountryCode: String = "", orderDate: CivilDate? = nil, postingDate: CivilDate? = nil,
                currency: String = "", pricesIncludingTax: Bool = true, shipmentMethod: String = "",
                paymentMethod: String = "", invoiceDiscount: Decimal = 0, shopifyOrderId: Int64 = 0,
                shopifyOrderNo: String = "", status: SalesDocumentStatus = .open) {
        self.no = no
        self.documentType = documentType
        self.shop = shop
        self.sellToCustomerNo = sellToCustomerNo
        self.billToCustomerNo = billToCustomerNo
        self.shipToName = shipToName
        self.shipToAddress = shipToAddress
        self.shipToCity = shipToCity
        self.shipToPostCode = shipToPostCode
        self.shipToCountryCode = shipToCountryCode
        self.orderDate = orderDate
        self.postingDate = postingDate
        self.currency = currency
        self.pricesIncludingTax = pricesIncludingTax
        self.shipmentMethod = shipmentMethod
        self.paymentMethod = paymentMethod
        self.invoiceDiscount = invoiceDiscount
        self.shopifyOrderId = shopifyOrderId
        self.shopifyOrderNo = shopifyOrderNo
        self.status = status
    }
}

/// A line of an open sales document: an item, a G/L account (shipping charge, tip) or a comment.
public struct SalesLine: Sendable, Equatable {
    /// 0: numbered 10000, 20000, … in the order given.
    public var lineNo: Int
    public var type: SalesLineType
    /// The item or G/L account number; empty for comments.
    public var no: String
    public var variantCode: String
    /// Empty on an item line: the item's description.
    public var description: String
    /// Empty: the blank location.
    public var locationCode: String
    public var quantity: Int
    public var unitPrice: Decimal
    /// A discount amount on the whole line.
    public var lineDiscount: Decimal
    public var quantityShipped: Int
    public var quantityInvoiced: Int
    /// What the next posting ships; nil means everything outstanding.
    public var quantityToShip: Int?
    public var shopifyLineId: Int64

    public init(lineNo: Int = 0, type: SalesLineType = .item, no: String = "", variantCode: String = "",
                description: String = "", locationCode: String = "", quantity: Int = 0,
                unitPrice: Decimal = 0, lineDiscount: Decimal = 0, shopifyLineId: Int64 = 0) {
        self.lineNo = lineNo
        self.type = type
        self.no = no
        self.variantCode = variantCode
        self.description = description
        self.locationCode = locationCode
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.lineDiscount = lineDiscount
        self.quantityShipped = 0
        self.quantityInvoiced = 0
        self.quantityToShip = nil
        self.shopifyLineId = shopifyLineId
    }

    /// What is left to ship.
    public var outstandingQuantity: Int { quantity - quantityShipped }

    /// Quantity times price less the line discount.
    public var amount: Decimal { Decimal(quantity) * unitPrice - lineDiscount }
}

/// An open sales document with its lines.
public struct SalesDocument: Sendable, Equatable {
    public var header: SalesHeader
    public var lines: [SalesLine]

    public init(header: SalesHeader, lines: [SalesLine]) {
        self.header = header
        self.lines = lines
    }

    /// The lines' amounts less the invoice discount.
    public var amount: Decimal {
        lines.reduce(Decimal(0)) { $0 + $1.amount } - header.invoiceDiscount
    }
}
