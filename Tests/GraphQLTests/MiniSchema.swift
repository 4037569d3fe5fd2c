@testable import GraphQL

/// A small Shopify-shaped schema, so parser, validation and cost tests run without the
/// real schema file.
enum MiniSchema {
    static let sdl = #"""
    schema { query: QueryRoot mutation: Mutation }

    """
    Marks a mutation as safe to retry with the same key.
    """
    directive @idempotent(key: String!) on FIELD

    interface Node { id: ID! }

    scalar DateTime
    scalar Money

    enum ProductStatus { ACTIVE ARCHIVED DRAFT }
    enum ProductSortKeys { ID TITLE UPDATED_AT }

    type MoneyV2 { amount: Money! currencyCode: String! }

    type Product implements Node {
      id: ID!
      title: String!
      status: ProductStatus!
      updatedAt: DateTime!
      price: MoneyV2!
      tags: [String!]!
      variants(first: Int, after: String, last: Int, before: String): ProductVariantConnection!
      oldField: String @deprecated(reason: "Use `title`.")
    }

    type ProductVariant implements Node { id: ID! sku: String product: Product! }

    type Collection implements Node { id: ID! handle: String! }

    type PageInfo { hasNextPage: Boolean! endCursor: String }

    type ProductConnection { edges: [ProductEdge!]! nodes: [Product!]! pageInfo: PageInfo! }
    type ProductEdge { cursor: String! node: Product! }
    type ProductVariantConnection {
      edges: [ProductVariantEdge!]! nodes: [ProductVariant!]! pageInfo: PageInfo!
    }
    type ProductVariantEdge { cursor: String! node: ProductVariant! }

    union SearchResult = Product | Collection

    input ProductInput { id: ID title: String status: ProductStatus tags: [String!] }
    input MetafieldInput { namespace: String! key: String! value: String! }

    type QueryRoot {
      product(id: ID!): Product
      products(first: Int, after: String, last: Int, before: String, query: String,
               sortKey: ProductSortKeys = ID, reverse: Boolean = false): ProductConnection!
      node(id: ID!): Node
      search(term: String!): [SearchResult!]!
    }

    type UserError { field: [String!] message: String! }

    type ProductUpdatePayload { product: Product userErrors: [UserError!]! }

    type Mutation {
      productUpdate(input: ProductInput!, metafields: [MetafieldInput!]): ProductUpdatePayload
    }
    """#

    static let schema: Schema = {
        switch Schema.parse(sdl: sdl) {
        case .success(let schema): return schema
        case .failure(let error): fatalError("the test schema does not parse: \(error)")
        }
    }()

    /// Parses `source` and validates it against the mini schema.
    static func errors(_ source: String, variables: [String: JSON]? = nil) -> [GraphQLError] {
        switch Parser.parseDocument(source) {
        case .success(let document):
            return validate(document, against: schema, variables: variables)
        case .failure(let error):
            return [error]
        }
    }
}
