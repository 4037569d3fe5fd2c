import CEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal, for choosing interactive input and plain or table output.
public enum Terminal {
    /// The width used when nothing better is known.
    public static let fallbackColumns = 80

    /// Whether `fileDescriptor` is a terminal (not a pipe or a file).
    public static func isTTY(_ fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) == 1
    }

    /// The terminal's width in columns, or nil when `fileDescriptor` is not a terminal or the
    /// terminal reports no size (as a freshly created pty may).
    public static func columns(of fileDescriptor: Int32) -> Int? {
        let columns = Int(cedit_window_columns(fileDescriptor))
        return columns > 0 ? columns : nil
    }

    /// The width to render for: the terminal's own, else a positive `COLUMNS`, else 80.
    public static func width(of fileDescriptor: Int32, environment: [String: String]) -> Int {
        if let columns = columns(of: fileDescriptor) {
            return columns
        }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        return fallbackColumns
    }
}
