import Database
import Foundation

/// An item, or one of its variants, that a lookup found.
public struct ItemMatch: Sendable, Equatable {
    public let itemNo: String
    /// Empty when the match is the item itself rather than a variant.
    public let variantCode: String

    public init(itemNo: String, variantCode: String = "") {
        self.itemNo = itemNo
        self.variantCode = variantCode
    }
}

/// Items, their variants, references and templates, and the lookups the product and order
/// syncs use to map Shopify SKUs and barcodes to items.
extension Ledger {
    /// Adds an item; `.duplicate(kind: "item", key:)` when the number is taken.
    public func addItem(_ item: Item) throws {
        try translatingConstraints(kind: "item", key: item.no) {
            try connection.run("""
                INSERT INTO item (no, description, type, unit_price, unit_cost, vendor_no,
                  vendor_item_no, blocked, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, itemBinds(item) + [.integer(now), .integer(now)])
        }
    }

    /// Adds an item whose type and price come from a template.
    @discardableResult
    public func addItem(no: String, description: String, fromTemplate code: String) throws -> Item {
        guard let template = try itemTemplate(code) else {
            throw LedgerError.unknown(kind: "item template", key: code)
        }
        let item = Item(no: no, description: description, type: template.type,
                        unitPrice: template.unitPrice)
        try addItem(item)
        return item
    }

    /// Changes every field of an existing item; `.unknownItem` when there is none.
    public func updateItem(_ item: Item) throws {
        let changed = try translatingConstraints(kind: "item", key: item.no) {
            try connection.run("""
                UPDATE item SET no = ?, description = ?, type = ?, unit_price = ?, unit_cost = ?,
                  vendor_no = ?, vendor_item_no = ?, blocked = ?, updated_at = ? WHERE no = ?
                """, itemBinds(item) + [.integer(now), .text(item.no)])
        }
        guard changed == 1 else { throw LedgerError.unknownItem(item.no) }
    }

    private func itemBinds(_ item: Item) -> [SQLValue] {
        [.text(item.no), .text(item.description), .text(item.type.rawValue),
         .integer(Storage.money(item.unitPrice)), .integer(Storage.money(item.unitCost)),
         .text(item.vendorNo), .text(item.vendorItemNo), .integer(item.blocked ? 1 : 0)]
    }

    /// The item with this number, or nil.
    public func item(_ no: String) throws -> Item? {
        guard let row = try connection.queryOne("SELECT * FROM item WHERE no = ?", [.text(no)]) else {
            return nil
        }
        return Item(no: try row.string("no"), description: try row.string("description"),
                    type: ItemType(rawValue: try row.string("type")) ?? .inventory,
                    unitPrice: Storage.decimal(fromMoney: try row.int64("unit_price")),
                    unitCost: Storage.decimal(fromMoney: try row.int64("unit_cost")),
                    vendorNo: try row.string("vendor_no"), vendorItemNo: try row.string("vendor_item_no"),
                    blocked: try row.bool("blocked"))
    }

    /// The item, or `.unknownItem`.
    func requireItem(_ no: String) throws -> Item {
        guard let item = try item(no) else { throw LedgerError.unknownItem(no) }
        return item
    }

    /// Adds a variant to an existing item.
    public func addItemVariant(_ variant: ItemVariant) throws {
        _ = try requireItem(variant.itemNo)
        try translatingConstraints(kind: "item variant", key: "\(variant.itemNo)/\(variant.code)") {
            try connection.run("INSERT INTO item_variant (item_no, code, description) VALUES (?, ?, ?)",
                               [.text(variant.itemNo), .text(variant.code), .text(variant.description)])
        }
    }

    /// The variants of an item, by code.
    public func itemVariants(of itemNo: String) throws -> [ItemVariant] {
        try connection.query("SELECT * FROM item_variant WHERE item_no = ? ORDER BY code",
                             [.text(itemNo)]).map { row in
            ItemVariant(itemNo: try row.string("item_no"), code: try row.string("code"),
                        description: try row.string("description"))
        }
    }

    /// Whether the item has this variant; the empty code (the item itself) always exists.
    func requireVariant(itemNo: String, code: String) throws {
        guard !code.isEmpty else { return }
        let found = try connection.scalar("SELECT 1 FROM item_variant WHERE item_no = ? AND code = ?",
                                          [.text(itemNo), .text(code)])
        if found == nil { throw LedgerError.unknown(kind: "item variant", key: "\(itemNo)/\(code)") }
    }

    /// Adds a barcode or vendor item number to an item or one of its variants.
    public func addItemReference(_ reference: ItemReference) throws {
        _ = try requireItem(reference.itemNo)
        try requireVariant(itemNo: reference.itemNo, code: reference.variantCode)
        let key = "\(reference.kind.rawValue) \(reference.referenceNo)"
        try translatingConstraints(kind: "item reference", key: key) {
            try connection.run("""
                INSERT INTO item_reference (kind, reference_no, item_no, variant_code) VALUES (?, ?, ?, ?)
                """, [.text(reference.kind.rawValue), .text(reference.referenceNo),
                      .text(reference.itemNo), .text(reference.variantCode)])
        }
    }

    /// The references of an item and its variants.
    public func itemReferences(of itemNo: String) throws -> [ItemReference] {
        try connection.query("""
            SELECT * FROM item_reference WHERE item_no = ? ORDER BY kind, reference_no, variant_code
            """, [.text(itemNo)]).map { row in
            ItemReference(kind: ItemReference.Kind(rawValue: try row.string("kind")) ?? .barcode,
                          referenceNo: try row.string("reference_no"), itemNo: try row.string("item_no"),
                          variantCode: try row.string("variant_code"))
        }
    }

    /// Creates or replaces an item template.
    public func saveItemTemplate(_ template: ItemTemplate) throws {
        try connection.run("""
            INSERT INTO item_template (code, description, type, unit_price) VALUES (?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET description = excluded.description,
              type = excluded.type, unit_price = excluded.unit_price
            """, [.text(template.code), .text(template.description), .text(template.type.rawValue),
                  .integer(Storage.money(template.unitPrice))])
    }

    public func itemTemplate(_ code: String) throws -> ItemTemplate? {
        guard let row = try connection.queryOne("SELECT * FROM item_template WHERE code = ?",
                                                [.text(code)]) else { return nil }
        return ItemTemplate(code: try row.string("code"), description: try row.string("description"),
                            type: ItemType(rawValue: try row.string("type")) ?? .inventory,
                            unitPrice: Storage.decimal(fromMoney: try row.int64("unit_price")))
    }
}

/// Lookups by the numbers Shopify knows: SKU as item number, variant code, vendor item
/// number, barcode. Each returns the first match in item-number order, or nil.
extension Ledger {
    public func findItem(no: String) throws -> ItemMatch? {
        try firstMatch("SELECT no AS item_no, '' AS variant_code FROM item WHERE no = ?", no)
    }

    /// A variant with this code, on whichever item has it.
    public func findItem(variantCode: String) throws -> ItemMatch? {
        try firstMatch("""
            SELECT item_no, code AS variant_code FROM item_variant WHERE code = ? ORDER BY item_no LIMIT 1
            """, variantCode)
    }

    /// The item's own vendor item number first, then vendor references.
    public func findItem(vendorItemNo: String) throws -> ItemMatch? {
        if let match = try firstMatch("""
            SELECT no AS item_no, '' AS variant_code FROM item WHERE vendor_item_no = ?
            ORDER BY no LIMIT 1
            """, vendorItemNo) {
            return match
        }
        return try reference(kind: .vendor, vendorItemNo)
    }

    public func findItem(barcode: String) throws -> ItemMatch? {
        try reference(kind: .barcode, barcode)
    }

    private func reference(kind: ItemReference.Kind, _ number: String) throws -> ItemMatch? {
        guard !number.isEmpty else { return nil }
        let row = try connection.queryOne("""
            SELECT item_no, variant_code FROM item_reference WHERE kind = ? AND reference_no = ?
            ORDER BY item_no, variant_code LIMIT 1
            """, [.text(kind.rawValue), .text(number)])
        return try row.map {
            ItemMatch(itemNo: try $0.string("item_no"), variantCode: try $0.string("variant_code"))
        }
    }

    private func firstMatch(_ sql: String, _ key: String) throws -> ItemMatch? {
        guard !key.isEmpty, let row = try connection.queryOne(sql, [.text(key)]) else { return nil }
        return ItemMatch(itemNo: try row.string("item_no"), variantCode: try row.string("variant_code"))
    }
}
