import Foundation
import GraphQL
import Ledger
import ShopSyncCore
import ShopifyClient

/// Markers for the ids of B2B records, which the client does not model.
enum CompanyResource: ShopifyResource { static let typeName = "Company" }
enum CompanyLocationResource: ShopifyResource { static let typeName = "CompanyLocation" }
enum ShippingLineResource: ShopifyResource { static let typeName = "ShippingLine" }
enum RefundResource: ShopifyResource { static let typeName = "Refund" }

/// An order of `OrderImportPage` (or a bulk backfill) decoded strictly into what the ledger stages. Amounts are in
/// the shop's currency; a bad amount, an id of the wrong kind or a missing required field
/// makes the whole order a recorded problem, never a half-read order.
struct StagedOrder: ShopifyDecodable {
    var order: ImportedOrder
    /// The cursor of the last line read when the order has more than the page carried.
    let moreLinesAfter: String?

    init(from node: NodeReader) throws(DecodeProblem) {
        let id = try Self.number(try node.id(of: Order.self), node, "id")
        order = ImportedOrder(shop: "", id: id, name: try node.string("name"),
                              createdAt: try node.instant("createdAt"),
                              updatedAt: try node.instant("updatedAt"))
        let pageInfo = try node.optionalObject("lineItems")?.optionalObject("pageInfo")
        moreLinesAfter = try pageInfo?.bool("hasNextPage", default: false) == true
            ? pageInfo?.optionalString("endCursor") : nil
        try readHeader(node)
        try readParties(node)
        try readTotals(node)
        var lines: [ImportedOrderLine] = []
        for line in try node.nodes("lineItems") { lines.append(try Self.line(line)) }
        order.lines = lines
        var shipping: [ImportedShippingLine] = []
        for (index, line) in try node.nodes("shippingLines").enumerated() {
            shipping.append(try Self.shippingLine(line, order: id, index: index))
        }
        order.shippingLines = shipping
        var refunds: [ImportedRefund] = []
        for refund in try node.nodes("refunds") { refunds.append(try Self.refund(refund)) }
        order.refunds = refunds
        order.rawJSON = node.json.serialized()
    }

    private mutating func readHeader(_ node: NodeReader) throws(DecodeProblem) {
        order.closed = try node.bool("closed", default: false)
        order.cancelled = try node.optionalInstant("cancelledAt") != nil
        order.email = try node.optionalString("email") ?? ""
        order.phone = try node.optionalString("phone") ?? ""
        order.channel = Self.channel(sourceName: try node.optionalString("sourceName"))
        order.tags = try node.strings("tags").map { "[\($0)]" }.joined(separator: " ")
        order.currency = try node.string("currencyCode")
        order.presentmentCurrency = try node.optionalString("presentmentCurrencyCode") ?? order.currency
        order.pricesIncludingTax = try node.bool("taxesIncluded", default: false)
        order.financialStatus = (try node.optionalString("displayFinancialStatus") ?? "").lowercased()
        order.fulfillmentStatus = (try node.optionalString("displayFulfillmentStatus") ?? "").lowercased()
        order.fullyPaid = try node.bool("fullyPaid", default: false)
        order.highRisk = try node.optionalObject("risk")?.optionalString("recommendation") == "CANCEL"
    }

    private mutating func readParties(_ node: NodeReader) throws(DecodeProblem) {
        if let customer = try node.optionalObject("customer") {
            order.customerId = try Self.number(try customer.id(of: Customer.self), customer, "id")
        }
        if let buyer = try node.optionalObject("purchasingEntity"),
           let company = try buyer.optionalObject("company") {
            order.companyId = try Self.number(try company.id(of: CompanyResource.self), company, "id")
            let location = try buyer.object("location")
            order.companyLocationId = try Self.number(try location.id(of: CompanyLocationResource.self),
                                                      location, "id")
        }
        let bill = try node.optionalObject("billingAddress")
        let ship = try node.optionalObject("shippingAddress")
        (order.billToName, order.billToAddress, order.billToCity, order.billToPostCode,
         order.billToCountry) = try Self.address(bill)
        (order.shipToName, order.shipToAddress, order.shipToCity, order.shipToPostCode,
         order.shipToCountry) = try Self.address(ship)
        order.sellToName = order.billToName.isEmpty ? order.shipToName : order.billToName
        if order.phone.isEmpty { order.phone = try bill?.optionalString("phone") ?? "" }
    }

    private mutating func readTotals(_ node: NodeReader) throws(DecodeProblem) {
        order.subtotal = try Self.shopAmount(node, "subtotalPriceSet")
        order.totalTax = try Self.shopAmount(node, "totalTaxSet")
        order.totalShipping = try Self.shopAmount(node, "totalShippingPriceSet")
        let discounts = try node.decodeOptional("totalDiscountsSet", as: MoneyBag.self)
        order.totalDiscounts = discounts?.shopMoney.amount ?? 0
        order.presentmentTotalDiscounts = Self.presentment(discounts)
        order.total = try node.decode("totalPriceSet", as: MoneyBag.self).shopMoney.amount
        // The shipping lines' charges are kept in the total; each line is in the raw JSON.
    }

