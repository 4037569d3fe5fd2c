/// Customers and B2B companies.
extension ShopifyDocuments {
    public static let customersPage = ShopifyDocument(name: "CustomersPage", expectedCost: 35, """
        query CustomersPage($first: Int = 250, $after: String, $query: String) {
          customers(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id legacyResourceId firstName lastName displayName note tags state taxExempt locale
              createdAt updatedAt
              defaultEmailAddress { emailAddress }
              defaultPhoneNumber { phoneNumber }
              defaultAddress {
                firstName lastName company address1 address2 city province provinceCode zip
                country countryCodeV2 phone
              }
              amountSpent { amount currencyCode }
            }
          }
        }
        """)

    public static let companiesPage = ShopifyDocument(name: "CompaniesPage", expectedCost: 155, """
        query CompaniesPage($first: Int = 100, $after: String, $query: String) {
          companies(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id name externalId note customerSince createdAt updatedAt
              mainContact { id customer { id } }
              locations(first: 10) {
                nodes {
                  id name externalId currency
                  billingAddress { address1 address2 city zip province countryCode companyName phone }
                  shippingAddress { address1 address2 city zip province countryCode companyName phone }
                }
              }
            }
          }
        }
        """)

    /// An upsert keyed on the identifier (id, e-mail, phone or custom id): safe to resend.
    public static let customerSet = ShopifyDocument(
        name: "CustomerSet", kind: .mutation, safety: .upsert, expectedCost: 10, """
        mutation CustomerSet($input: CustomerSetInput!, $identifier: CustomerSetIdentifiers) {
          customerSet(input: $input, identifier: $identifier) {
            customer { id updatedAt }
            userErrors { field message code }
          }
        }
        """)

    /// Creates a second customer when resent: the engine looks the e-mail up before resending.
    public static let customerCreate = ShopifyDocument(
        name: "CustomerCreate", kind: .mutation, safety: .verifyBeforeResend, expectedCost: 10, """
        mutation CustomerCreate($input: CustomerInput!) {
          customerCreate(input: $input) {
            customer { id updatedAt }
            userErrors { field message }
          }
        }
        """)

    public static let customerUpdate = ShopifyDocument(
        name: "CustomerUpdate", kind: .mutation, safety: .upsert, expectedCost: 10, """
        mutation CustomerUpdate($input: CustomerInput!) {
          customerUpdate(input: $input) {
            customer { id updatedAt }
            userErrors { field message }
          }
        }
        """)
}
