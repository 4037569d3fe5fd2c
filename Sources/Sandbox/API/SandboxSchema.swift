import GraphQL

/// The part of Shopify's Admin API (2026-07) the sandbox serves, as SDL.
///
/// Every type, field, argument and enum value here exists in Shopify's schema with the same type
/// (a test holds it to `admin-2026-07.graphql`); descriptions and deprecation notes are left out.
/// It was cut from the real schema: only the fields the connector reads or writes, and the input
/// and enum types their arguments need, whole.
public enum SandboxSchema {
    /// The served schema, parsed once.
    public static let schema: Schema = {
        switch Schema.parse(sdl: sdl) {
        case .success(let schema): return schema
        case .failure(let error): preconditionFailure("the sandbox schema does not parse: \(error)")
        }
    }()

    /// The SDL text: the schema's roots, scalars and directives, then its object, enum and input
    /// types (each kind in its own file, in their original order).
    public static let sdl = [roots, objectTypes, enumTypes, inputTypes].joined(separator: "\n\n")

    /// The schema's root operation types, custom scalars and directives.
    static let roots = #"""
schema {
  query: QueryRoot
  mutation: Mutation
}

scalar DateTime

scalar Decimal

scalar HTML

scalar Money

scalar URL

scalar UnsignedInt64

directive @idempotent(key: String!) on FIELD
"""#
}
