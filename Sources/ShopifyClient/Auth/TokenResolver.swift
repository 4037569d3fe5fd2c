import Foundation

/// Why a shop's token could not be had. No case carries the token itself.
public enum TokenError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformedReference(String)
    case variableNotSet(String)
    case fileUnreadable(path: String, reason: String)
    /// The file can be read by others than its owner; the mode found, in octal.
    case fileTooOpen(path: String, mode: String)
    case empty(reference: String)

    public var description: String {
        switch self {
        case .malformedReference(let reference):
            return "token reference '\(reference)' is neither 'env:NAME' nor 'file:PATH'"
        case .variableNotSet(let name):
            return "environment variable '\(name)' with the shop's token is not set"
        case .fileUnreadable(let path, let reason):
            return "cannot read the token file '\(path)': \(reason)"
        case .fileTooOpen(let path, let mode):
            return "token file '\(path)' has mode \(mode); it must be 0600 (chmod 600 '\(path)')"
        case .empty(let reference):
            return "the token at '\(reference)' is empty"
        }
    }
}

/// Reads a shop's token where its reference says, each time it is needed: `env:NAME` from the
/// environment, `file:PATH` from a file only its owner may read (mode 0600 or 0400).
public struct TokenResolver: Sendable {
    public let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func resolve(_ reference: String) throws(TokenError) -> Secret {
        let text: String
        if reference.hasPrefix("env:") {
            let name = String(reference.dropFirst(4))
            guard !name.isEmpty else { throw .malformedReference(reference) }
            guard let value = environment[name] else { throw .variableNotSet(name) }
            text = value
        } else if reference.hasPrefix("file:") {
            text = try readFile(String(reference.dropFirst(5)))
        } else {
            throw .malformedReference(reference)
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw .empty(reference: reference) }
        return Secret(token)
    }

    func readFile(_ path: String) throws(TokenError) -> String {
        guard !path.isEmpty else { throw .malformedReference("file:") }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .fileUnreadable(path: path, reason: "no such file or no access")
        }
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        // Group and others must have no access at all; the owner may read (and write).
        guard mode & 0o077 == 0 else { throw .fileTooOpen(path: path, mode: "0" + String(mode, radix: 8)) }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw .fileUnreadable(path: path, reason: "not readable as UTF-8 text")
        }
        return text
    }
}
