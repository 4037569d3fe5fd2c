/// Every GraphQL document the client sends lives in this folder, as a static property of
/// `ShopifyDocuments`; `all` lists them for the schema and cost tests.
public enum ShopifyDocuments {
    public static let all: [ShopifyDocument] = [
        orderImportPage, orderLineItemsPage, fulfillmentOrdersOfOrder, fulfillmentCreate,
        orderClose, orderUpdate, customersPage, companiesPage, customerSet, customerCreate,
        customerUpdate, productsPage, locationsPage, inventoryLevelsPage, inventorySetQuantities,
        inventoryAdjustQuantities, productVariantsPriceUpdate, priceListFixedPricesAdd,
        bulkOperationRunQuery, bulkOperationPoll, shopIdentity, shopAccess,
    ]

    /// The shop's identity: what `shop "x" test` reads first, served by every store.
    public static let shopIdentity = ShopifyDocument(name: "ShopIdentity", expectedCost: 1, """
        query ShopIdentity {
          shop { id name myshopifyDomain currencyCode }
        }
        """)

    /// The shop's plan and the scopes the token was granted. The sandbox does not serve these
    /// fields, so `shop "x" test` reads them apart and says so when a store refuses them.
    public static let shopAccess = ShopifyDocument(name: "ShopAccess", expectedCost: 4, """
        query ShopAccess {
          shop { plan { publicDisplayName partnerDevelopment shopifyPlus } }
          currentAppInstallation { accessScopes { handle } }
        }
        """)

    /// Starts a bulk export. Resending after a lost reply starts a second read-only export at
    /// worst, which writes nothing to the shop.
    public static let bulkOperationRunQuery = ShopifyDocument(
        name: "BulkOperationRunQuery", kind: .mutation, safety: .upsert, expectedCost: 10, """
        mutation BulkOperationRunQuery($query: String!) {
          bulkOperationRunQuery(query: $query, groupObjects: false) {
            bulkOperation { id status createdAt }
            userErrors { field message code }
          }
        }
        """)

    public static let bulkOperationPoll = ShopifyDocument(name: "BulkOperationPoll", expectedCost: 1, """
        query BulkOperationPoll($id: ID!) {
          bulkOperation(id: $id) {
            id status errorCode objectCount rootObjectCount fileSize url partialDataUrl completedAt
          }
        }
        """)

    /// The access scopes the connector's syncs need (`shop "x" test` reports those missing).
    public static let requiredScopes = [
        "read_orders", "write_orders", "read_customers", "write_customers", "read_products",
        "write_products", "read_inventory", "write_inventory", "read_locations",
        "read_fulfillments", "write_fulfillments", "read_merchant_managed_fulfillment_orders",
        "write_merchant_managed_fulfillment_orders",
    ]

    /// Scopes that widen what the syncs see: orders older than 60 days, Shopify Payments payouts.
    public static let recommendedScopes = ["read_all_orders", "read_shopify_payments_payouts"]
}
