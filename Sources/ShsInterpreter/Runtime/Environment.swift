import ShopSyncCore
import ShsLanguage
import Synchronization

/// Variables at run time: the session's globals, then one scope per block being run.
public final class Environment: Sendable {
    private let scopes = Mutex<[[String: Value]]>([[:]])

    public init() {}

    public var globals: [String: Value] { scopes.withLock { $0[0] } }

    func value(of name: String) -> Value? {
        scopes.withLock { scopes in
            for scope in scopes.reversed() {
                if let value = scope[name] { return value }
            }
            return nil
        }
    }

    /// Assigns to the innermost scope that has the name, else defines it in the current one.
    func define(_ name: String, _ value: Value) {
        scopes.withLock { scopes in
            let index = scopes.lastIndex { $0[name] != nil } ?? scopes.count - 1
            scopes[index][name] = value
        }
    }

    func withScope<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        scopes.withLock { $0.append([:]) }
        defer { scopes.withLock { _ = $0.removeLast() } }
        return try body()
    }

    /// Drops every scope but the globals (after an error left blocks open).
    func unwind() {
        scopes.withLock { $0.removeSubrange(1...) }
    }
}

/// A runtime error with the place of the statement or expression that failed.
public struct ScriptError: Error, Sendable {
    public let message: DiagnosticMessage
    public let range: SourceRange
    public let file: SourceFile
    /// Whether retrying later might succeed (a network error) or not (bad configuration).
    public let isTransient: Bool

    public init(_ message: DiagnosticMessage, at range: SourceRange, in file: SourceFile,
                transient: Bool = false) {
        self.message = message
        self.range = range
        self.file = file
        self.isTransient = transient
    }

    public var diagnostic: Diagnostic { Diagnostic(message, at: range, in: file) }
}
