/// Orders: the import page and the reads and writes around fulfilment and closing.
extension ShopifyDocuments {
    /// A page of whole orders for staging: header, addresses, totals, risk, the B2B purchaser,
    /// up to 20 line items, the shipping lines and the refunds (amount and units taken back),
    /// so one request brings a complete order and a 250-order page costs 486 points, under 2
    /// per order and far below the 1,000-point cap (Shopify charges a connection's children by
    /// the logarithm of its size: 20 lines instead of 50 pay for the refunds). An order with
    /// more lines reports `lineItems.pageInfo.hasNextPage`; the rest come from
    /// `orderLineItemsPage`. Sorted by `updatedAt`, so a sync's cursor is the last instant seen.
    public static let orderImportPage = ShopifyDocument(name: "OrderImportPage", expectedCost: 486, """
        query OrderImportPage($first: Int = 250, $after: String, $query: String) {
          orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            pageInfo { hasNextPage endCursor }
            nodes {
              ...OrderFields
              lineItems(first: 20) { pageInfo { hasNextPage endCursor } nodes { ...OrderLine } }
              shippingLines(first: 10) { nodes { id title code discountedPriceSet { ...Money } } }
              refunds(first: 20) {
                id createdAt totalRefundedSet { ...Money }
                refundLineItems(first: 20) { nodes { quantity } }
              }
            }
          }
        }
        \(orderFragments)
        """)

    /// The rest of one order's line items, after the first 20.
    public static let orderLineItemsPage = ShopifyDocument(name: "OrderLineItemsPage", expectedCost: 47, """
        query OrderLineItemsPage($id: ID!, $first: Int = 250, $after: String) {
          order(id: $id) {
            lineItems(first: $first, after: $after) {
              pageInfo { hasNextPage endCursor }
              nodes { ...OrderLine }
            }
          }
        }
        \(lineFragments)
        """)

    /// An order's own fields, shared by the import page and a bulk backfill's query, so both
    /// stage the same.
    public static let orderFragments = """
        fragment OrderFields on Order {
          id name createdAt updatedAt closed cancelledAt email phone sourceName tags
          currencyCode presentmentCurrencyCode taxesIncluded
          displayFinancialStatus displayFulfillmentStatus fullyPaid
          customer { id }
          purchasingEntity { ... on PurchasingCompany { company { id } location { id } } }
          risk { recommendation }
          billingAddress { ...OrderAddress }
          shippingAddress { ...OrderAddress }
          subtotalPriceSet { ...Money }
          totalTaxSet { ...Money }
          totalShippingPriceSet { ...Money }
          totalDiscountsSet { ...Money }
          totalPriceSet { ...Money }
        }
        fragment OrderAddress on MailingAddress {
          firstName lastName company address1 address2 city zip countryCodeV2 phone
        }
        \(lineFragments)
        """

    /// `Money` and `OrderLine`: a line item as the import reads it.
    public static let lineFragments = """
        fragment Money on MoneyBag {
          shopMoney { amount currencyCode }
          presentmentMoney { amount currencyCode }
        }
        fragment OrderLine on LineItem {
          id title sku quantity currentQuantity
          variant { id barcode product { id } }
          originalUnitPriceSet { ...Money }
          totalDiscountSet { ...Money }
          taxLines { priceSet { ...Money } }
        }
        """

    /// An order's fulfilment orders with what remains to fulfil, and its fulfilments with
    /// their tracking numbers: read before `fulfillmentCreate`, and again to learn whether a
    /// fulfilment whose reply was lost landed.
    public static let fulfillmentOrdersOfOrder = ShopifyDocument(
        name: "FulfillmentOrdersOfOrder", expectedCost: 120, """
        query FulfillmentOrdersOfOrder($id: ID!) {
          order(id: $id) {
            id
            fulfillments(first: 50) { id status trackingInfo(first: 10) { number company url } }
            fulfillmentOrders(first: 20) {
              nodes {
                id status requestStatus
                assignedLocation { location { id } }
                lineItems(first: 100) {
                  nodes { id lineItem { id } sku totalQuantity remainingQuantity }
                }
              }
            }
          }
        }
        """)

    /// Not idempotent: the engine reads `fulfillmentOrdersOfOrder` first and, after a lost
    /// reply, looks for its shipment number among the tracking numbers before resending.
    public static let fulfillmentCreate = ShopifyDocument(
        name: "FulfillmentCreate", kind: .mutation, safety: .verifyBeforeResend, expectedCost: 11, """
        mutation FulfillmentCreate($fulfillment: FulfillmentInput!, $message: String) {
          fulfillmentCreate(fulfillment: $fulfillment, message: $message) {
            fulfillment { id status trackingInfo(first: 10) { number company url } }
            userErrors { field message }
          }
        }
        """)

    /// Closing a closed order succeeds as a no-op, so resending is safe.
    public static let orderClose = ShopifyDocument(
        name: "OrderClose", kind: .mutation, safety: .upsert, expectedCost: 10, """
        mutation OrderClose($input: OrderCloseInput!) {
          orderClose(input: $input) {
            order { id closed closedAt }
            userErrors { field message }
          }
        }
        """)

    /// Sets fields (note, tags, attributes such as the ERP document number): repeatable.
    public static let orderUpdate = ShopifyDocument(
        name: "OrderUpdate", kind: .mutation, safety: .upsert, expectedCost: 10, """
        mutation OrderUpdate($input: OrderInput!) {
          orderUpdate(input: $input) {
            order { id updatedAt }
            userErrors { field message }
          }
        }
        """)
}
