import Foundation
import Ledger
import ShopSyncCore
import Sync
import Testing

@Suite("customer mapping")
struct CustomerMappingTests {
    let fixture: OrderFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try OrderFixture() }

    func map(_ order: ImportedOrder) throws -> MappedCustomers {
        try CustomerMapper(ledger: ledger, settings: try fixture.settings).map(order)
    }

    @Test("e-mail matches exactly, whatever its case, and links the Shopify customer")
    func byEmail() throws {
        let mapped = try map(fixture.order(email: "ADA@example.COM"))
        #expect(mapped == MappedCustomers(sellTo: "C1", billTo: "C1", created: false))
        #expect(try ledger.linkedCustomer(shop: "web", shopifyCustomerId: 77) == "C1")
    }

    @Test("a similar e-mail is not a match")
    func similarEmailIsNot() throws {
        try fixture.set("auto_create_customers", false)
        #expect(throws: OrderProblem.self) { try map(fixture.order(email: "ada@example.co")) }
    }

    @Test("phone matches by its digits when no e-mail does")
    func byPhone() throws {
        var order = fixture.order(email: "")
        order.phone = "+44 (20) 7946-0018"
        #expect(try map(order).sellTo == "C1")
    }

    @Test("a linked Shopify customer wins over the e-mail")
    func linkedFirst() throws {
        try ledger.linkCustomer(shop: "web", shopifyCustomerId: 77, customerNo: "WALKIN", email: "")
        #expect(try map(fixture.order()).sellTo == "WALKIN")
    }

    @Test("bill-to mapping compares name, address, city and post code")
    func byBillTo() throws {
        try fixture.set("customer_mapping", "bill_to")
        #expect(try map(fixture.order(email: "someone@else.com")).sellTo == "C1")
        var moved = fixture.order()
        moved.billToPostCode = "E1 6AN"
        try fixture.set("auto_create_customers", false)
        #expect(
            throws: OrderProblem.noCustomer(
                email: "ada@example.com", phone: "", name: "Ada Lovelace")
        ) {
            try map(moved)
        }
    }

    @Test("the default mapping takes the shop's default customer, and says so when there is none")
    func byDefault() throws {
        try fixture.set("customer_mapping", "default")
        #expect(throws: OrderProblem.noDefaultCustomer) { try map(fixture.order()) }
        try fixture.set("default_customer", "WALKIN")
        #expect(try map(fixture.order()).sellTo == "WALKIN")
    }

    @Test("with customer import off, the default customer takes every order")
    func importNone() throws {
        try fixture.set("customer_import", "none")
        try fixture.set("default_customer", "WALKIN")
        #expect(try map(fixture.order()).sellTo == "WALKIN")
    }

    @Test("a country's default customer comes before any mapping")
    func countryDefault() throws {
        try ledger.saveShopCustomerTemplate(
            ShopCustomerTemplate(
                shop: "web", countryCode: "GB",
                defaultCustomerNo: "WALKIN"))
        #expect(try map(fixture.order()).sellTo == "WALKIN")
    }

    @Test("a B2B order takes its company location's customers, else its company's")
    func companyLocation() throws {
        try ledger.addCustomer(Customer(no: "B2B", name: "Acme Ltd"))
        try ledger.addCustomer(Customer(no: "B2B-HQ", name: "Acme head office"))
        try ledger.saveCompany(shop: "web", id: 5, name: "Acme", customerNo: "B2B-HQ")
        var order = fixture.order()
        (order.companyId, order.companyLocationId) = (5, 50)
        #expect(
            try map(order) == MappedCustomers(sellTo: "B2B-HQ", billTo: "B2B-HQ", created: false))
        try ledger.saveCompanyLocation(
            ShopifyCompanyLocation(
                shop: "web", id: 50, companyId: 5,
                customerNo: "B2B", billToCustomerNo: "B2B-HQ"))
        #expect(try map(order) == MappedCustomers(sellTo: "B2B", billTo: "B2B-HQ", created: false))
        order.companyId = 6
        order.companyLocationId = 60
        #expect(throws: OrderProblem.companyWithoutCustomer(companyId: 6, locationId: 60)) {
            try map(order)
        }
    }

    @Test("an unknown buyer is created from the country's template, numbered from the series")
    func createdFromCountryTemplate() throws {
        try ledger.saveCustomerTemplate(CustomerTemplate(code: "UK", paymentTerms: "14D"))
        try ledger.saveShopCustomerTemplate(
            ShopCustomerTemplate(shop: "web", countryCode: "GB", templateCode: "UK"))
        var order = fixture.order(email: "new@buyer.com")
        order.billToName = "New Buyer"
        let mapped = try map(order)
        #expect(mapped == MappedCustomers(sellTo: "C10001", billTo: "C10001", created: true))
        let created = try #require(try ledger.customer("C10001"))
        #expect(
            created.name == "New Buyer" && created.templateCode == "UK"
                && created.paymentTerms == "14D")
        #expect(created.countryCode == "GB" && created.email == "new@buyer.com")
    }

    @Test("without a country template the shop's customer template is used")
    func createdFromShopTemplate() throws {
        try ledger.saveCustomerTemplate(CustomerTemplate(code: "WEB", paymentTerms: "NOW"))
        try fixture.set("customer_template", "WEB")
        let mapped = try map(fixture.order(email: "new@buyer.com"))
        #expect(try ledger.customer(mapped.sellTo)?.templateCode == "WEB")
    }

    @Test("a blocked customer is a reason, not a document")
    func blocked() throws {
        var ada = try #require(try ledger.customer("C1"))
        ada.blocked = true
        try ledger.updateCustomer(ada)
        #expect(throws: OrderProblem.blockedCustomer("C1")) { try map(fixture.order()) }
    }
}
