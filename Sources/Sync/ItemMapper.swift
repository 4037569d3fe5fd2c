import Foundation
import Ledger

/// What an order line becomes on the sales document.
public enum MappedLine: Sendable, Equatable {
    case item(ItemMatch)
    /// A tip or a sold gift card, on this G/L account.
    case glAccount(String)
}

/// Maps an order line to an item by the shop's SKU mapping:
///
/// - a variant already linked to an item (by the product sync, or an earlier order) keeps it;
/// - `item_no`: the SKU is the item number; `variant_code`: a variant code on any item;
///   `item_no_variant_code`: item number and variant code joined by `sku_separator`;
///   `vendor_item_no`: the item's (or a vendor reference's) vendor item number;
///   `barcode`: the SKU is a barcode;
/// - then, with `find_by_barcode`, the variant's barcode;
/// - then, with `auto_create_items`, a new item from `item_template`.
///
/// Tips and sold gift cards go to the shop's G/L accounts instead.
public struct ItemMapper {
    let ledger: Ledger
    let settings: OrderSettings

    public init(ledger: Ledger, settings: OrderSettings) {
        self.ledger = ledger
        self.settings = settings
    }

    public func map(_ line: ImportedOrderLine, shop: String) throws -> MappedLine {
        if line.tip {
            guard !settings.tipAccount.isEmpty else {
                throw OrderProblem.noTipAccount(line: line.id)
            }
            return .glAccount(settings.tipAccount)
        }
        if line.giftCard {
            guard !settings.giftCardAccount.isEmpty else {
                throw OrderProblem.noGiftCardAccount(line: line.id)
            }
            return .glAccount(settings.giftCardAccount)
        }
        let match = try find(line, shop: shop) ?? create(line)
        if try ledger.item(match.itemNo)?.blocked == true {
            throw OrderProblem.blockedItem(line: line.id, itemNo: match.itemNo)
        }
        return .item(match)
    }

    /// The item the line maps to without creating one, or nil.
    public func find(_ line: ImportedOrderLine, shop: String) throws -> ItemMatch? {
        let link = try ledger.variantLink(shop: shop, variantId: line.variantId)
        if let itemNo = link?.itemNo {
            return ItemMatch(itemNo: itemNo, variantCode: link?.variantCode ?? "")
        }
        let sku = line.sku.isEmpty ? link?.sku ?? "" : line.sku
        if let match = try bySKU(sku.trimmingCharacters(in: .whitespaces)) { return match }
        guard settings.findByBarcode else { return nil }
        let barcode = line.barcode.isEmpty ? link?.barcode ?? "" : line.barcode
        return try ledger.findItem(barcode: barcode)
    }

    private func bySKU(_ sku: String) throws -> ItemMatch? {
        guard !sku.isEmpty else { return nil }
        switch settings.skuMapping {
        case .itemNo: return try ledger.findItem(no: sku)
        case .variantCode: return try ledger.findItem(variantCode: sku)
        case .vendorItemNo: return try ledger.findItem(vendorItemNo: sku)
        case .barcode: return try ledger.findItem(barcode: sku)
        case .itemNoVariantCode:
            let (itemNo, variant) = split(sku)
            guard let item = try ledger.findItem(no: itemNo) else { return nil }
            guard !variant.isEmpty else { return item }
            let known = try ledger.itemVariants(of: item.itemNo).contains { $0.code == variant }
            return known ? ItemMatch(itemNo: item.itemNo, variantCode: variant) : nil
        }
    }

    /// `1000-RED` as item `1000` and variant `RED`, splitting at the last separator.
    private func split(_ sku: String) -> (String, String) {
        guard !settings.skuSeparator.isEmpty,
            let range = sku.range(of: settings.skuSeparator, options: .backwards)
        else { return (sku, "") }
        return (String(sku[..<range.lowerBound]), String(sku[range.upperBound...]))
    }

    /// A new item from the template, carrying the SKU where the mapping will look for it next
    /// time, so the next order with this SKU finds it.
    private func create(_ line: ImportedOrderLine) throws -> ItemMatch {
        guard settings.autoCreateItems else {
            throw OrderProblem.noItem(line: line.id, sku: line.sku, title: line.title)
        }
        guard !settings.itemTemplate.isEmpty else {
            throw OrderProblem.noItemTemplate(line: line.id, sku: line.sku)
        }
        let sku = line.sku.trimmingCharacters(in: .whitespaces)
        var (itemNo, variant) = settings.skuMapping == .itemNoVariantCode ? split(sku) : (sku, "")
        // With these mappings the SKU names the item (an existing one, when only the variant
        // was missing); otherwise the item is numbered from the series.
        let skuNamesItem =
            settings.skuMapping == .itemNo || settings.skuMapping == .itemNoVariantCode
        if !skuNamesItem || itemNo.isEmpty {
            itemNo = try NumberAllocator.next(series: "item", in: ledger) {
                try ledger.item($0) != nil
            }
        }
        let title = line.title.isEmpty ? sku : line.title
        if try ledger.item(itemNo) == nil {
            try ledger.addItem(no: itemNo, description: title, fromTemplate: settings.itemTemplate)
        }
        switch settings.skuMapping {
        case .variantCode where !sku.isEmpty: variant = sku
        case .vendorItemNo where !sku.isEmpty:
            try ledger.addItemReference(
                ItemReference(kind: .vendor, referenceNo: sku, itemNo: itemNo))
        case .barcode where !sku.isEmpty:
            try ledger.addItemReference(
                ItemReference(kind: .barcode, referenceNo: sku, itemNo: itemNo))
        default: break
        }
        if !variant.isEmpty {
            try ledger.addItemVariant(
                ItemVariant(itemNo: itemNo, code: variant, description: title))
        }
        return ItemMatch(itemNo: itemNo, variantCode: variant)
    }
}
