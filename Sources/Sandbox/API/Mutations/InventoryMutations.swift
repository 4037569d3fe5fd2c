import Foundation
import GraphQL

/// `inventorySetQuantities` and `inventoryAdjustQuantities`: set or move `available` or
/// `on_hand` at locations, with Shopify's compare-and-set (`changeFromQuantity`) and its
/// mandatory `@idempotent(key:)` (2026-04+).
enum InventoryMutations {
    /// The two mutations differ only in their input list and how an item gives its new quantity.
    enum Kind: String {
        case set, adjust

        var payload: Payload {
            self == .set
                ? Payload(typeName: "InventorySetQuantitiesPayload", errorType: "InventorySetQuantitiesUserError")
                : Payload(typeName: "InventoryAdjustQuantitiesPayload",
                          errorType: "InventoryAdjustQuantitiesUserError")
        }
        var listKey: String { self == .set ? "quantities" : "changes" }
        var itemType: String { self == .set ? "InventoryQuantityInput" : "InventoryChangeInput" }
        var invalidNameCode: String { self == .set ? "INVALID_NAME" : "INVALID_QUANTITY_NAME" }

        func target(of item: JSONObject, current: Int) -> Int {
            self == .set ? item.int("quantity") ?? 0 : current + (item.int("delta") ?? 0)
        }
    }
    static let reasons = ["correction", "cycle_count_available", "damaged", "movement_canceled",
                          "movement_created", "movement_received", "movement_updated", "other",
                          "promotion", "quality_control", "received", "reservation_created",
                          "reservation_deleted", "reservation_updated", "restock", "safety_stock",
                          "shrinkage"]

    /// What an applied call changed, kept under its idempotency key so a replay answers the
    /// same without changing anything again.
    struct Adjustment: Codable {
        var id: Int64
        var createdAt: Int64
        var reason: String
        var referenceDocumentUri: String?
        var changes: [Change]
    }

    struct Change: Codable {
        var name: String
        var delta: Int
        var quantityAfterChange: Int
        var inventoryItemId: Int64
        var locationId: Int64
    }

    static func setQuantities(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        try run(.set, arguments, context)
    }

    static func adjustQuantities(_ arguments: FieldArguments, _ context: ResolveContext) throws -> Resolved {
        try run(.adjust, arguments, context)
    }

