/// Every message the language reports, in one catalogue. Messages are lower-case, quote tokens
/// in single quotes and end without a period.
public enum DiagnosticMessage: Hashable, Sendable {
    // Lexer
    case unterminatedString
    case unterminatedBlockString
    case invalidEscape(String)
    case unexpectedCharacter(String)
    case invalidDate(String)
    case invalidTime(String)
    case integerTooLarge(String)
    case unknownDurationUnit(String)
    // Parser
    case expected(String, found: String)
    case unclosedBlock(construct: String, line: Int)
    case unclosedDelimiter(open: String, close: String, line: Int)
    case doubleEqual
    case endWithoutBlock(String)
    // Binder
    case unknownCommand(String, suggestion: String?)
    case unexpectedTerm(found: String, command: String, expected: [String])
    case missingArgument(command: String, expected: [String])
    case argumentType(name: String, expected: String, found: String)
    case unknownField(String, entity: String, suggestion: String?)
    case unknownVariable(String, suggestion: String?)
    case unknownFunction(String, suggestion: String?)
    case unknownEntity(String, suggestion: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case optionValue(name: String, problem: String)
    case functionArguments(name: String, expected: String)
    case operandTypes(op: String, String, String)
    case notComparable(String, String)
    case notBoolean(context: String, found: String)
    case notAllowed(clause: String, command: String)
    case blockRequired(command: String)
    case includeFailed(path: String, reason: String)
    case includeCycle(path: String)
    case invalidValue(String)
    // Runtime
    case assertionFailed(String?)
    case runtime(String)
    case cancelled

    public var text: String {
        switch self {
        case .unterminatedString: return "unterminated string: a string ends with '\"' on its line"
        case .unterminatedBlockString: return "unterminated block string: expected '\"\"\"'"
        case .invalidEscape(let e): return "invalid escape '\\\(e)' (use \\n, \\t, \\\", \\\\ or \\u{…})"
        case .unexpectedCharacter(let c): return "unexpected character '\(c)'"
        case .invalidDate(let d): return "'\(d)' is not a valid date"
        case .invalidTime(let t): return "'\(t)' is not a valid time of day"
        case .integerTooLarge(let n): return "integer '\(n)' is too large"
        case .unknownDurationUnit(let u):
            return "unknown duration unit '\(u)' (use ms, s, m, h, d or w)"
        case .expected(let what, let found): return "expected \(what), found \(found)"
        case .unclosedBlock(let construct, let line):
            return "expected 'end' to close '\(construct)' opened at line \(line)"
        case .unclosedDelimiter(let open, let close, let line):
            return "expected '\(close)' to close '\(open)' opened at line \(line)"
        case .doubleEqual: return "use '=' to compare; '==' is not an operator"
        case .endWithoutBlock(let word): return "'\(word)' without an open block"
        default: return bindText
        }
    }
}
