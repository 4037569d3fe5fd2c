/// Orders: the import page and the reads and writes around fulfilment and closing.
extension ShopifyDocuments {
    /// A page of whole orders, line items and shipping lines included, so an order costs one
    /// request share. With the default 250 orders the requested cost stays far below 1,000
    /// because Shopify charges connections by `⌊2 ln n⌋`, not by `n`: about 1.4 points per order.
    /// An order with more than 50 line items reports `lineItems.pageInfo.hasNextPage`; its
    /// remaining lines are read with `orderLineItemsPage`.
    public static let orderImportPage = ShopifyDocument(name: "OrderImportPage", expectedCost: 354, """
        query OrderImportPage($first: Int = 250, $after: String, $query: String) {
          orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id legacyResourceId name createdAt processedAt updatedAt
              closed closedAt cancelledAt cancelReason test email sourceName tags note
              currencyCode presentmentCurrencyCode taxesIncluded
              displayFinancialStatus displayFulfillmentStatus edited fullyPaid
              customer { id }
              billingAddress { ...OrderAddress }
              shippingAddress { ...OrderAddress }
              totalPriceSet { ...Money }
              currentTotalPriceSet { ...Money }
              subtotalPriceSet { ...Money }
              totalTaxSet { ...Money }
              totalShippingPriceSet { ...Money }
              totalDiscountsSet { ...Money }
              totalOutstandingSet { ...Money }
              lineItems(first: 50) {
                pageInfo { hasNextPage endCursor }
                nodes { ...OrderLine }
              }
              shippingLines(first: 5) {
                nodes { title code originalPriceSet { ...Money } discountedPriceSet { ...Money } }
              }
            }
          }
        }
        \(addressFragment)
        \(lineFragments)
        """)

    /// The rest of one order's line items, after the first 50.
    public static let orderLineItemsPage = ShopifyDocument(name: "OrderLineItemsPage", expectedCost: 36, """
        query OrderLineItemsPage($id: ID!, $first: Int = 250, $after: String) {
          order(id: $id) {
            id
            lineItems(first: $first, after: $after) {
              pageInfo { hasNextPage endCursor }
              nodes { ...OrderLine }
            }
          }
        }
        \(lineFragments)
        """)

    static let addressFragment = """
        fragment OrderAddress on MailingAddress {
          firstName lastName company address1 address2 city province provinceCode zip
          country countryCodeV2 phone
        }
        """

    static let lineFragments = """
        fragment Money on MoneyBag {
          shopMoney { amount currencyCode }
          presentmentMoney { amount currencyCode }
        }
        fragment OrderLine on LineItem {
          id title name sku quantity currentQuantity unfulfilledQuantity requiresShipping taxable
          variant { id }
          originalUnitPriceSet { ...Money }
          discountedTotalSet { ...Money }
          totalDiscountSet { ...Money }
          taxLines { title rate priceSet { ...Money } }
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
