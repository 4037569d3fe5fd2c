import ShopSyncCore

/// `list`, `count` and `show` work on every record kind a service registers.
enum RecordCommands {
    static func all(_ registry: CommandRegistry) -> [CommandSpec] {
        [list(registry), count(registry), show(registry)]
    }

    static func list(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("list <kind:entity>"), topic: "data",
                    summary: "list records of a kind, filtered, ordered and limited",
                    details: "Any field of the kind may appear in the filter and in 'order by'; "
                        + "'help <kind>' lists the fields.",
                    examples: ["list commands where topic = \"data\" order by name",
                               "list commands limit 3"],
                    filter: .slot("kind"), allowsOrdering: true, allowsLimit: true) { invocation, context in
            let source = try kind(invocation, context)
            return .value(.table(try source.fetch(invocation.query, context: context)))
        }
    }

    static func count(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("count <kind:entity>"), topic: "data",
                    summary: "count records of a kind, optionally filtered",
                    examples: ["count commands where topic = \"language\""],
                    filter: .slot("kind")) { invocation, context in
            let source = try kind(invocation, context)
            return .value(.int(Int64(try source.count(invocation.query, context: context))))
        }
    }

    static func show(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("show <kind:entity> <key:any>"), topic: "data",
                    summary: "show one record of a kind by its key",
                    examples: ["show commands \"list\""]) { invocation, context in
            let source = try kind(invocation, context)
            guard let keyField = source.descriptor.keyField,
                  let type = source.descriptor.field(named: keyField)?.type else {
                throw CommandError("\(source.descriptor.name) records have no key to show them by")
            }
            let key = invocation.arguments["key"] ?? .null
            let filter = Filter.compare(.equal, .field(keyField, type), .constant(key))
            let table = try source.fetch(EntityQuery(filter: filter, limit: 1), context: context)
            guard let record = table.records.first else {
                throw CommandError("no \(source.descriptor.name) record with \(keyField) \(key.literalText)")
            }
            return .value(.record(record))
        }
    }

    static func kind(_ invocation: Invocation, _ context: ExecutionContext) throws -> any EntitySource {
        let name = invocation.string("kind") ?? ""
        guard let source = context.registry.entity(name) else {
            throw CommandError("unknown record kind '\(name)'")
        }
        return source
    }
}
