extension SandboxCommands {
    /// Why `shs sandbox serve ...` arguments were refused.
    public struct ServeUsageError: Error, Sendable, Equatable, CustomStringConvertible {
        public let message: String

        public init(message: String) { self.message = message }

        public var description: String { message }
    }

    /// Turns the arguments after `shs sandbox serve` into the statement that does the same:
    /// `--port 8080 --plan plus --faults "http503 rate 0.1"` becomes
    /// `sandbox serve port 8080 plan plus faults "http503 rate 0.1"`. Also reads `--token`, and
    /// the `--name=value` spelling of each option.
    public static func serveStatement(arguments: [String]) -> Result<String, ServeUsageError> {
        var words = ["sandbox", "serve"]
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard let name = ServeOption(rawValue: parts[0]) else {
                return .failure(ServeUsageError(message: "unknown option '\(argument)' for "
                    + "'sandbox serve' (use --port, --plan, --token or --faults)"))
            }
            guard let value = parts.count == 2 ? parts[1] : rest.popFirst() else {
                return .failure(ServeUsageError(message: "\(name.rawValue) needs a value"))
            }
            switch name.phrase(value) {
            case .success(let phrase): words.append(phrase)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(words.joined(separator: " "))
    }
}

/// An option of `shs sandbox serve`.
enum ServeOption: String {
    case port = "--port", plan = "--plan", token = "--token", faults = "--faults"

    /// The statement words for the option's value, checked so that no value can inject text.
    func phrase(_ value: String) -> Result<String, SandboxCommands.ServeUsageError> {
        switch self {
        case .port:
            guard let port = UInt16(value) else { return failure("--port takes 0 to 65535") }
            return .success("port \(port)")
        case .plan:
            guard ["standard", "advanced", "plus", "enterprise"].contains(value) else {
                return failure("--plan is standard, advanced, plus or enterprise")
            }
            return .success("plan \(value)")
        case .token, .faults:
            guard !value.contains(where: { $0 == "\"" || $0 == "\\" || $0.isNewline }) else {
                return failure("\(rawValue) cannot contain quotes, backslashes or line breaks")
            }
            return .success("\(self == .token ? "token" : "faults") \"\(value)\"")
        }
    }

    private func failure(_ text: String) -> Result<String, SandboxCommands.ServeUsageError> {
        .failure(SandboxCommands.ServeUsageError(message: text))
    }
}
