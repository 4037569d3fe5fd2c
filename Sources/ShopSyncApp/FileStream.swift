#if canImport(Glibc)
import Glibc
#endif
import ShsInterpreter

/// A `TextStream` over a file descriptor (standard output or error), written unbuffered so
/// output and diagnostics interleave in the order they happen.
public final class FileStream: TextStream {
    let descriptor: Int32

    public static let standardOutput = FileStream(descriptor: 1)
    public static let standardError = FileStream(descriptor: 2)

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public var isTerminal: Bool { isatty(descriptor) == 1 }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nothing more can be shown
            }
            offset += written
        }
    }
}
