#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system side of `HistoryStore`: directories, the header check, raw writes.
extension HistoryStore {
    /// `mkdir -p` for the directory holding `path`, new directories private to the user.
    static func makeDirectories(containing path: String) throws(HistoryError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        var current = path.hasPrefix("/") ? "" : "."
        for component in components {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw .cannotCreateDirectory(path: current, errno: errno)
            }
        }
    }

    /// Writes the header into an empty file, or checks it in an existing one.
    /// - Returns: how many entries the file holds.
    static func prepare(file: Int32, path: String) throws(HistoryError) -> Int {
        let contents = readAll(from: file)
        if contents.isEmpty {
            if let code = writeAll(Array((HistoryFileFormat.cookie + "\n").utf8), to: file) {
                throw .cannotWrite(path: path, errno: code)
            }
            return 0
        }
        guard contents.starts(with: (HistoryFileFormat.cookie + "\n").utf8) else {
            throw .unrecognizedFormat(path: path)
        }
        return contents.count(where: { $0 == UInt8(ascii: "\n") }) - 1
    }

    /// The whole file from its start; an unreadable file reads as empty.
    static func readAll(from file: Int32) -> [UInt8] {
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes {
                pread(file, $0.baseAddress, $0.count, offset)
            }
            if count < 0 && errno == EINTR {
                continue
            }
            guard count > 0 else { return contents }
            contents += chunk[0..<count]
            offset += off_t(count)
        }
    }

    /// Writes every byte, retrying after signals.
    /// - Returns: nil on success, else the `errno` of the failing write.
    static func writeAll(_ bytes: [UInt8], to file: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }
}
