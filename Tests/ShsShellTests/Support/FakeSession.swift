import ShsShell
import Synchronization

/// A stand-in interpreter: a line ending in `do` opens a block that a line `end` closes,
/// `quit N` asks to exit with N, and anything containing `token` carries a secret.
final class FakeSession: ShellSession {
    let prompt = "shs> "
    let continuationPrompt = "...> "
    /// Statements run, with the line each started on.
    private(set) var executed: [(text: String, line: Int)] = []
    /// Runs inside `execute` so a test can act while a statement is running.
    var duringExecute: ((String) -> Void)?
    var finishStatus: Int32 = 0
    private let interrupts = Atomic<Int>(0)

    /// How many times the shell called `interrupt()`.
    var interruptCount: Int { interrupts.load(ordering: .sequentiallyConsistent) }

    func inputState(of text: String) -> InputState {
        var depth = 0
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.last == "do" { depth += 1 }
            if words == ["end"] { depth -= 1 }
        }
        return depth > 0 ? .incomplete : .complete
    }

    func execute(_ text: String, line: Int) -> ExecutionOutcome {
        executed.append((text, line))
        duringExecute?(text)
        if text.hasPrefix("quit "), let code = Int32(text.dropFirst(5)) {
            return .quit(code)
        }
        return .proceed
    }

    func completions(for line: String, cursor: Int) -> [String] {
        let word = CompletionWords.word(in: line, cursor: cursor)
        return ["print", "for", "shop"].filter { $0.hasPrefix(word) }
    }

    func carriesSecret(_ text: String) -> Bool {
        text.contains("token")
    }

    func interrupt() {
        interrupts.add(1, ordering: .sequentiallyConsistent)
    }

    func finish() -> Int32 {
        finishStatus
    }
}
