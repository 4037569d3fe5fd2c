import Foundation
import GraphQL

/// `tagsAdd` and `tagsRemove` on orders, customers and products: the connector tags what it
/// has synchronised. Each change bumps the record's `updatedAt`, as Shopify's does.
enum TagMutations {
    static func change(_ arguments: FieldArguments, _ context: ResolveContext, adding: Bool) throws
        -> Resolved
    {
        let payload = Payload(typeName: adding ? "TagsAddPayload" : "TagsRemovePayload",
                              errorType: "UserError")
        let tags = split(arguments.strings("tags") ?? [])
        let gid = arguments.string("id") ?? ""
        let apply = { (current: [String]) in
            adding ? current + tags.filter { !current.contains($0) } : current.filter { !tags.contains($0) }
        }
        let session = context.session
        switch GlobalID.parse(gid)?.kind {
        case "Order": if var record = try load(OrderRecord.self, gid, session) {
            record.tags = apply(record.tags)
            return try save(record, payload, context) { OrderObject(record: $0) }
        }
        case "Customer": if var record = try load(CustomerRecord.self, gid, session) {
            record.tags = apply(record.tags)
            return try save(record, payload, context) { CustomerObject(record: $0) }
        }
        case "Product": if var record = try load(ProductRecord.self, gid, session) {
            record.tags = apply(record.tags)
            return try save(record, payload, context) { ProductObject(record: $0) }
        }
        default: break
        }
        return payload.failure([UserErrorValue(field: ["id"], message: "Object does not exist", code: nil)])
    }

    /// Shopify accepts `"a, b"` as two tags; blanks are dropped.
    static func split(_ tags: [String]) -> [String] {
        tags.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    private static func load<R: StoreRecord>(_ type: R.Type, _ gid: String, _ session: StoreSession)
        throws -> R? {
        guard let id = GlobalID.id(gid, kind: R.kind) else { return nil }
        return try session.load(type, id: id)
    }

    private static func save<R: StoreRecord>(_ record: R, _ payload: Payload, _ context: ResolveContext,
                                             _ object: (R) -> any GraphObject) throws -> Resolved {
        var changed = record
        changed.updatedAt = max(record.updatedAt, context.now)
        try context.session.save(changed)
        return payload.success(["node": .object(object(changed))])
    }
}
