#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines from a file descriptor: piped stdin, a script file, or a test pipe.
///
/// Shows no prompt and keeps no history. A last line without a trailing newline is still
/// returned; a trailing `\r` is dropped so scripts written on Windows read the same.
public final class StreamLineSource: LineSource {
    private let fileDescriptor: Int32
    private let interrupts: InterruptFlag
    private var buffer: [UInt8] = []
    private var reachedEnd = false

    /// Reads from `fileDescriptor`, which stays owned by the caller.
    /// - Parameter interrupts: the flag that tells a Ctrl-C apart from other `EINTR`s.
    public init(fileDescriptor: Int32, interrupts: InterruptFlag = .shared) {
        self.fileDescriptor = fileDescriptor
        self.interrupts = interrupts
    }

    /// The next line; `prompt` is ignored because nobody is typing.
    public func readLine(prompt: String) -> LineRead {
        while true {
            if let line = nextBufferedLine() {
                return .line(line)
            }
            if reachedEnd {
                return finalLine().map(LineRead.line) ?? .endOfInput
            }
            if case .interrupted = fill() {
                return .interrupted
            }
        }
    }

    private enum FillResult { case filled, interrupted }

    /// One `read` into the buffer; marks the end on EOF or on an unrecoverable error.
    private func fill() -> FillResult {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno != EINTR {
            reachedEnd = true
        } else if interrupts.take() {
            return .interrupted
        }
        return .filled
    }

    private func nextBufferedLine() -> String? {
        guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = decode(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return line
    }

    private func finalLine() -> String? {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return decode(buffer[...])
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let body = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
        return String(decoding: body, as: UTF8.self)
    }
}
