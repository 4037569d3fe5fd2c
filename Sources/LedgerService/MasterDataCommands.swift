import Foundation
import Ledger
import ShopSyncCore
import ShsInterpreter

/// `item add`, `variant add`, `customer add`, `customer template`, `location add`,
/// `account add`, `stock adjust`.
enum MasterDataCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [itemAdd(registry), variantAdd(registry), customerAdd(registry), customerBlock(registry),
         customerTemplate(registry),
         locationAdd(registry), accountAdd(registry), stockAdjust(registry)]
    }

    static func itemAdd(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            item add <no:string> [description <description:string>] [price <price:decimal>] \
            [cost <cost:decimal>] [type <type:inventory|service|non_inventory>] \
            [barcode <barcode:string>] [vendor item <vendor_item:string>] [template <template:string>]
            """),
                    topic: "ledger", summary: "add an item, optionally from an item template",
                    examples: ["item add \"1000\" description \"Blue T-shirt\" price 19.99 barcode \"0123456789012\"",
                               "item add \"SVC\" type service price 50"]) { inv, context in
            let no = inv.string("no") ?? ""
            try context.withLedger { ledger in
                try ledger.connection.writeTransaction { _ in
                    if let template = inv.string("template") {
                        _ = try ledger.addItem(no: no, description: inv.string("description") ?? no,
                                               fromTemplate: template)
                    } else {
                        let type = inv.string("type").flatMap(ItemType.init(rawValue:)) ?? .inventory
                        try ledger.addItem(Item(no: no, description: inv.string("description") ?? no, type: type,
                                                unitPrice: inv.decimal("price") ?? 0,
                                                unitCost: inv.decimal("cost") ?? 0,
                                                vendorItemNo: inv.string("vendor_item") ?? ""))
                    }
                    if let barcode = inv.string("barcode") {
                        try ledger.addItemReference(ItemReference(kind: .barcode, referenceNo: barcode, itemNo: no))
                    }
                }
            }
            return .message("item \(no) added")
        }
    }

    static func variantAdd(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern(
            "variant add <item:string> <code:string> [description <description:string>] [barcode <barcode:string>]"),
                    topic: "ledger", summary: "add a variant to an item",
                    examples: ["variant add \"1000\" \"RED\" description \"Red\""]) { inv, context in
            let item = inv.string("item") ?? "", code = inv.string("code") ?? ""
            try context.withLedger { ledger in
                try ledger.connection.writeTransaction { _ in
                    try ledger.addItemVariant(ItemVariant(itemNo: item, code: code,
                                                          description: inv.string("description") ?? ""))
                    if let barcode = inv.string("barcode") {
                        try ledger.addItemReference(ItemReference(kind: .barcode, referenceNo: barcode,
                                                                  itemNo: item, variantCode: code))
                    }
                }
            }
            return .message("variant \(item) \(code) added")
        }
    }

    static func customerAdd(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            customer add <no:string> name <name:string> [email <email:string>] [phone <phone:string>] \
            [address <address:string>] [city <city:string>] [post code <post_code:string>] \
            [country <country:string>] [template <template:string>] [blocked]
            """),
                    topic: "ledger", summary: "add a customer, optionally from a customer template",
                    examples: ["customer add \"C1000\" name \"Ada Shop\" email \"ada@example.com\" country \"DE\""]) {
            inv, context in
            let no = inv.string("no") ?? ""
            let customer = Customer(no: no, name: inv.string("name") ?? "", email: inv.string("email") ?? "",
                                    phone: inv.string("phone") ?? "", address: inv.string("address") ?? "",
                                    city: inv.string("city") ?? "", postCode: inv.string("post_code") ?? "",
                                    countryCode: inv.string("country") ?? "", blocked: inv.has("blocked"))
            try context.withLedger { ledger in
                if let template = inv.string("template") {
                    _ = try ledger.addCustomer(customer, fromTemplate: template)
                } else {
                    try ledger.addCustomer(customer)
                }
            }
            return .message("customer \(no) added")
        }
    }

    static func customerBlock(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("customer <no:string> <action:block|unblock>"), topic: "ledger",
                    summary: "block a customer (no new documents, no posting) or unblock it",
                    examples: ["customer \"C1000\" block"]) { inv, context in
            let no = inv.string("no") ?? ""
            try context.withLedger { ledger in
                guard var customer = try ledger.customer(no) else { throw LedgerError.unknownCustomer(no) }
                customer.blocked = inv.string("action") == "block"
                try ledger.updateCustomer(customer)
            }
            return .message("customer \(no) \(inv.string("action") == "block" ? "blocked" : "unblocked")")
        }
    }

    static func customerTemplate(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            customer template <code:string> [description <description:string>] \
            [payment terms <terms:string>] [for country <country:string>] [default customer <default:string>]
            """),
                    topic: "ledger",
                    summary: "save a customer template; 'for country' maps it for the current shop",
                    details: "New customers from Shopify take the template of their country; with "
                        + "'default customer', orders from that country use that customer instead.",
                    examples: ["customer template \"RETAIL\" description \"Retail\"",
                               "customer template \"EU\" for country \"DE\" default customer \"C-DE\""]) {
            inv, context in
            let code = inv.string("code") ?? ""
            try context.withLedger { ledger in
                try ledger.saveCustomerTemplate(CustomerTemplate(code: code,
                                                                 description: inv.string("description") ?? "",
                                                                 paymentTerms: inv.string("terms") ?? ""))
                if let country = inv.string("country") {
                    let shop = try context.currentShop(ledger)
                    try ledger.saveShopCustomerTemplate(ShopCustomerTemplate(
                        shop: shop, countryCode: country, templateCode: code,
                        defaultCustomerNo: inv.string("default")))
                }
            }
            return .message("customer template \(code) saved")
        }
    }

    static func locationAdd(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("location add <code:string> [name <name:string>]"),
                    topic: "ledger", summary: "add a location (a warehouse or store)",
                    examples: ["location add \"MAIN\" name \"Main warehouse\""]) { inv, context in
            let code = inv.string("code") ?? ""
            try context.withLedger { try $0.addLocation(Location(code: code, name: inv.string("name") ?? "")) }
            return .message("location \(code) added")
        }
    }

    static func accountAdd(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("account add <no:string> name <name:string>"),
                    topic: "ledger", summary: "add a G/L account (shipping charges, tips, gift cards)",
                    examples: ["account add \"6100\" name \"Shipping charges\""]) { inv, context in
            let no = inv.string("no") ?? ""
            try context.withLedger { try $0.addGLAccount(GLAccount(no: no, name: inv.string("name") ?? "")) }
            return .message("account \(no) added")
        }
    }

    static func stockAdjust(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern(
            "stock adjust <item:string> [variant <variant:string>] at <location:string> by <quantity:int>"),
                    topic: "ledger", summary: "add to or take from an item's stock at a location",
                    examples: ["stock adjust \"1000\" at \"MAIN\" by 25", "stock adjust \"1000\" at \"MAIN\" by -2"]) {
            inv, context in
            let item = inv.string("item") ?? "", location = inv.string("location") ?? ""
            let quantity = Int(inv.int("quantity") ?? 0)
            guard quantity != 0 else { throw CommandError("a stock adjustment needs a quantity other than 0") }
            let total = try context.withLedger { ledger in
                _ = try ledger.adjustStock(itemNo: item, variantCode: inv.string("variant") ?? "",
                                           locationCode: location, quantity: quantity)
                return try ledger.stock(itemNo: item, variantCode: inv.string("variant"), locationCode: location)
            }
            return .message("stock of \(item) at \(location) is now \(total)")
        }
    }
}
