import CEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive lines from the terminal through libedit's readline API: emacs keys (libedit's
/// readline default; `~/.editrc` may choose vi), Up and Down through history, Ctrl-R
/// reverse incremental search, Tab completion.
///
/// libedit keeps one global editor and one global history, so create one per process.
/// History entries come from `HistoryStore`, which fills the same global list.
public final class EditLineSource: LineSource {
    private let interrupts: InterruptFlag

    /// Sets up libedit; `~/.editrc` lines for the application `shs` apply.
    /// - Parameters:
    ///   - interrupts: the flag `SignalHandling.install()` raises on Ctrl-C.
    ///   - completions: candidate words for a line and a `Character` cursor offset.
    public init(
        interrupts: InterruptFlag = .shared,
        completions: @escaping (_ line: String, _ cursor: Int) -> [String]
    ) {
        self.interrupts = interrupts
        LibEdit.prepare()
        CompletionBridge.install(provider: completions)
        // libedit leaves Ctrl-R unbound; make it search history backwards as readline does.
        _ = rl_parse_and_bind("bind ^R em-inc-search-prev")
    }

    /// Shows `prompt` and reads one edited line.
    public func readLine(prompt: String) -> LineRead {
        // A Ctrl-C that arrived between statements must not cancel this read.
        _ = interrupts.take()
        errno = 0
        guard let raw = readline(prompt) else {
            return endOfRead(errno: errno)
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    /// `readline` returns NULL both on Ctrl-D and, with no `SA_RESTART`, on Ctrl-C (EINTR).
    private func endOfRead(errno code: Int32) -> LineRead {
        let interrupted = interrupts.take() || code == EINTR
        // The cursor still sits after the abandoned text; start the next prompt below it.
        fputs("\n", cedit_stdout())
        fflush(cedit_stdout())
        return interrupted ? .interrupted : .endOfInput
    }
}
