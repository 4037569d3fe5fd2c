/// Products, variants, prices, locations and inventory.
extension ShopifyDocuments {
    public static let productsPage = ShopifyDocument(name: "ProductsPage", expectedCost: 212, """
        query ProductsPage($first: Int = 50, $after: String, $query: String) {
          products(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id title handle status vendor productType tags createdAt updatedAt
              variants(first: 100) {
                pageInfo { hasNextPage endCursor }
                nodes {
                  id sku barcode price compareAtPrice title position taxable updatedAt
                  selectedOptions { name value }
                  inventoryItem { id }
                }
              }
            }
          }
        }
        """)

    public static let locationsPage = ShopifyDocument(name: "LocationsPage", expectedCost: 11, """
        query LocationsPage($first: Int = 100, $after: String) {
          locations(first: $first, after: $after, includeInactive: true) {
            pageInfo { hasNextPage endCursor }
            nodes { id legacyResourceId name isActive fulfillsOnlineOrders }
          }
        }
        """)

    /// Inventory items with their levels at up to 20 locations and the two quantities the
    /// stock sync compares.
    public static let inventoryLevelsPage = ShopifyDocument(name: "InventoryLevelsPage", expectedCost: 164, """
        query InventoryLevelsPage($first: Int = 100, $after: String, $query: String) {
          inventoryItems(first: $first, after: $after, query: $query) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id sku tracked updatedAt
              inventoryLevels(first: 20) {
                nodes {
                  id
                  location { id }
                  quantities(names: ["available", "on_hand"]) { name quantity }
                }
              }
            }
          }
        }
        """)

    /// Sets quantities; the key derived from the ERP movement makes a resend apply once.
    public static let inventorySetQuantities = ShopifyDocument(
        name: "InventorySetQuantities", kind: .mutation,
        safety: .idempotencyKey(variable: "idempotencyKey"), expectedCost: 11, """
        mutation InventorySetQuantities($input: InventorySetQuantitiesInput!, $idempotencyKey: String!) {
          inventorySetQuantities(input: $input) @idempotent(key: $idempotencyKey) {
            inventoryAdjustmentGroup { id createdAt reason changes { name delta quantityAfterChange } }
            userErrors { field message code }
          }
        }
        """)

    /// Moves quantities by deltas; the key derived from the ERP movement makes a resend apply
    /// once, so a lost reply never becomes two deltas.
    public static let inventoryAdjustQuantities = ShopifyDocument(
        name: "InventoryAdjustQuantities", kind: .mutation,
        safety: .idempotencyKey(variable: "idempotencyKey"), expectedCost: 11, """
        mutation InventoryAdjustQuantities($input: InventoryAdjustQuantitiesInput!, $idempotencyKey: String!) {
          inventoryAdjustQuantities(input: $input) @idempotent(key: $idempotencyKey) {
            inventoryAdjustmentGroup { id createdAt reason changes { name delta quantityAfterChange } }
            userErrors { field message code }
          }
        }
        """)

    /// Sets variant prices (and barcodes): a set, so resending changes nothing.
    public static let productVariantsPriceUpdate = ShopifyDocument(
        name: "ProductVariantsPriceUpdate", kind: .mutation, safety: .upsert, expectedCost: 10, """
        mutation ProductVariantsPriceUpdate($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
          productVariantsBulkUpdate(productId: $productId, variants: $variants) {
            productVariants { id price compareAtPrice updatedAt }
            userErrors { field message code }
          }
        }
        """)

    /// Sets a variant's fixed price in a B2B price list; a second add overwrites.
    public static let priceListFixedPricesAdd = ShopifyDocument(
        name: "PriceListFixedPricesAdd", kind: .mutation, safety: .upsert, expectedCost: 11, """
        mutation PriceListFixedPricesAdd($priceListId: ID!, $prices: [PriceListPriceInput!]!) {
          priceListFixedPricesAdd(priceListId: $priceListId, prices: $prices) {
            prices { variant { id } price { amount currencyCode } }
            userErrors { field message code }
          }
        }
        """)
}
