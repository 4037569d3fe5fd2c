import ShsShell

/// Plays back a fixed list of reads, then reports the end of input; records each prompt.
final class ScriptedLineSource: LineSource {
    private var reads: [LineRead]
    /// The prompt shown before each read, in order.
    private(set) var prompts: [String] = []

    init(_ reads: [LineRead]) {
        self.reads = reads
    }

    func readLine(prompt: String) -> LineRead {
        prompts.append(prompt)
        return reads.isEmpty ? .endOfInput : reads.removeFirst()
    }
}

/// Keeps recorded statements in memory.
final class RecordingHistory: ShellHistory {
    private(set) var statements: [String] = []

    func record(_ statement: String) {
        statements.append(statement)
    }
}
