import ShopifyClient

/// Shopify's customer model, named apart from the ledger's `Customer` (this file imports only the
/// client, so the name is not ambiguous here).
typealias ShopifyCustomer = Customer
