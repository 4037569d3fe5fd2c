import Foundation
import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter

/// The activities dashboard: `cues`, `cues show`, `cues watch`, `cues export html` and
/// `cue <name> thresholds`.
public enum DashboardCommands {
    public static func register(in registry: inout CommandRegistry) {
        registry.register(topic: "cues", summary: "the activities dashboard: what needs a person")
        let commands = [cues(registry), show(registry), watch(registry), export(registry),
                        thresholds(registry)]
        for command in commands { registry.register(command) }
    }

    /// The cue names as a choice slot, so a wrong name is a bind error with a suggestion.
    static let cueSlot = "<cue:" + Cue.allCases.map(\.rawValue).joined(separator: "|") + ">"
    static let shopClause = "[for <shop:string>]"

    static func cues(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("cues \(shopClause)"), topic: "cues",
                    summary: "every cue's count and colour, across all shops or for one",
                    details: "A count below a cue's first threshold is green, up to its second "
                        + "yellow, above it red (standard thresholds 1 and 5). With "
                        + "--format json the dashboard is one JSON table.",
                    examples: ["cues", "cues for \"demo\""]) { inv, context in
            let counts = try context.withLedger { try $0.cueCounts(shop: inv.string("shop")) }
            return .value(.table(CueTables.dashboard(counts)))
        }
    }

    static func show(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("cues show \(cueSlot) \(shopClause)"), topic: "cues",
                    summary: "the records behind a cue, each with its reason and the command that fixes it",
                    examples: ["cues show unprocessed_orders", "cues show shipment_errors for \"demo\"",
                               "cues show unmapped_products limit 10"],
                    allowsLimit: true) { inv, context in
            let cue = try cueArgument(inv)
            let records = try context.withLedger {
                try $0.cueRecords(cue, shop: inv.string("shop"), limit: inv.limit ?? 1000)
            }
            return .value(.table(CueTables.records(records)))
        }
    }

    static func watch(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("cues watch [every <interval:duration>] \(shopClause) "
                                     + "[times <times:int>]"),
                    topic: "cues",
                    summary: "show the dashboard again and again (every 10s unless told), in place "
                        + "on a terminal, until interrupted or shown `times` times",
                    examples: ["cues watch", "cues watch every 30s for \"demo\"",
                               "cues watch every 1s times 3"]) { inv, context in
            try CueWatch(invocation: inv, context: context).run()
            return .none
        }
    }

    static func export(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("cues export html <file:string> \(shopClause)"), topic: "cues",
                    summary: "write the dashboard and its records as one self-contained HTML page",
                    examples: ["cues export html \"dashboard.html\""]) { inv, context in
            let path = inv.string("file") ?? ""
            let shop = inv.string("shop")
            let page = try context.withLedger { ledger in
                let counts = try ledger.cueCounts(shop: shop)
                let records = try counts.filter { $0.count > 0 }.map {
                    ($0.cue, try ledger.cueRecords($0.cue, shop: shop, limit: 200))
                }
                return DashboardPage(counts: counts, records: records, shop: shop,
                                     at: context.clock.now()).html
            }
            do {
                try page.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw CommandError("cannot write '\(path)': \(error.localizedDescription)")
            }
            return .message("wrote the dashboard to \(path)")
        }
    }

    static func thresholds(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("cue \(cueSlot) thresholds <first:int> <second:int>"),
                    topic: "cues", summary: "change when a cue turns yellow and red",
                    details: "Below the first number the cue is green, up to the second yellow, "
                        + "above it red; they must satisfy 0 <= first <= second.",
                    examples: ["cue unprocessed_orders thresholds 2 10"],
                    validate: validateThresholds) { inv, context in
            let cue = try cueArgument(inv)
            let pair = CueThresholds(first: Int(inv.int("first") ?? 1), second: Int(inv.int("second") ?? 5))
            try context.withLedger { try $0.setCueThresholds(cue, pair) }
            return .message("\(cue.rawValue): green below \(pair.first), yellow up to \(pair.second), "
                            + "red above")
        }
    }

    static func validateThresholds(_ bound: BoundArguments) -> [ArgumentProblem] {
        guard case .int(let first)? = bound.constants["first"],
              case .int(let second)? = bound.constants["second"] else { return [] }
        if first < 0 {
            return [ArgumentProblem("the first threshold cannot be negative",
                                    at: bound.ranges["first"] ?? bound.commandRange)]
        }
        if second < first {
            return [ArgumentProblem("the second threshold (\(second)) must not be below the first "
                                    + "(\(first))", at: bound.ranges["second"] ?? bound.commandRange)]
        }
        return []
    }

    static func cueArgument(_ inv: Invocation) throws -> Cue {
        guard let name = inv.string("cue"), let cue = Cue(rawValue: name) else {
            throw CommandError("no cue '\(inv.string("cue") ?? "")'")
        }
        return cue
    }
}
