extension DiagnosticMessage {
    var bindText: String {
        switch self {
        case .unknownCommand(let word, let suggestion):
            return "unknown command '\(word)'" + didYouMean(suggestion)
        case .unexpectedTerm(let found, let command, let expected):
            return "unexpected \(found) in '\(command)'; expected " + alternatives(expected)
        case .missingArgument(let command, let expected):
            return "'\(command)' is incomplete; expected " + alternatives(expected)
        case .argumentType(let name, let expected, let found):
            return "'\(name)' must be \(expected), found \(found)"
        case .unknownField(let name, let entity, let suggestion):
            return "unknown field '\(name)' of \(entity)" + didYouMean(suggestion)
        case .unknownVariable(let name, let suggestion):
            return "unknown name '\(name)'" + didYouMean(suggestion)
        case .unknownFunction(let name, let suggestion):
            return "unknown function '\(name)'" + didYouMean(suggestion)
        case .unknownEntity(let name, let suggestion):
            return "unknown record kind '\(name)'" + didYouMean(suggestion)
        case .unknownOption(let name, let command, let suggestion):
            return "'\(command)' has no option '--\(name)'"
                + (suggestion.map { "; did you mean '--\($0)'?" } ?? "")
        case .optionValue(let name, let problem): return "option '--\(name)' \(problem)"
        case .functionArguments(let name, let expected): return "'\(name)' takes \(expected)"
        case .operandTypes(let op, let a, let b): return "cannot apply '\(op)' to \(a) and \(b)"
        case .notComparable(let a, let b): return "cannot compare \(a) with \(b)"
        case .notBoolean(let context, let found):
            return "\(context) must be true or false, found \(found)"
        case .notAllowed(let clause, let command): return "'\(command)' takes no \(clause)"
        case .blockRequired(let command): return "'\(command)' needs a 'do ... end' block"
        case .includeFailed(let path, let reason): return "cannot include '\(path)': \(reason)"
        case .includeCycle(let path): return "'\(path)' includes itself (include cycle)"
        case .invalidValue(let text): return text
        case .assertionFailed(let message):
            return "assertion failed" + (message.map { ": \($0)" } ?? "")
        case .runtime(let text): return text
        case .cancelled: return "cancelled"
        default: return ""
        }
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    private func alternatives(_ items: [String]) -> String {
        switch items.count {
        case 0: return "end of statement"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " or " + items.last!
        }
    }
}
