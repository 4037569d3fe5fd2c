import Sandbox
import ShopSyncCore
import ShsInterpreter

/// The commands that change the sandbox store the way merchants and buyers change a real shop:
/// new orders, payments, cancellations, refunds, order edits, fulfilments in Shopify, and
/// changes to products, prices, stock and customers.
enum SimulationCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [newOrders(registry), order(registry), editLine(registry), variant(registry),
         product(registry), customer(registry)]
    }

    static func newOrders(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("sandbox new orders <count:int>"), topic: "sandbox",
                    summary: "place new orders in the sandbox shop, stamped with sandbox now",
                    details: "Drawn like seeded orders (web, point of sale, B2B; paid, pending, "
                        + "authorised); each batch continues the store's seed, so a script "
                        + "replays the same orders.",
                    examples: ["sandbox new orders 5"]) { inv, context in
            let store = try context.sandboxStore()
            let names = try simulate { try store.placeOrders(Int(inv.int("count") ?? 1)) }
            return .value(.list(names.map { .string($0) }))
        }
    }

    static func order(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            sandbox order <name:string> <action:pay|cancel|refund|fulfil> \
            [amount <amount:decimal>] [reason <reason:customer|fraud|inventory|declined|other>]
            """), topic: "sandbox",
                    summary: "pay, cancel, refund or fulfil a sandbox order as Shopify's admin would",
                    details: "pay takes what is outstanding (capturing an authorisation); cancel "
                        + "refunds what was paid and cancels what was not shipped; refund gives "
                        + "back 'amount' or all that is left; fulfil ships everything remaining.",
                    examples: ["sandbox order \"#1001\" pay", "sandbox order \"#1002\" refund amount 5",
                               "sandbox order \"#1003\" cancel reason fraud",
                               "sandbox order \"#1004\" fulfil"]) { inv, context in
            let store = try context.sandboxStore()
            let name = inv.string("name") ?? ""
            let action = inv.string("action") ?? ""
            let order = try simulate {
                switch action {
                case "pay": try store.payOrder(name)
                case "cancel":
                    try store.cancelOrder(name, reason: (inv.string("reason") ?? "customer").uppercased())
                case "refund": try store.refundOrder(name, amount: try money(inv, "amount"))
                default: try store.fulfilOrder(name)
                }
            }
            return .message("sandbox order \(order.name): \(action) done; " + summary(of: order))
        }
    }

    static func editLine(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            sandbox order <name:string> <action:add|remove|quantity> <sku:string> [<quantity:int>]
            """), topic: "sandbox",
                    summary: "edit a sandbox order: add a line, remove one, or change a quantity",
                    details: "The order is marked edited and its updatedAt bumped; fulfilled units "
                        + "cannot be removed. 'add' takes 1 unit unless a quantity follows.",
                    examples: ["sandbox order \"#1001\" add \"1001-RED\" 2",
                               "sandbox order \"#1001\" quantity \"1001-RED\" 1",
                               "sandbox order \"#1001\" remove \"1001-RED\""]) { inv, context in
            let store = try context.sandboxStore()
            let name = inv.string("name") ?? "", sku = inv.string("sku") ?? ""
            let quantity = inv.int("quantity").map(Int.init)
            let order = try simulate {
                switch inv.string("action") {
                case "add": return try store.addLine(to: name, sku: sku, quantity: quantity ?? 1)
                case "remove": return try store.setLineQuantity(of: name, sku: sku, quantity: 0)
                default:
                    guard let quantity else { throw CommandError("'quantity' needs a number after the SKU") }
                    return try store.setLineQuantity(of: name, sku: sku, quantity: quantity)
                }
            }
            return .message("sandbox order \(order.name) edited; " + summary(of: order))
        }
    }

    static func variant(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            sandbox variant <sku:string> [price <price:decimal>] [compare at <compare:decimal>] \
            [stock <stock:int>] [at <location:string>]
            """), topic: "sandbox",
                    summary: "change a sandbox variant's price or its stock at a location",
                    details: "Stock sets the available units (at the first active location unless "
                        + "'at' names one); on hand moves by the same amount.",
                    examples: ["sandbox variant \"1001-RED\" price 24.50",
                               "sandbox variant \"1001-RED\" stock 12 at \"Main Warehouse\""]) {
            inv, context in
            let store = try context.sandboxStore()
            let sku = inv.string("sku") ?? ""
            let price = try money(inv, "price"), compare = try money(inv, "compare")
            try simulate {
                if price != nil || compare != nil {
                    try store.setPrice(sku: sku, price: price, compareAtPrice: compare)
                }
                if let stock = inv.int("stock") {
                    try store.setStock(sku: sku, available: Int(stock), location: inv.string("location"))
                }
            }
            return .message("sandbox variant \(sku) changed")
        }
    }

    static func product(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            sandbox product <handle:string> [title <title:string>] \
            [status <status:active|draft|archived>] [tag <tag:string>]
            """), topic: "sandbox", summary: "rename a sandbox product, change its status or tag it",
                    examples: ["sandbox product \"alpine-backpack-1011\" title \"Alpine Backpack XL\"",
                               "sandbox product \"alpine-backpack-1011\" status archived tag \"sale\""]) {
            inv, context in
            let store = try context.sandboxStore()
            let handle = inv.string("handle") ?? ""
            let change = ProductChange(title: inv.string("title"), status: inv.string("status"),
                                       addTag: inv.string("tag"))
            try simulate { try store.changeProduct(handle: handle, change) }
            return .message("sandbox product \(handle) changed")
        }
    }

    static func customer(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("""
            sandbox customer <email:string> [first name <first:string>] [last name <last:string>] \
            [phone <phone:string>] [tag <tag:string>] [state <state:enabled|disabled|invited|declined>]
            """), topic: "sandbox", summary: "change a sandbox customer, found by email",
                    examples: ["sandbox customer \"anna.garcia11@example.com\" phone \"+15550001111\"",
                               "sandbox customer \"anna.garcia11@example.com\" tag \"vip\""]) {
            inv, context in
            let store = try context.sandboxStore()
            let email = inv.string("email") ?? ""
            let change = CustomerChange(firstName: inv.string("first"), lastName: inv.string("last"),
                                        phone: inv.string("phone"), addTag: inv.string("tag"),
                                        state: inv.string("state"))
            try simulate { try store.changeCustomer(email: email, change) }
            return .message("sandbox customer \(email) changed")
        }
    }

    /// What a merchant sees at the top of the order page after a change.
    static func summary(of order: OrderRecord) -> String {
        let lines = order.lineItems.reduce(0) { $0 + $1.currentQuantity }
        return "\(lines) units, total \(order.totalPrice.moneyText) \(order.currency), "
            + "\(order.financialStatus.lowercased()), \(order.fulfillmentStatus.lowercased())"
    }

    /// Runs a store change, turning its refusal into the command's error.
    static func simulate<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SimulationError {
            throw CommandError(error.description)
        }
    }

    /// A money argument: a decimal or an integer, at most four decimals.
    static func money(_ inv: Invocation, _ name: String) throws -> Money? {
        let text: String
        switch inv.arguments[name] {
        case .decimal(let value)?: text = DecimalText.format(value)
        case .int(let value)?: text = String(value)
        default: return nil
        }
        guard let money = Money(text: text), money >= .zero else {
            throw CommandError(SimulationError.invalidAmount(text).description)
        }
        return money
    }
}