    static func line(_ node: NodeReader) throws(DecodeProblem) -> ImportedOrderLine {
        let id = try number(try node.id(of: LineItemResource.self), node, "id")
        var quantity = try node.int("quantity")
        // After an edit, `currentQuantity` is what is still ordered.
        if let current = try node.optionalInt("currentQuantity") { quantity = current }
        let price = try node.decode("originalUnitPriceSet", as: MoneyBag.self)
        var line = ImportedOrderLine(id: id, sku: try node.optionalString("sku") ?? "",
                                     title: try node.string("title"), quantity: quantity,
                                     unitPrice: price.shopMoney.amount)
        line.presentmentUnitPrice = presentment(price)
        if let variant = try node.optionalObject("variant") {
            line.variantId = try number(try variant.id(of: ProductVariant.self), variant, "id")
            line.barcode = try variant.optionalString("barcode") ?? ""
            if let product = try variant.optionalObject("product") {
                line.productId = try number(try product.id(of: Product.self), product, "id")
            }
        }
        let discount = try node.decodeOptional("totalDiscountSet", as: MoneyBag.self)
        line.discount = discount?.shopMoney.amount ?? 0
        line.presentmentDiscount = presentment(discount)
        for tax in try node.nodes("taxLines") {
            line.tax += try tax.decode("priceSet", as: MoneyBag.self).shopMoney.amount
        }
        return line
    }

    /// A shipping line's charge after discounts. Shopify gives some lines no id; then the order
    /// and the position stand in, negative so it is never a real id.
    static func shippingLine(_ node: NodeReader, order: Int64, index: Int) throws(DecodeProblem)
        -> ImportedShippingLine
    {
        var id = -(order * 100 + Int64(index) + 1)
        if let gid = try node.optionalID(of: ShippingLineResource.self) { id = try number(gid, node, "id") }
        let price = try node.decodeOptional("discountedPriceSet", as: MoneyBag.self)
        return ImportedShippingLine(id: id, title: try node.string("title"),
                                    code: try node.optionalString("code") ?? "",
                                    amount: price?.shopMoney.amount ?? 0, presentmentAmount: presentment(price))
    }

    /// A refund: the money returned (shop currency) and the units it took back. A refund with
    /// more than 20 line items counts the first 20, so it can only look smaller than it is:
    /// an edit it would explain is then flagged for a person, never passed over.
    static func refund(_ node: NodeReader) throws(DecodeProblem) -> ImportedRefund {
        let id = try number(try node.id(of: RefundResource.self), node, "id")
        var quantity = 0
        for line in try node.nodes("refundLineItems") { quantity += try line.int("quantity") }
        return ImportedRefund(id: id, amount: try node.decode("totalRefundedSet", as: MoneyBag.self).shopMoney.amount,
                              quantity: quantity,
                              createdAt: try node.optionalInstant("createdAt") ?? Timestamp(milliseconds: 0))
    }

    /// The presentment amount when it differs from the shop amount (another currency).
    static func presentment(_ bag: MoneyBag?) -> Decimal? {
        guard let bag, bag.presentmentMoney != bag.shopMoney else { return nil }
        return bag.presentmentMoney.amount
    }

    /// A `MoneyBag` field's shop amount; 0 when the field is absent.
    static func shopAmount(_ node: NodeReader, _ key: String) throws(DecodeProblem) -> Decimal {
        try node.decodeOptional(key, as: MoneyBag.self)?.shopMoney.amount ?? 0
    }

    static func number<R>(_ id: GlobalID<R>, _ node: NodeReader, _ key: String) throws(DecodeProblem) -> Int64 {
        guard let number = id.number else {
            throw DecodeProblem(path: node.path + "." + key, message: "'\(id)' has no numeric id")
        }
        return number
    }

    typealias Address = (name: String, street: String, city: String, postCode: String, country: String)

    static func address(_ node: NodeReader?) throws(DecodeProblem) -> Address {
        guard let node else { return ("", "", "", "", "") }
        let first = try node.optionalString("firstName"), last = try node.optionalString("lastName")
        let person = [first, last].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        let company = try node.optionalString("company") ?? ""
        let line1 = try node.optionalString("address1"), line2 = try node.optionalString("address2")
        let street = [line1, line2].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        return (company.isEmpty ? person : company, street, try node.optionalString("city") ?? "",
                try node.optionalString("zip") ?? "", try node.optionalString("countryCodeV2") ?? "")
    }

    /// Shopify's `sourceName` codes as the channel names merchants see and filters use.
    static func channel(sourceName: String?) -> String {
        switch sourceName ?? "" {
        case "web": return "Online Store"
        case "pos": return "Point of Sale"
        case "shopify_draft_order": return "Draft Orders"
        case "iphone", "android": return "Shopify Mobile"
        case "": return ""
        case let other: return other
        }
    }
}
