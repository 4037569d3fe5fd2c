import GraphQL

/// Why a document typed by an admin cannot be sent.
public enum AdHocDocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(String)
    case noOperation
    case severalOperations(Int)
    case subscription

    public var description: String {
        switch self {
        case .syntax(let message): return "the GraphQL text does not parse: \(message)"
        case .noOperation: return "the GraphQL text holds no query or mutation"
        case .severalOperations(let count):
            return "the GraphQL text holds \(count) operations; send one at a time"
        case .subscription: return "subscriptions are not part of the Admin API over HTTP"
        }
    }
}

extension ShopifyDocument {
    /// A document an admin typed (`shopify query`): parsed here to learn whether it is a
    /// mutation and what it is called. Its expected cost is unknown until Shopify answers, so
    /// the client paces it by `expectedCost` and then by what Shopify reports.
    public static func adHoc(_ text: String,
                             expectedCost: Int = 1) -> Result<ShopifyDocument, AdHocDocumentError> {
        let document: Document
        switch Parser.parseDocument(text) {
        case .success(let parsed): document = parsed
        case .failure(let error): return .failure(.syntax(error.message))
        }
        guard let operation = document.operations.first else { return .failure(.noOperation) }
        guard document.operations.count == 1 else {
            return .failure(.severalOperations(document.operations.count))
        }
        let kind: Kind
        switch operation.kind {
        case .query: kind = .query
        case .mutation: kind = .mutation
        case .subscription: return .failure(.subscription)
        }
        return .success(ShopifyDocument(adHoc: text, name: operation.name, kind: kind,
                                        expectedCost: expectedCost))
    }
}
