import Ledger
import ShopSyncCore
import ShsInterpreter

/// `shop`, `shops`, `use`, `show shop`.
enum ShopCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [sandboxShop(registry), realShop(registry), shops(registry), use(registry), showShop(registry)]
    }

    static func sandboxShop(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shop <name:string> sandbox [currency <currency:string>]"),
                    topic: "shops", summary: "connect a sandbox shop (the built-in Shopify emulator)",
                    examples: ["shop \"demo\" sandbox", "shop \"eu\" sandbox currency \"EUR\""]) { inv, context in
            let name = inv.string("name") ?? ""
            let ledger = try context.ledger()
            try ledger.save(Shop(code: name, backend: .sandbox, currency: inv.string("currency") ?? "USD"))
            try context.services.require(LedgerProvider.self).use(name)
            return .message("shop '\(name)' uses the sandbox; it is now the current shop")
        }
    }

    static func realShop(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern(
            "shop <name:string> url <url:string> token (env <variable:string> | file <path:string>) "
                + "[api version <api_version:string>]"),
                    topic: "shops", summary: "connect a real Shopify shop; the token stays outside the ledger",
                    details: "The access token is read from an environment variable or a file (mode 0600) "
                        + "each time it is needed; the ledger stores only where it is. The Admin API "
                        + "version is pinned per shop (default \(Shop.newestAPIVersion)); "
                        + "'shop \"x\" test' checks it against the store.",
                    examples: ["shop \"acme\" url \"https://acme.myshopify.com\" token env \"SHOPIFY_TOKEN\"",
                               "shop \"acme\" url \"https://acme.myshopify.com\" token file \"/etc/shs/acme.token\" "
                                   + "api version \"2026-04\""]) {
            inv, context in
            let name = inv.string("name") ?? ""
            let reference = inv.string("variable").map { "env:\($0)" } ?? "file:" + (inv.string("path") ?? "")
            let url = inv.string("url") ?? ""
            guard url.hasPrefix("https://") || isLoopback(url) else {
                throw CommandError("a shop's url starts with https://, e.g. https://acme.myshopify.com "
                    + "(plain http only for 'shs sandbox serve' on 127.0.0.1 or localhost)")
            }
            let version = try apiVersion(inv)
            let ledger = try context.ledger()
            try ledger.save(Shop(code: name, backend: .shopify, shopifyURL: url, tokenReference: reference,
                                 apiVersion: version))
            try context.services.require(LedgerProvider.self).use(name)
            return .message("shop '\(name)' connected to \(url); it is now the current shop")
        }
    }

    /// The `api version` argument, checked: `YYYY-MM` or `unstable`.
    static func apiVersion(_ inv: Invocation) throws -> String {
        guard let text = inv.string("api_version") else { return Shop.newestAPIVersion }
        let parts = text.split(separator: "-")
        let wellFormed = text == "unstable" || (parts.count == 2 && parts[0].count == 4
            && parts[1].count == 2 && parts.allSatisfy { $0.allSatisfy(\.isNumber) })
        guard wellFormed else {
            throw CommandError("an API version is like \"\(Shop.newestAPIVersion)\" (or \"unstable\"), not \"\(text)\"")
        }
        return text
    }

    /// A sandbox server on this machine, the one place a token may travel without TLS.
    static func isLoopback(_ url: String) -> Bool {
        ["http://127.0.0.1:", "http://localhost:", "http://127.0.0.1/", "http://localhost/"]
            .contains { url.hasPrefix($0) }
    }

    static func shops(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("shops"), topic: "shops", summary: "list the connected shops",
                    examples: ["shops"]) { _, context in
            .value(.table(try context.ledger().fetch(LedgerCatalogue.shops)))
        }
    }

    static func use(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("use <name:string>"), topic: "shops",
                    summary: "choose the shop later commands and settings act on",
                    examples: ["use \"demo\""]) { inv, context in
            let name = inv.string("name") ?? ""
            do {
                _ = try context.ledger().shop(name)
            } catch let error as ShopError {
                throw CommandError(error.description)
            }
            try context.services.require(LedgerProvider.self).use(name)
            return .none
        }
    }

    static func showShop(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("show shop [<name:string>]"), topic: "shops",
                    summary: "show a shop's card: how it is reached and every setting",
                    examples: ["show shop", "show shop \"demo\""]) { inv, context in
            let ledger = try context.ledger()
            let provider = try context.services.require(LedgerProvider.self)
            let code = try inv.string("name") ?? provider.currentShop(in: ledger)
            let shop: Shop
            do { shop = try ledger.shop(code) } catch let error as ShopError {
                throw CommandError(error.description)
            }
            var record = Record([("shop", .string(shop.code)), ("backend", .string(shop.backend.rawValue)),
                                 ("shopify_url", .string(shop.shopifyURL)),
                                 ("token", .string(shop.tokenReference)),
                                 ("api_version", .string(shop.apiVersion)), ("currency", .string(shop.currency))])
            for setting in ShopSettings.all {
                record[setting.name] = try ledger.setting(setting.name, of: shop.code)
            }
            return .value(.record(record))
        }
    }
}
