import ShopifyClient

/// The documents only `sync orders` sends (the import page and its lines are the client's
/// `ShopifyDocuments.orderImportPage` and `orderLineItemsPage`).
enum SyncDocuments {
    /// How many orders a search selects, counted up to `limit`: what decides between pages
    /// and a bulk query.
    static let orderCount = ShopifyDocument(name: "SyncOrdersCount", expectedCost: 10, """
        query SyncOrdersCount($query: String, $limit: Int) {
          ordersCount(query: $query, limit: $limit) { count precision }
        }
        """)

    /// The bulk query of a backfill: the same orders and fields as the import page
    /// (`ShopifyDocuments.orderImportPage`), with every line item and shipping line, through `edges { node }` as bulk queries must. A bulk query
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
                ...OrderFields
                lineItems { edges { node { __typename ...OrderLine } } }
                shippingLines {
                  edges { node { __typename id title code discountedPriceSet { ...Money } } }
                }
                refunds { id createdAt totalRefundedSet { ...Money } }
              }
            }
          }
        }
        \(ShopifyDocuments.orderFragments)
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

    /// An order's custom attributes, read before the document number is set among them.
    static let orderAttributes = ShopifyDocument(name: "SyncOrderAttributes", expectedCost: 2, """
        query SyncOrderAttributes($id: ID!) {
          order(id: $id) { customAttributes { key value } }
        }
        """)

    static let all = [orderAttributes, orderCount, orderRefunds]
}
