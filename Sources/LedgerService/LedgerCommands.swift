import Ledger
import ShopSyncCore
import ShsInterpreter

/// Registers the ledger's record kinds, shop commands and shop settings.
public enum LedgerCommands {
    public static func register(in registry: inout CommandRegistry) {
        registry.register(topic: "shops", summary: "connect shops, choose one, change their settings")
        registry.register(topic: "ledger", summary: "master data, sales documents, posting, CSV files")
        for entity in LedgerCatalogue.all {
            registry.register(entity: LedgerEntitySource(entity: entity))
        }
        for setting in ShopSettings.all {
            registry.register(setting: shopSetting(setting))
        }
        let commands = ShopCommands.all(registry) + MasterDataCommands.all(registry)
            + DocumentCommands.all(registry) + PostingCommands.all(registry) + TransferCommands.all(registry)
        for command in commands { registry.register(command) }
    }

    /// A shop setting as a language setting: read and written on the current shop.
    static func shopSetting(_ setting: ShopSetting) -> SettingSpec {
        SettingSpec(setting.name, type: setting.type, choices: setting.choices,
                    help: setting.help + " (shop setting)",
                    get: { context in
                        let ledger = try context.ledger()
                        let shop = try context.services.require(LedgerProvider.self).currentShop(in: ledger)
                        return try ledger.setting(setting.name, of: shop)
                    },
                    set: { value, context in
                        let ledger = try context.ledger()
                        let shop = try context.services.require(LedgerProvider.self).currentShop(in: ledger)
                        do {
                            try ledger.setSetting(setting.name, to: value, of: shop)
                        } catch let error as ShopError {
                            throw CommandError(error.description)
                        }
                    })
    }
}
