import Foundation
import ShopSyncCore

/// The text and data of each help page, built from the registry.
enum HelpPages {
    struct Page {
        let text: String
        let data: Value
    }

    static func page(for words: [String], registry: CommandRegistry) throws -> Page {
        let subject = words.joined(separator: " ")
        if words.isEmpty { return overview(registry) }
        if registry.topics.contains(where: { $0.name == subject }) { return topic(subject, registry) }
        let commands = registry.commands.filter {
            $0.name == subject || $0.name.hasPrefix(subject + " ")
        }
        if !commands.isEmpty { return commandPage(commands, registry) }
        if let entity = registry.entity(subject) { return entityPage(entity.descriptor) }
        if let section = LanguageGuide.section(subject) {
            return Page(text: section, data: .record(Record([("topic", .string(subject)),
                                                              ("text", .string(section))])))
        }
        let known = registry.topics.map(\.name) + registry.commands.map(\.name)
            + Array(registry.entities.keys) + LanguageGuide.subjects
        let hint = Suggestions.closest(to: subject, in: known).map { "; did you mean '\($0)'?" } ?? ""
        throw CommandError("no help for '\(subject)'" + hint)
    }

    static func overview(_ registry: CommandRegistry) -> Page {
        var text = "ShopSync shell: commands by topic. 'help <topic>' or 'help <command>' says more;\n"
            + "'help language' explains statements, expressions and filters.\n"
        for (name, summary) in registry.topics {
            text += "\n\(name): \(summary)\n"
            for spec in registry.commands where spec.topic == name {
                text += "  " + spec.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                    + " " + spec.summary + "\n"
            }
        }
        return Page(text: text, data: .table(commandTable(registry.commands)))
    }

    static func topic(_ name: String, _ registry: CommandRegistry) -> Page {
        let commands = registry.commands.filter { $0.topic == name }
        var text = name == "language" ? LanguageGuide.overview + "\n" : ""
        text += "Commands (\(name)):\n"
        for spec in commands {
            text += "  \(spec.synopsis)\n      \(spec.summary)\n"
        }
        return Page(text: text, data: .table(commandTable(commands)))
    }

    static func commandPage(_ commands: [CommandSpec], _ registry: CommandRegistry) -> Page {
        var text = ""
        var records: [Value] = []
        for spec in commands {
            text += "\(spec.synopsis)\n  \(spec.summary)\n"
            if !spec.details.isEmpty { text += "\n  \(spec.details)\n" }
            var fields: [Value] = []
            if case .entity(let name) = spec.filter, let entity = registry.entity(name) {
                let names = entity.descriptor.fields.map(\.name)
                text += "\n  Filter fields (\(name)): " + names.joined(separator: ", ") + "\n"
                fields = names.map { .string($0) }
            }
            for option in spec.options { text += "  \(option.synopsis): \(option.help)\n" }
            if !spec.examples.isEmpty {
                text += "\n  Examples:\n" + spec.examples.map { "    \($0)\n" }.joined()
            }
            text += "\n"
            records.append(.record(Record([
                ("command", .string(spec.name)), ("synopsis", .string(spec.synopsis)),
                ("summary", .string(spec.summary)), ("details", .string(spec.details)),
                ("examples", .list(spec.examples.map { .string($0) })), ("filter_fields", .list(fields)),
            ])))
        }
        return Page(text: text, data: records.count == 1 ? records[0] : .list(records))
    }

    static func entityPage(_ entity: EntityDescriptor) -> Page {
        var text = "\(entity.name): \(entity.help)\n\nFields:\n"
        var table = Table(columns: [.init("field", .string), .init("type", .string), .init("help", .string)])
        for field in entity.fields {
            text += "  " + field.name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + " " + field.type.description.padding(toLength: 10, withPad: " ", startingAt: 0)
                + " " + field.help + "\n"
            table.append([.string(field.name), .string(field.type.description), .string(field.help)])
        }
        return Page(text: text, data: .table(table))
    }

    static func commandTable(_ commands: [CommandSpec]) -> Table {
        var table = Table(columns: [.init("topic", .string), .init("command", .string),
                                    .init("synopsis", .string), .init("summary", .string)])
        for spec in commands {
            table.append([.string(spec.topic), .string(spec.name), .string(spec.synopsis),
                          .string(spec.summary)])
        }
        return table
    }
}
