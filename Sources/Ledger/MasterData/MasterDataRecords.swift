import Foundation

/// What an item is for stock purposes: only inventory items have stock and item ledger entries.
public enum ItemType: String, Sendable, CaseIterable {
    case inventory
    case service
    case nonInventory = "non_inventory"
}

/// An ERP item. Money is exact (`Decimal`), kept as ten-thousandths in the ledger.
public struct Item: Sendable, Equatable {
    public var no: String
    public var description: String
    public var type: ItemType
    public var unitPrice: Decimal
    public var unitCost: Decimal
    public var vendorNo: String
    public var vendorItemNo: String
    public var blocked: Bool

    public init(no: String, description: String, type: ItemType = .inventory, unitPrice: Decimal = 0,
                unitCost: Decimal = 0, vendorNo: String = "", vendorItemNo: String = "",
                blocked: Bool = false) {
        self.no = no
        self.description = description
        self.type = type
        self.unitPrice = unitPrice
        self.unitCost = unitCost
        self.vendorNo = vendorNo
        self.vendorItemNo = vendorItemNo
        self.blocked = blocked
    }
}

/// A variant of an item (size, colour), identified by its code within the item.
public struct ItemVariant: Sendable, Equatable {
    public var itemNo: String
    public var code: String
    public var description: String

    public init(itemNo: String, code: String, description: String = "") {
        self.itemNo = itemNo
        self.code = code
        self.description = description
    }
}

/// Another number an item or variant is known by: a barcode or a vendor's item number.
public struct ItemReference: Sendable, Equatable {
    public enum Kind: String, Sendable { case barcode, vendor }

    public var kind: Kind
    public var referenceNo: String
    public var itemNo: String
    public var variantCode: String

    public init(kind: Kind, referenceNo: String, itemNo: String, variantCode: String = "") {
        self.kind = kind
        self.referenceNo = referenceNo
        self.itemNo = itemNo
        self.variantCode = variantCode
    }
}

/// The defaults a new item is created from.
public struct ItemTemplate: Sendable, Equatable {
    public var code: String
    public var description: String
    public var type: ItemType
    public var unitPrice: Decimal

    public init(code: String, description: String = "", type: ItemType = .inventory,
                unitPrice: Decimal = 0) {
        self.code = code
        self.description = description
        self.type = type
        self.unitPrice = unitPrice
    }
}

/// An ERP customer.
public struct Customer: Sendable, Equatable {
    public var no: String
    public var name: String
    public var email: String
    public var phone: String
    public var address: String
    public var city: String
    public var postCode: String
    public var countryCode: String
    public var templateCode: String?
    public var paymentTerms: String
    public var pricesIncludingTax: Bool
    public var blocked: Bool

    public init(no: String, name: String, email: String = "", phone: String = "", address: String = "",
                city: String = "", postCode: String = "", countryCode: String = "",
                templateCode: String? = nil, paymentTerms: String = "",
                pricesIncludingTax: Bool = true, blocked: Bool = false) {
        self.no = no
        self.name = name
        self.email = email
        self.phone = phone
        self.address = address
        self.city = city
        self.postCode = postCode
        self.countryCode = countryCode
        self.templateCode = templateCode
        self.paymentTerms = paymentTerms
        self.pricesIncludingTax = pricesIncludingTax
        self.blocked = blocked
    }
}

/// The defaults a new customer is created from.
public struct CustomerTemplate: Sendable, Equatable {
    public var code: String
    public var description: String
    public var paymentTerms: String
    public var pricesIncludingTax: Bool

    public init(code: String, description: String = "", paymentTerms: String = "",
                pricesIncludingTax: Bool = true) {
        self.code = code
        self.description = description
        self.paymentTerms = paymentTerms
        self.pricesIncludingTax = pricesIncludingTax
    }
}

/// Which customer template a shop uses for new customers of a country, and optionally which
/// existing customer takes that country's orders instead (the "default customer").
public struct ShopCustomerTemplate: Sendable, Equatable {
    public var shop: String
    public var countryCode: String
    public var templateCode: String?
    public var defaultCustomerNo: String?

    public init(shop: String, countryCode: String, templateCode: String? = nil,
                defaultCustomerNo: String? = nil) {
        self.shop = shop
        self.countryCode = countryCode
        self.templateCode = templateCode
        self.defaultCustomerNo = defaultCustomerNo
    }
}

/// A warehouse or store stock is kept at. The code `''` is the blank location.
public struct Location: Sendable, Equatable {
    public var code: String
    public var name: String

    public init(code: String, name: String = "") {
        self.code = code
        self.name = name
    }
}

/// A general ledger account: shipping charges, tips, gift cards.
public struct GLAccount: Sendable, Equatable {
    public var no: String
    public var name: String
    public var blocked: Bool

    public init(no: String, name: String, blocked: Bool = false) {
        self.no = no
        self.name = name
        self.blocked = blocked
    }
}
