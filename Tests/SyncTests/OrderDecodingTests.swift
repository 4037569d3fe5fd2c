import Foundation
import GraphQL
import ShopSyncCore
import ShopSyncTesting
import ShopifyClient
import Testing
@testable import SyncService

@Suite("sync orders: documents, search query, decoding")
struct OrderDecodingTests {
    static let order = """
        {"id": "gid://shopify/Order/5001", "name": "#1001", "createdAt": "2026-11-30T10:00:00Z",
         "updatedAt": "2026-12-01T08:00:00Z", "closed": false, "cancelledAt": null,
         "email": "ada@example.com", "phone": null, "sourceName": "web", "tags": ["vip", "gift"],
         "currencyCode": "EUR", "presentmentCurrencyCode": "USD", "taxesIncluded": true,
         "displayFinancialStatus": "PARTIALLY_PAID", "displayFulfillmentStatus": "UNFULFILLED",
         "fullyPaid": false, "customer": {"id": "gid://shopify/Customer/77"},
         "purchasingEntity": {"company": {"id": "gid://shopify/Company/9"},
                              "location": {"id": "gid://shopify/CompanyLocation/19"}},
         "risk": {"recommendation": "CANCEL"},
         "billingAddress": {"firstName": "Ada", "lastName": "Lovelace", "company": null,
                            "address1": "1 Loop Road", "address2": null, "city": "Leeds", "zip": "LS1",
                            "countryCodeV2": "GB", "phone": "+44 113 0000"},
         "shippingAddress": null,
         "subtotalPriceSet": {"shopMoney": {"amount": "20.00", "currencyCode": "EUR"},
                              "presentmentMoney": {"amount": "21.50", "currencyCode": "USD"}},
         "totalPriceSet": {"shopMoney": {"amount": "24.95", "currencyCode": "EUR"},
                           "presentmentMoney": {"amount": "26.80", "currencyCode": "USD"}},
         "lineItems": {"pageInfo": {"hasNextPage": true, "endCursor": "c50"},
           "nodes": [{"id": "gid://shopify/LineItem/71", "title": "Helmet", "sku": "1100-RED",
                      "quantity": 3, "currentQuantity": 2,
                      "variant": {"id": "gid://shopify/ProductVariant/81",
                                  "product": {"id": "gid://shopify/Product/91"}},
                      "originalUnitPriceSet": {"shopMoney": {"amount": "10.00", "currencyCode": "EUR"},
                                               "presentmentMoney": {"amount": "10.75", "currencyCode": "USD"}},
                      "totalDiscountSet": {"shopMoney": {"amount": "1.50", "currencyCode": "EUR"},
                                           "presentmentMoney": {"amount": "1.61", "currencyCode": "USD"}},
                      "taxLines": [{"priceSet": {"shopMoney": {"amount": "3.19", "currencyCode": "EUR"},
                                                 "presentmentMoney": {"amount": "3.43", "currencyCode": "USD"}}}]}]},
         "shippingLines": {"nodes": []}}
        """

    static func decode(_ text: String) throws -> StagedOrder {
        try StagedOrder(from: NodeReader(try JSON.parse(text)))
    }

    @Test("a whole order decodes into the staged fields, amounts exact in the shop's currency")
    func decodesOrder() throws {
        let staged = try Self.decode(Self.order)
        let order = staged.order
        #expect(order.id == 5001 && order.name == "#1001")
        #expect(order.channel == "Online Store")
        #expect(order.tags == "[vip] [gift]")
        #expect(order.financialStatus == "partially_paid" && !order.fullyPaid)
        #expect(order.highRisk)
        #expect(order.customerId == 77 && order.companyId == 9 && order.companyLocationId == 19)
        #expect(order.billToName == "Ada Lovelace" && order.billToCountry == "GB")
        #expect(order.phone == "+44 113 0000", "the billing phone stands in for a missing order phone")
        #expect(order.total == Decimal(string: "24.95") && order.currency == "EUR")
        #expect(order.presentmentCurrency == "USD")
        #expect(order.lines.count == 1)
        let line = order.lines[0]
        #expect(line.quantity == 2, "the current quantity, after an edit removed one")
        #expect(line.unitPrice == 10 && line.discount == Decimal(string: "1.5"))
        #expect(line.tax == Decimal(string: "3.19"))
        #expect(line.variantId == 81 && line.productId == 91)
        #expect(staged.moreLinesAfter == "c50")
        #expect(order.rawJSON?.contains("\"#1001\"") == true)
    }

    @Test("a bad money string makes the order a recorded problem, never a half-read order")
    func badMoney() {
        let text = Self.order.replacingOccurrences(of: "\"24.95\"", with: "\"24,95\"")
        #expect(throws: DecodeProblem.self) { try Self.decode(text) }
    }

    @Test("a point-of-sale order without customer or address decodes with blanks")
    func pointOfSale() throws {
        var text = Self.order.replacingOccurrences(of: "\"web\"", with: "\"pos\"")
        text = text.replacingOccurrences(of: "\"customer\": {\"id\": \"gid://shopify/Customer/77\"}",
                                         with: "\"customer\": null")
        let order = try Self.decode(text).order
        #expect(order.channel == "Point of Sale")
        #expect(order.customerId == 0)
    }

    @Test("the first run asks for open orders; later runs for changes since the window's start")
    func searchQuery() {
        #expect(OrderSearch.query(updatedAfter: nil, filter: nil) == "status:open")
        let after = Timestamp(seconds: 1_764_578_100) // 2025-12-01T08:35:00Z
        #expect(OrderSearch.query(updatedAfter: after, filter: nil) == "updated_at:>='2025-12-01T08:35:00Z'")
    }

    @Test("only the parts of a filter Shopify evaluates exactly are pushed into the search")
    func pushDown() {
        let paid = Filter.compare(.equal, .field("financial_status", .string), .constant(.string("paid")))
        let channel = Filter.compare(.equal, .field("channel", .string), .constant(.string("Online Store")))
        #expect(OrderSearch.pushable(.and(paid, channel)) == ["financial_status:paid"])
        #expect(OrderSearch.pushable(.or(paid, channel)).isEmpty)
        #expect(OrderSearch.pushable(.not(paid)).isEmpty)
    }

    @Test("the sync documents are valid against the 2026-07 Admin schema and cost what they say",
          .enabled(if: ShopifyMaterial.isAvailable, Comment(rawValue: ShopifyMaterial.absentReason)))
    func documents() throws {
        let schema = try #require(ShopifyMaterial.schema)
        for document in SyncDocuments.all {
            let parsed = try Parser.parseDocument(document.text).get()
            let errors = validate(parsed, against: schema)
            #expect(errors.isEmpty, "\(document.name): \(errors.map(\.description))")
            let operation = try #require(parsed.operation(named: document.name))
            #expect(requestedCost(of: operation, in: parsed, schema: schema) == document.expectedCost,
                    "\(document.name)")
        }
        #expect(Double(ShopifyDocuments.orderImportPage.expectedCost) / 250 <= 2, "at most 2 points per order")
    }
}
