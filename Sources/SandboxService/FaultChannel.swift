import Foundation
import LedgerService
import Sandbox
import ShsInterpreter

/// Carries `sandbox faults` changes from one `shs` process to a `sandbox serve` running in
/// another: an append-only file of configuration clauses beside the ledger
/// (`<ledger path>.faults`), one clause a line, in the text `FaultPlan.configure` reads.
///
/// A server applies only the clauses written after it started, so an old file never surprises
/// a new server. With an in-memory ledger there is no channel and faults stay in the process.
struct FaultChannel: Sendable {
    let path: String

    init(path: String) {
        self.path = path
    }

    /// The channel of the session's ledger, or nil when the ledger lives in memory.
    init?(context: ExecutionContext) {
        guard let ledger = context.services.get(LedgerProvider.self)?.path,
              !ledger.isEmpty, ledger != ":memory:" else { return nil }
        self.init(path: ledger + ".faults")
    }

    /// Appends one clause, creating the file (and its folder) when needed.
    func publish(_ clause: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            try Data().write(to: url)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((clause + "\n").utf8))
    }

    /// Every clause written so far, oldest first; none when the file does not exist.
    func clauses() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// Applies to a server's fault plan the clauses other processes publish while it runs.
final class FaultFollower {
    private let channel: FaultChannel
    private let plan: FaultPlan
    private var applied: Int

    /// Follows `channel` from now on: clauses already written are skipped.
    init(channel: FaultChannel, plan: FaultPlan) {
        self.channel = channel
        self.plan = plan
        self.applied = channel.clauses().count
    }

    /// Applies the clauses written since the last call. A clause the plan refuses is skipped:
    /// its writer checked it already, so only a hand-edited file gets here.
    func poll() {
        let clauses = channel.clauses()
        // A file removed or rewritten by hand starts over.
        if clauses.count < applied { applied = 0 }
        for clause in clauses.dropFirst(applied) { try? plan.configure(clause) }
        applied = clauses.count
    }
}
