import Foundation

/// Reads a file line by line in 64 KiB chunks, so a bulk result of any size is never held
/// whole. Lines are split on `\n`; a final line without one is returned too.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TransportFailure.other("cannot open \(path)")
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    public func nextLine() throws -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                let line = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                return line
            }
            if atEnd { return takeRest() }
            try refill()
        }
    }

    private func refill() throws {
        buffer.removeFirst(start)
        start = 0
        let chunk = try handle.read(upToCount: 65_536) ?? Data()
        if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
    }

    private func takeRest() -> String? {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
    }
}
