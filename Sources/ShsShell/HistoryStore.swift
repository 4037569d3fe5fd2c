import CEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shell's statement history: libedit's in-memory list (what Up and Ctrl-R see) plus a
/// file in libedit's format that each statement is appended to as it is recorded.
///
/// libedit's history is process-global, so use one store per process. Statements carrying
/// secrets must never reach `record`; the `REPL` filters them with `carriesSecret`.
public final class HistoryStore: ShellHistory {
    /// How many entries are kept by default.
    public static let defaultLimit = 1000

    /// The history file in use.
    public let path: String
    /// The most recent entries kept in memory and, after compaction, in the file.
    public let limit: Int
    /// The last failure to append to the file, if any; recording continues in memory.
    public private(set) var lastWriteError: HistoryError?

    private let file: Int32
    private var entriesInFile: Int

    /// Where history lives: `$SHS_HISTORY`, else `$XDG_STATE_HOME/shs/history`, else
    /// `~/.local/state/shs/history`. Nil when none of these variables is usable.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let explicit = environment["SHS_HISTORY"], !explicit.isEmpty {
            return explicit
        }
        // The XDG spec says relative paths are invalid and must be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/shs/history"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.local/state/shs/history"
        }
        return nil
    }

    /// Opens (creating with mode 0600 and any missing directories) and loads `path`.
    /// Replaces whatever libedit's in-memory history held before.
    public init(path: String, limit: Int = defaultLimit) throws(HistoryError) {
        try Self.makeDirectories(containing: path)
        let file = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard file >= 0 else {
            throw .cannotOpen(path: path, errno: errno)
        }
        // Checked before every property is set: a throw after that point would also run
        // deinit, closing the descriptor twice (and maybe another thread's reuse of it).
        let entriesInFile: Int
        do {
            entriesInFile = try Self.prepare(file: file, path: path)
        } catch {
            close(file)
            throw error
        }
        self.path = path
        self.limit = max(1, limit)
        self.file = file
        self.entriesInFile = entriesInFile
        load()
    }

    deinit {
        close(file)
    }

    /// The entries in memory, oldest first, as Up would recall them in reverse.
    public var entries: [String] {
        (0..<Int(cedit_history_length())).compactMap { offset in
            guard let entry = history_get(cedit_history_base() + Int32(offset)),
                  let line = entry.pointee.line else { return nil }
            return String(cString: line)
        }
    }

    /// Adds `statement` to memory and appends it to the file. Blank statements and an exact
    /// repeat of the previous entry are skipped.
    public func record(_ statement: String) {
        guard statement.contains(where: { !$0.isWhitespace }), statement != lastEntry else {
            return
        }
        _ = add_history(statement)
        append(HistoryFileFormat.encode(statement))
        entriesInFile += 1
        // Appending keeps concurrent shells' entries; compacting now and then bounds the file.
        if entriesInFile > 2 * limit {
            compact()
        }
    }

    private var lastEntry: String? {
        let last = cedit_history_base() + cedit_history_length() - 1
        return history_get(last)?.pointee.line.map { String(cString: $0) }
    }

    private func load() {
        LibEdit.prepare()
        clear_history()
        stifle_history(Int32(limit))
        if entriesInFile > 0 {
            _ = read_history(path)
        }
        if entriesInFile > limit {
            compact()
        }
    }

    /// Rewrites the file from memory, which holds only the newest `limit` entries.
    private func compact() {
        if write_history(path) == 0 {
            entriesInFile = Int(cedit_history_length())
        }
    }

    private func append(_ bytes: [UInt8]) {
        if let code = Self.writeAll(bytes, to: file) {
            lastWriteError = .cannotWrite(path: path, errno: code)
        }
    }
}
