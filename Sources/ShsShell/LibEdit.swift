import CEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-time setup of libedit's readline emulation, shared by `HistoryStore` and
/// `EditLineSource`.
///
/// `rl_initialize()` throws away the current history list, and libedit calls it lazily from
/// the first history function too. Doing it exactly once, before anything else touches
/// libedit, keeps a loaded history alive whichever of the two is created first.
enum LibEdit {
    /// The name `~/.editrc` sections are matched against.
    static let applicationName = "shs"

    private static let initialized: Bool = {
        // libedit keeps the pointer, so it must never be freed.
        cedit_set_readline_name(UnsafePointer(strdup(applicationName)!))
        return rl_initialize() == 0
    }()

    /// Initialises libedit on first use; later calls do nothing.
    @discardableResult
    static func prepare() -> Bool {
        initialized
    }
}
