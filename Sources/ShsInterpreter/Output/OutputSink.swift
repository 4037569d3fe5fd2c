import ShopSyncCore
import Synchronization

/// How results are shown. `plain` is the default when standard output is not a terminal.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, plain, json, csv
}

/// Where the interpreter's output goes. Results are data (stdout); messages and diagnostics are
/// for people. In `json` and `csv` formats messages go to the error stream, so machine-readable
/// output stays pure.
public protocol OutputSink: AnyObject, Sendable {
    /// The format used until a script says otherwise.
    var defaultFormat: OutputFormat { get }
    /// Whether the result stream is a terminal (colours, progress bars).
    var isTerminal: Bool { get }
    func result(_ value: Value, format: OutputFormat)
    /// A note for a person: "queued job 12; follow it with 'wait job 12'".
    func message(_ text: String, format: OutputFormat)
    /// A rendered diagnostic or runtime error, already formatted.
    func diagnostic(_ text: String)
    /// A one-line progress report that replaces the previous one; nil clears it.
    func progress(_ line: String?)
}

/// Writes text somewhere: a file descriptor, a buffer.
public protocol TextStream: AnyObject, Sendable {
    func write(_ text: String)
}

/// The sink the `shs` executable uses: results to one stream, everything else to another.
public final class StreamOutputSink: OutputSink {
    public let defaultFormat: OutputFormat
    public let isTerminal: Bool
    private let out: any TextStream
    private let err: any TextStream
    private let errIsTerminal: Bool

    public init(out: any TextStream, err: any TextStream, format: OutputFormat? = nil,
                isTerminal: Bool, errorIsTerminal: Bool = false) {
        self.out = out
        self.err = err
        self.isTerminal = isTerminal
        self.errIsTerminal = errorIsTerminal
        self.defaultFormat = format ?? (isTerminal ? .table : .plain)
    }

    public func result(_ value: Value, format: OutputFormat) {
        out.write(ValueRenderer.render(value, format: format, colour: isTerminal && format == .table))
    }

    public func message(_ text: String, format: OutputFormat) {
        let stream = (format == .json || format == .csv) ? err : out
        stream.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    public func diagnostic(_ text: String) {
        err.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    public func progress(_ line: String?) {
        guard errIsTerminal else { return }
        // Carriage return and clear-to-end-of-line keep the bar on one line.
        err.write("\r\u{1B}[K" + (line ?? ""))
    }
}

/// Collects output as values and text, for tests and embedding.
public final class CapturingOutputSink: OutputSink {
    public let defaultFormat: OutputFormat
    public let isTerminal = false
    private let state = Mutex(Captured())

    struct Captured {
        var results: [Value] = []
        var standardOutput = ""
        var standardError = ""
    }

    public init(format: OutputFormat = .plain) {
        self.defaultFormat = format
    }

    /// Every result, as values.
    public var results: [Value] { state.withLock { $0.results } }
    /// What a terminal-less stdout would have shown.
    public var standardOutput: String { state.withLock { $0.standardOutput } }
    /// Messages in machine formats, and diagnostics.
    public var standardError: String { state.withLock { $0.standardError } }

    public func result(_ value: Value, format: OutputFormat) {
        let text = ValueRenderer.render(value, format: format, colour: false)
        state.withLock {
            $0.results.append(value)
            $0.standardOutput += text
        }
    }

    public func message(_ text: String, format: OutputFormat) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        state.withLock {
            if format == .json || format == .csv {
                $0.standardError += line
            } else {
                $0.standardOutput += line
            }
        }
    }

    public func diagnostic(_ text: String) {
        state.withLock { $0.standardError += text.hasSuffix("\n") ? text : text + "\n" }
    }

    public func progress(_ line: String?) {}

    public func reset() {
        state.withLock { $0 = Captured() }
    }
}
