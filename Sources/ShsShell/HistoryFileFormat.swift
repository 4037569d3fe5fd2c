/// libedit's history file format: a `_HiStOrY_V2_` line, then one entry per line with
/// white space, control characters and backslashes escaped in `vis(3)` style.
///
/// libedit's own `append_history(n, …)` wrote n + 1 entries in libedit 3.1-20221030, so
/// the shell appends with this encoder and leaves reading to libedit's `read_history`.
enum HistoryFileFormat {
    /// The first line of every libedit history file.
    static let cookie = "_HiStOrY_V2_"

    /// One entry as a file line, including its trailing newline. A multi-line statement
    /// stays one line because its newlines become `\012`. Other bytes, UTF-8 included,
    /// are written as they are.
    static func encode(_ entry: String) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(entry.utf8.count + 1)
        for byte in entry.utf8 {
            switch byte {
            case UInt8(ascii: "\\"):
                line += [byte, byte]
            case 0..<0x21, 0x7F:
                line += octalEscape(byte)
            default:
                line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// `\ooo`, the escape `unvis(3)` turns back into the byte.
    private static func octalEscape(_ byte: UInt8) -> [UInt8] {
        let digits = [byte >> 6, (byte >> 3) & 7, byte & 7].map { UInt8(ascii: "0") + $0 }
        return [UInt8(ascii: "\\")] + digits
    }
}