    private static func run(_ kind: Kind, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let payload = kind.payload
        guard let key = arguments.directives["idempotent"]?["key"]?.stringValue,
              !key.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw FieldError.badRequest(
                "The @idempotent directive is required for this mutation but was not provided.")
        }
        let input = arguments.object("input") ?? JSONObject()
        let quantities = input.objects(kind.listKey) ?? []
        if quantities.contains(where: { !$0.has("changeFromQuantity") }) {
            throw FieldError(message: "\(kind.itemType) must include the following argument: changeFromQuantity.",
                             code: "INVALID_FIELD_ARGUMENTS")
        }
        // The mutation's name is part of the fingerprint: one key cannot serve both.
        let fingerprint = kind.rawValue + " " + JSON.object(input).serialized()
        if let stored = try context.session.database.queryOne(
            "SELECT fingerprint, result FROM idempotency_keys WHERE key = ?", [.text(key)]) {
            guard try stored.string("fingerprint") == fingerprint else {
                return payload.failure([UserErrorValue(field: nil, message:
                    "The same idempotency key cannot be used with different parameters.",
                    code: "IDEMPOTENCY_KEY_PARAMETER_MISMATCH")])
            }
            let adjustment = try JSONDecoder().decode(Adjustment.self, from: Data(try stored.string("result").utf8))
            return payload.success(["inventoryAdjustmentGroup": .object(AdjustmentObject(adjustment: adjustment))])
        }
        switch try apply(kind, input, quantities, context) {
        case .failure(let errors): return payload.failure(errors)
        case .success(let adjustment):
            let text = String(decoding: try JSONEncoder().encode(adjustment), as: UTF8.self)
            _ = try context.session.database.run(
                "INSERT INTO idempotency_keys (key, fingerprint, result) VALUES (?, ?, ?)",
                [.text(key), .text(fingerprint), .text(text)])
            return payload.success(["inventoryAdjustmentGroup": .object(AdjustmentObject(adjustment: adjustment))])
        }
    }

    /// Checks every item first, then applies all of them: one bad item changes nothing.
    private static func apply(_ kind: Kind, _ input: JSONObject, _ quantities: [JSONObject],
                              _ context: ResolveContext)
        throws -> Result<Adjustment, UserErrorValues>
    {
        let name = input.string("name") ?? ""
        let reason = input.string("reason") ?? ""
        guard name == "available" || name == "on_hand" else {
            return .failure(UserErrorValues([UserErrorValue(field: ["input", "name"], message:
                "The quantity name must be either 'available' or 'on_hand'.", code: kind.invalidNameCode)]))
        }
        guard reasons.contains(reason) else {
            return .failure(UserErrorValues([UserErrorValue(field: ["input", "reason"], message:
                "The specified reason is invalid. Valid values: \(reasons.joined(separator: ", ")).",
                code: "INVALID_REASON")]))
        }
        var variants: [Int64: VariantRecord] = [:]
        var changes: [Change] = []
        for (index, item) in quantities.enumerated() {
            let path = ["input", kind.listKey, String(index)]
            let itemId = item.string("inventoryItemId").flatMap { GlobalID.id($0, kind: "InventoryItem") }
            guard let itemId, var variant = try variants[itemId]
                    ?? context.session.byReference(VariantRecord.self, itemId) else {
                return .failure(UserErrorValues([UserErrorValue(field: path + ["inventoryItemId"], message:
                    "The specified inventory item could not be found.", code: "INVALID_INVENTORY_ITEM")]))
            }
            let locationId = item.string("locationId").flatMap { GlobalID.id($0, kind: "Location") }
            guard let locationId, try context.session.load(LocationRecord.self, id: locationId) != nil else {
                return .failure(UserErrorValues([UserErrorValue(field: path + ["locationId"], message:
                    "The specified location could not be found.", code: "INVALID_LOCATION")]))
            }
            guard let levelIndex = variant.levels.firstIndex(where: { $0.locationId == locationId }) else {
                return .failure(UserErrorValues([UserErrorValue(field: path + ["locationId"], message:
                    "The specified inventory item is not stocked at the location.",
                    code: "ITEM_NOT_STOCKED_AT_LOCATION")]))
            }
            var level = variant.levels[levelIndex]
            let current = name == "available" ? level.available : level.onHand
            let quantity = kind.target(of: item, current: current)
            if let expected = item.int("changeFromQuantity"), expected != current {
                return .failure(UserErrorValues([UserErrorValue(field: path + ["changeFromQuantity"], message:
                    "The specified compare quantity is stale.", code: "CHANGE_FROM_QUANTITY_STALE")]))
            }
            let delta = quantity - current
            level.available += delta
            level.onHand += delta
            level.updatedAt = context.now
            variant.levels[levelIndex] = level
            variant.updatedAt = context.now
            variants[itemId] = variant
            changes.append(Change(name: name, delta: delta, quantityAfterChange: quantity,
                                  inventoryItemId: itemId, locationId: locationId))
            // Setting `available` moves `on_hand` by the same amount, and Shopify lists both.
            let mirrored = name == "available" ? "on_hand" : "available"
            changes.append(Change(name: mirrored, delta: delta,
                                  quantityAfterChange: mirrored == "on_hand" ? level.onHand : level.available,
                                  inventoryItemId: itemId, locationId: locationId))
        }
        for variant in variants.values { try context.session.save(variant) }
        return .success(Adjustment(id: context.ids.id("InventoryAdjustmentGroup"), createdAt: context.now,
                                   reason: reason, referenceDocumentUri: input.string("referenceDocumentUri"),
                                   changes: changes))
    }
}

/// A list of user errors that can travel in a `Result`.
struct UserErrorValues: Error {
    var errors: [UserErrorValue]
    init(_ errors: [UserErrorValue]) { self.errors = errors }
}

extension Payload {
    func failure(_ errors: UserErrorValues) -> Resolved { failure(errors.errors) }
}

/// `InventoryAdjustmentGroup` and its `changes`.
struct AdjustmentObject: GraphObject {
    let typeName = "InventoryAdjustmentGroup"
    let adjustment: InventoryMutations.Adjustment

    func resolve(_ field: String, _ arguments: FieldArguments, _ context: ResolveContext) throws
        -> Resolved
    {
        let a = adjustment
        switch field {
        case "id": return .id("InventoryAdjustmentGroup", a.id)
        case "createdAt": return .time(a.createdAt)
        case "reason": return .string(a.reason)
        case "referenceDocumentUri": return .string(a.referenceDocumentUri)
        case "changes":
            let names = arguments.strings("quantityNames")
            return .objects(try a.changes.filter { names?.contains($0.name) ?? true }.map { change in
                let variant = try context.session.byReference(VariantRecord.self, change.inventoryItemId)
                let location = try context.session.load(LocationRecord.self, id: change.locationId)
                return ValueObject(typeName: "InventoryChange", fields: [
                    "name": .string(change.name), "delta": .int(change.delta),
                    "quantityAfterChange": .int(change.quantityAfterChange),
                    "item": .object(variant.map { InventoryItemObject(variant: $0) }),
                    "location": .object(location.map { LocationObject(record: $0) }),
                ])
            })
        default: return .null
        }
    }
}
