import Foundation
import Ledger
import ShopSyncCore
import ShsInterpreter

/// `import <kind> from "file.csv"` and `export <kind> to "file.csv" [where ...]`.
enum TransferCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [importCSV(registry), exportCSV(registry)]
    }

    static func importCSV(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("import <kind:items|customers|locations> from <path:string>"),
                    topic: "ledger", summary: "import master data from a CSV file, all rows or none",
                    details: "The first row names the columns, as the kind's fields (help items): "
                        + "items need no and description, customers no and name, locations code. "
                        + "Items may also have a barcode column. One bad row stops the import with "
                        + "its line number and nothing is imported.",
                    examples: ["import items from \"items.csv\""]) { inv, context in
            let kind = inv.string("kind") ?? "", path = inv.string("path") ?? ""
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError("cannot read '\(path)': no such file, or not readable")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CommandError("'\(path)' is not UTF-8 text")
            }
            let rows: [(line: Int, fields: [String])]
            do { rows = try CSVReader.rows(text) } catch let error as CSVReader.Failure {
                throw CommandError("\(path):\(error.line): \(error.message)")
            }
            guard let header = rows.first?.fields else { throw CommandError("\(path) is empty") }
            let count = try context.withLedger { ledger in
                try ledger.connection.writeTransaction { _ in
                    for row in rows.dropFirst() {
                        do {
                            try MasterDataImport.save(kind, Dictionary(zip(header, row.fields)) { a, _ in a },
                                                      into: ledger)
                        } catch let error as LedgerError {
                            throw CommandError("\(path):\(row.line): \(error.description); nothing was imported")
                        }
                    }
                    return rows.count - 1
                }
            }
            return .message("imported \(count) \(kind) from \(path)")
        }
    }

    static func exportCSV(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("export <kind:entity> to <path:string>"), topic: "ledger",
                    summary: "write the records of a kind to a CSV file, filtered and ordered",
                    examples: ["export items to \"items.csv\" where blocked = false order by no"],
                    filter: .slot("kind"), allowsOrdering: true, allowsLimit: true) { inv, context in
            let kind = inv.string("kind") ?? "", path = inv.string("path") ?? ""
            guard let source = context.registry.entity(kind) else { throw CommandError("unknown kind '\(kind)'") }
            let table = try source.fetch(inv.query, context: context)
            do {
                try CSVWriter.write(table).write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw CommandError("cannot write '\(path)': \(error.localizedDescription)")
            }
            return .message("exported \(table.rows.count) \(kind) to \(path)")
        }
    }
}

/// One CSV row of master data saved through the ledger's own checks.
enum MasterDataImport {
    static func save(_ kind: String, _ row: [String: String], into ledger: Ledger) throws {
        func field(_ name: String) -> String { row[name]?.trimmingCharacters(in: .whitespaces) ?? "" }
        func money(_ name: String) throws -> Decimal {
            let text = field(name)
            if text.isEmpty { return 0 }
            guard let value = DecimalText.parse(text) else {
                throw LedgerError.invalidValue(field: name, value: text)
            }
            return value
        }
        switch kind {
        case "items":
            let type = ItemType(rawValue: field("type").isEmpty ? "inventory" : field("type"))
            guard let type else { throw LedgerError.invalidValue(field: "type", value: field("type")) }
            try ledger.addItem(Item(no: field("no"), description: field("description"), type: type,
                                    unitPrice: try money("unit_price"), unitCost: try money("unit_cost"),
                                    vendorNo: field("vendor_no"), vendorItemNo: field("vendor_item_no"),
                                    blocked: field("blocked") == "true"))
            if !field("barcode").isEmpty {
                try ledger.addItemReference(ItemReference(kind: .barcode, referenceNo: field("barcode"),
                                                          itemNo: field("no")))
            }
        case "customers":
            try ledger.addCustomer(Customer(no: field("no"), name: field("name"), email: field("email"),
                                            phone: field("phone"), address: field("address"),
                                            city: field("city"), postCode: field("post_code"),
                                            countryCode: field("country_code")))
        default:
            try ledger.addLocation(Location(code: field("code"), name: field("name")))
        }
    }
}
