import Foundation
import ShopSyncCore

/// The functions every script has: time, environment, text and number helpers.
enum BuiltinFunctions {
    static func register(in registry: inout CommandRegistry) {
        for function in all { registry.register(function: function) }
    }

    static let all: [FunctionSpec] = [
        FunctionSpec("now", result: .dateTime, help: "the current date and time (UTC)") { _, context in
            .dateTime(context.clock.now())
        },
        FunctionSpec("today", result: .date, help: "the current date (UTC)") { _, context in
            .date(context.clock.now().date)
        },
        FunctionSpec("env", parameters: [.string], result: .string,
                     help: "an environment variable, or empty when it is not set") { args, _ in
            guard case .string(let name) = args[0] else { return .null }
            return ProcessInfo.processInfo.environment[name].map { .string($0) } ?? .null
        },
        FunctionSpec("count", parameters: [.any], result: .int,
                     help: "how many items a list, table or record kind holds") { args, _ in
            switch args[0] {
            case .list(let items): return .int(Int64(items.count))
            case .table(let table): return .int(Int64(table.rows.count))
            case .record(let record): return .int(Int64(record.keys.count))
            case .string(let text): return .int(Int64(text.count))
            case .null: return .int(0)
            default: throw CommandError("count needs a list, a table or a record kind")
            }
        },
        text("upper", "the text in upper case") { $0.uppercased() },
        text("lower", "the text in lower case") { $0.lowercased() },
        text("trim", "the text without surrounding blanks") {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        },
        FunctionSpec("string", parameters: [.any], result: .string,
                     help: "any value as text") { args, _ in .string(args[0].plainText) },
        FunctionSpec("int", parameters: [.any], result: .int,
                     help: "a whole number from text or a decimal (rounded toward zero)") { args, _ in
            try integer(args[0])
        },
        FunctionSpec("decimal", parameters: [.any], result: .decimal,
                     help: "an exact decimal from text or a number") { args, _ in
            switch args[0] {
            case .int(let i): return .decimal(Decimal(i))
            case .decimal: return args[0]
            case .string(let s):
                guard let d = DecimalText.parse(s) else { throw CommandError("'\(s)' is not a decimal") }
                return .decimal(d)
            default: throw CommandError("decimal needs text or a number")
            }
        },
        FunctionSpec("round", parameters: [.decimal, .int], optional: 1, result: .decimal,
                     help: "a number rounded half away from zero to n places (default 0)") { args, _ in
            let places = args.count > 1 ? args[1] : .int(0)
            guard case .int(let n) = places, (0...20).contains(n) else {
                throw CommandError("round takes 0 to 20 places")
            }
            var value = decimalValue(args[0]), result = Decimal()
            NSDecimalRound(&result, &value, Int(n), .plain)
            return .decimal(result)
        },
    ]

    static func text(_ name: String, _ help: String, _ transform: @escaping @Sendable (String) -> String)
        -> FunctionSpec
    {
        FunctionSpec(name, parameters: [.string], result: .string, help: help) { args, _ in
            guard case .string(let s) = args[0] else { return .null }
            return .string(transform(s))
        }
    }

    static func decimalValue(_ value: Value) -> Decimal {
        switch value {
        case .int(let i): return Decimal(i)
        case .decimal(let d): return d
        default: return 0
        }
    }

    static func integer(_ value: Value) throws -> Value {
        switch value {
        case .int: return value
        case .decimal(let d):
            var source = d, truncated = Decimal()
            NSDecimalRound(&truncated, &source, 0, d < 0 ? .up : .down)
            guard let i = Int64(DecimalText.format(truncated)) else { throw CommandError("too large") }
            return .int(i)
        case .string(let s):
            guard let i = Int64(s.trimmingCharacters(in: .whitespaces)) else {
                throw CommandError("'\(s)' is not a whole number")
            }
            return .int(i)
        default: throw CommandError("int needs text or a number")
        }
    }
}
