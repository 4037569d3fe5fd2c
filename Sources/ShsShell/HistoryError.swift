/// Why the history file could not be used. The shell still runs, without saved history.
public enum HistoryError: Error, Equatable, Sendable {
    /// No `SHS_HISTORY`, `XDG_STATE_HOME` or `HOME` to put the file under.
    case noLocation
    /// The directory for the file could not be created.
    case cannotCreateDirectory(path: String, errno: Int32)
    /// The file could not be opened or created.
    case cannotOpen(path: String, errno: Int32)
    /// The file exists but is not a libedit history file; it is left untouched.
    case unrecognizedFormat(path: String)
    /// Appending an entry failed (disk full, file removed, permissions changed).
    case cannotWrite(path: String, errno: Int32)
}
