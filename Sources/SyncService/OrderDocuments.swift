import ShopifyClient

/// The documents `sync orders` sends.
enum SyncDocuments {
    /// A page of whole orders for staging: header, addresses, totals, risk, the B2B purchaser,
    /// up to 20 line items, the shipping lines and the refunds (amount and units taken back),
    /// so one request brings a complete order and a 250-order page costs 486 points, under 2
    /// per order and far below the 1,000-point cap (Shopify charges a connection's children by
    /// the logarithm of its size: 20 lines instead of 50 pay for the refunds). Orders with
    /// more lines are completed with `orderLines`. Sorted by `updatedAt`, so a cursor is the
    /// last instant seen.
    static let orderImport = ShopifyDocument(name: "SyncOrdersPage", expectedCost: 486, """
        query SyncOrdersPage($first: Int = 250, $after: String, $query: String) {
          orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            pageInfo { hasNextPage endCursor }
            nodes {
              ...SyncOrder
              lineItems(first: 20) { pageInfo { hasNextPage endCursor } nodes { ...SyncLine } }
              shippingLines(first: 10) { nodes { id title code discountedPriceSet { ...SyncMoney } } }
              refunds(first: 20) {
                id createdAt totalRefundedSet { ...SyncMoney }
                refundLineItems(first: 20) { nodes { quantity } }
              }
            }
          }
        }
        \(orderFragments)
        """)

    /// The rest of one order's line items, after the first 20.
    static let orderLines = ShopifyDocument(name: "SyncOrderLines", expectedCost: 47, """
        query SyncOrderLines($id: ID!, $first: Int = 250, $after: String) {
          order(id: $id) {
            lineItems(first: $first, after: $after) {
              pageInfo { hasNextPage endCursor }
              nodes { ...SyncLine }
            }
          }
        }
        \(lineFragments)
        """)

    /// How many orders a search selects, counted up to `limit`: what decides between pages
    /// and a bulk query.
    static let orderCount = ShopifyDocument(name: "SyncOrdersCount", expectedCost: 10, """
        query SyncOrdersCount($query: String, $limit: Int) {
          ordersCount(query: $query, limit: $limit) { count precision }
        }
        """)

    /// The bulk query of a backfill: the same orders and fields as `orderImport`, with every
    /// line item and shipping line, through `edges { node }` as bulk queries must. A bulk query
    /// takes no variables, so the search is written into it. Nested nodes select `__typename`:
    /// in the JSONL it is what tells a line item from a shipping line. Refunds come without
    /// their line items (a connection inside a list, which bulk queries refuse): `orderRefunds`
    /// completes the orders that have any.
    static func orderBackfill(search: String) -> String {
        """
        query SyncOrdersBackfill {
          orders(query: \(graphQLString(search)), sortKey: UPDATED_AT) {
            edges {
              node {
                ...SyncOrder
                lineItems { edges { node { __typename ...SyncLine } } }
                shippingLines {
                  edges { node { __typename id title code discountedPriceSet { ...SyncMoney } } }
                }
                refunds { id createdAt totalRefundedSet { ...SyncMoney } }
              }
            }
          }
        }
        \(orderFragments)
        """
    }

    /// The refunds of a few orders with the units each took back, for the orders of a bulk
    /// backfill that have refunds.
    static let orderRefunds = ShopifyDocument(name: "SyncOrderRefunds", expectedCost: 9, """
        query SyncOrderRefunds($ids: [ID!]!) {
          nodes(ids: $ids) {
            ... on Order {
              id refunds(first: 20) { id refundLineItems(first: 20) { nodes { quantity } } }
            }
          }
        }
        """)

    /// A GraphQL string literal of `text`.
    static func graphQLString(_ text: String) -> String {
        var literal = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            default: literal.unicodeScalars.append(character)
            }
        }
        return literal + "\""
    }

    /// An order's own fields, shared by the paged and the bulk queries, so both stage the same.
    static let orderFragments = """
        fragment SyncOrder on Order {
          id name createdAt updatedAt closed cancelledAt email phone sourceName tags
          currencyCode presentmentCurrencyCode taxesIncluded
          displayFinancialStatus displayFulfillmentStatus fullyPaid
          customer { id }
          purchasingEntity { ... on PurchasingCompany { company { id } location { id } } }
          risk { recommendation }
          billingAddress { ...SyncAddress }
          shippingAddress { ...SyncAddress }
          subtotalPriceSet { ...SyncMoney }
          totalTaxSet { ...SyncMoney }
          totalShippingPriceSet { ...SyncMoney }
          totalDiscountsSet { ...SyncMoney }
          totalPriceSet { ...SyncMoney }
        }
        \(addressFragment)
        \(lineFragments)
        """

    /// An order's custom attributes, read before the document number is set among them.
    static let orderAttributes = ShopifyDocument(name: "SyncOrderAttributes", expectedCost: 2, """
        query SyncOrderAttributes($id: ID!) {
          order(id: $id) { customAttributes { key value } }
        }
        """)

    static let addressFragment = """
        fragment SyncAddress on MailingAddress {
          firstName lastName company address1 address2 city zip countryCodeV2 phone
        }
        """

    static let lineFragments = """
        fragment SyncMoney on MoneyBag {
          shopMoney { amount currencyCode }
          presentmentMoney { amount currencyCode }
        }
        fragment SyncLine on LineItem {
          id title sku quantity currentQuantity
          variant { id barcode product { id } }
          originalUnitPriceSet { ...SyncMoney }
          totalDiscountSet { ...SyncMoney }
          taxLines { priceSet { ...SyncMoney } }
        }
        """

    static let all = [orderImport, orderLines, orderAttributes, orderCount, orderRefunds]
}
