import ShopSyncCore

extension LanguageCommands {
    /// `help`, `help <topic>`, `help <command words>`, `help <record kind>`: generated from the
    /// registry, so it lists exactly what this build can do.
    static func help(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("help [<subject:words>]"), topic: "language",
                    summary: "list commands, or explain a topic, a command or a record kind",
                    examples: ["help", "help language", "help list", "help commands"]) { invocation, context in
            var words: [String] = []
            if case .list(let items)? = invocation.arguments["subject"] { words = items.map(\.plainText) }
            let page = try HelpPages.page(for: words, registry: context.registry)
            let machine = context.format == .json || context.format == .csv
            return machine ? .value(page.data) : .message(page.text)
        }
    }

    /// Every command as a record: what `list commands` shows.
    static func commandsEntity(_ registry: CommandRegistry) -> InMemoryEntitySource {
        let descriptor = EntityDescriptor(
            name: "commands", help: "the commands this build knows, as 'help' lists them",
            fields: [FieldDescriptor("name", .string, "the words that name the command"),
                     FieldDescriptor("topic", .string, "the help topic it belongs to"),
                     FieldDescriptor("synopsis", .string, "its full syntax"),
                     FieldDescriptor("summary", .string, "what it does, in one line")],
            keyField: "name")
        return InMemoryEntitySource(descriptor) { context in
            context.registry.commands.map { spec in
                Record([("name", .string(spec.name)), ("topic", .string(spec.topic)),
                        ("synopsis", .string(spec.synopsis)), ("summary", .string(spec.summary))])
            }
        }
    }
}
