import Foundation
import ShopSyncCore

/// Commands every session has: help, settings, variables, version, quit, and the generic
/// `list`, `count` and `show` over any record kind.
public enum LanguageCommands {
    public static let version = "0.1.0"

    public static func register(in registry: inout CommandRegistry) {
        registry.register(topic: "language", summary: "statements, expressions, filters, settings")
        registry.register(topic: "data", summary: "list, count and show records of any kind")
        BuiltinFunctions.register(in: &registry)
        registry.register(setting: formatSetting)
        registry.register(entity: commandsEntity(registry))
        for spec in [help(registry), set(registry), showVariables(registry), showSettings(registry),
                     versionCommand(registry), quit(registry)] + RecordCommands.all(registry) {
            registry.register(spec)
        }
    }

    static let formatSetting = SettingSpec(
        "format", type: .string, choices: OutputFormat.allCases.map(\.rawValue),
        help: "how results are shown: table, plain, json or csv",
        get: { context in .string(context.format.rawValue) },
        set: { value, context in
            guard case .string(let name) = value, let format = OutputFormat(rawValue: name) else {
                throw CommandError("format must be table, plain, json or csv")
            }
            context.format = format
        })

    static func set(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("set <name:setting> = (<value:any> | <word:word>)"),
                    topic: "language", summary: "change a setting",
                    details: "Settings have a type and often a fixed set of values; 'show settings' "
                        + "lists them with their current values.",
                    examples: ["set format = \"json\"", "set format = table"],
                    validate: validateSetting) { invocation, context in
            let name = invocation.string("name") ?? ""
            guard let setting = context.registrySettings[name] else {
                throw CommandError("unknown setting '\(name)'")
            }
            let value = invocation.arguments["value"] ?? invocation.arguments["word"] ?? .null
            if let problem = SettingCheck.problem(setting, value) { throw CommandError(problem) }
            try setting.set(SettingCheck.coerce(setting, value), context)
            return .none
        }
    }

    /// A constant value is checked against the setting's type when the script is bound.
    static let validateSetting: @Sendable (BoundArguments) -> [ArgumentProblem] = { arguments in
        guard case .string(let name)? = arguments.constants["name"],
              let setting = arguments.registry.settings[name] else { return [] }
        let key = arguments.constants["value"] != nil ? "value" : "word"
        guard let value = arguments.constants[key], let range = arguments.ranges[key],
              let problem = SettingCheck.problem(setting, value) else { return [] }
        return [ArgumentProblem(problem, at: range)]
    }

    static func showVariables(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("show variables"), topic: "language",
                    summary: "list the session's variables with their types and values",
                    examples: ["show variables"]) { _, context in
            var table = Table(columns: [.init("name", .string), .init("type", .string),
                                        .init("value", .string)])
            for (name, value) in context.variables().sorted(by: { $0.key < $1.key }) {
                table.append([.string(name), .string(value.type.description), .string(value.literalText)])
            }
            return .value(.table(table))
        }
    }

    static func showSettings(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("show settings"), topic: "language",
                    summary: "list every setting with its current value and help",
                    examples: ["show settings"]) { _, context in
            var table = Table(columns: [.init("setting", .string), .init("value", .any),
                                        .init("help", .string)])
            for setting in context.registrySettings.values.sorted(by: { $0.name < $1.name }) {
                let value = (try? setting.get(context)) ?? .null
                table.append([.string(setting.name), value, .string(setting.help)])
            }
            return .value(.table(table))
        }
    }

    static func versionCommand(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("version"), topic: "language", summary: "show the version",
                    examples: ["version"]) { _, _ in
            .value(.string("shs \(version) (ShopSync)"))
        }
    }

    static func quit(_ registry: CommandRegistry) -> CommandSpec {
        CommandSpec(registry.pattern("quit"), topic: "language",
                    summary: "leave the shell (the same as 'exit 0')", examples: ["quit"]) { _, _ in
            throw QuitRequest()
        }
    }
}

/// Thrown by `quit`; the interpreter turns it into `exit 0`.
struct QuitRequest: Error {}

/// Checks a value against a setting's type and choices, in one place for bind and run time.
enum SettingCheck {
    static func problem(_ setting: SettingSpec, _ value: Value) -> String? {
        if let choices = setting.choices {
            guard case .string(let text) = value, choices.contains(text) else {
                return "'\(setting.name)' must be one of " + choices.joined(separator: ", ")
                    + ", found \(value.literalText)"
            }
            return nil
        }
        guard setting.type.accepts(value.type) else {
            return "'\(setting.name)' must be a \(setting.type), found \(value.type) \(value.literalText)"
        }
        return nil
    }

    static func coerce(_ setting: SettingSpec, _ value: Value) -> Value {
        if setting.type == .decimal, case .int(let i) = value { return .decimal(Decimal(i)) }
        return value
    }
}
