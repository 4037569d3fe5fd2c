import Foundation

/// The built `shs` running in a tmux terminal with its own history file and home, so a
/// test never reads or writes the user's state.
final class ShellUnderTest {
    /// `.build/debug/shs` of this package, found from this file's path; `SHS_TEST_BINARY`
    /// overrides it to try another build. Nil when the binary does not exist.
    static let binary: String? = {
        if let override = ProcessInfo.processInfo.environment["SHS_TEST_BINARY"] {
            return override
        }
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // ShsShellTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the package root
        let path = root.appendingPathComponent(".build/debug/shs").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    let tmux: TmuxSession
    let directory: TemporaryDirectory

    /// The history file this shell was told to use.
    var historyPath: String { directory.path + "/history" }

    /// Starts `shs` in a 100 x 30 terminal, its history file holding `history`.
    init(history: [String] = []) throws {
        let directory = try TemporaryDirectory()
        if !history.isEmpty {
            try Self.writeHistory(history, to: directory.path + "/history")
        }
        let environment = [
            "SHS_HISTORY": directory.path + "/history",
            "HOME": directory.path,
            "XDG_STATE_HOME": directory.path + "/state",
            "XDG_CONFIG_HOME": directory.path + "/config",
            "XDG_DATA_HOME": directory.path + "/data",
            "LANG": "C.UTF-8",
        ]
        self.directory = directory
        tmux = try TmuxSession(command: [Self.binary ?? "shs"], environment: environment)
    }

    deinit {
        tmux.kill()
        directory.remove()
    }

    /// Writes a history file in libedit's format by hand, so terminal tests leave the test
    /// process's own libedit history alone.
    private static func writeHistory(_ entries: [String], to path: String) throws {
        let escapes: [Character: String] = [
            "\\": "\\\\", " ": "\\040", "\t": "\\011", "\n": "\\012",
        ]
        let lines = entries.map { entry in entry.map { escapes[$0] ?? String($0) }.joined() }
        let text = (["_HiStOrY_V2_"] + lines).joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Types `text` and presses Enter.
    func enter(_ text: String) throws {
        try tmux.type(text)
        try tmux.press("Enter")
    }

    /// Waits until the last row is an empty main prompt and `condition` holds for the screen.
    func waitForPrompt(where condition: ([String]) -> Bool = { _ in true }) throws -> [String]? {
        try tmux.waitForScreen { $0.last == "shs>" && condition($0) }
    }
}

extension Array where Element == String {
    /// How many rows are exactly `text`.
    func rows(equalTo text: String) -> Int {
        count(where: { $0 == text })
    }
}
