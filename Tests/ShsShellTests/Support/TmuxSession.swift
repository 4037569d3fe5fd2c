import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program running in a real terminal: a detached tmux session on a private server, so
/// tests can type keys, read the screen and collect the exit status.
///
/// Each session gets its own server socket and an empty configuration, so neither the
/// user's tmux nor other tests can interfere; `kill()` (or deinit) removes the server.
final class TmuxSession {
    /// What went wrong talking to tmux.
    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case cannotStart(errno: Int32)
        case commandFailed(arguments: [String], status: Int32, output: String)

        var description: String {
            switch self {
            case .notInstalled:
                return "tmux is not installed"
            case let .cannotStart(code):
                return "tmux could not be started: errno \(code)"
            case let .commandFailed(arguments, status, output):
                return "tmux \(arguments.joined(separator: " ")) exited \(status): \(output)"
            }
        }
    }

    /// The tmux executable on `PATH`, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether terminal tests can run here.
    static var isAvailable: Bool { executable != nil }

    /// Pause after each batch of keys, so the program has read them before the next batch.
    var stepPause: TimeInterval = 0.15

    private let socket = "shs-test-\(UUID().uuidString)"
    private let target = "shell"
    private var killed = false

    /// Starts `command` (no shell involved) in a `columns` x `rows` terminal. The pane stays
    /// after the program exits so its status can be read.
    init(
        command: [String], columns: Int = 100, rows: Int = 30,
        environment: [String: String] = [:]
    ) throws {
        let variables = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0)=\($1)"] }
        try run(["set-option", "-g", "remain-on-exit", "on", ";",
                 "new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)"]
                + variables + command)
    }

    deinit {
        kill()
    }

    /// Types `text` literally, then pauses.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
        Thread.sleep(forTimeInterval: stepPause)
    }

    /// Presses keys by tmux name (`Enter`, `Up`, `Tab`, `C-c`, `C-d`), then pauses.
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
        Thread.sleep(forTimeInterval: stepPause)
    }

    /// The visible screen, one string per row (tmux drops trailing spaces, so an empty
    /// prompt `shs> ` reads as `shs>`), trailing blank rows dropped.
    func screen() throws -> [String] {
        let text = try run(["capture-pane", "-p", "-t", target])
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while rows.last?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            rows.removeLast()
        }
        return rows
    }

    /// Polls the screen until `condition` holds; returns the matching screen, or nil when
    /// `timeout` passed first. The timeout only bounds the wait, it is not what is tested.
    func waitForScreen(
        timeout: TimeInterval = 10, _ condition: ([String]) -> Bool
    ) throws -> [String]? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let rows = try screen()
            if condition(rows) { return rows }
            if Date() > deadline { return nil }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Waits until some row contains `text`.
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> Bool {
        try waitForScreen(timeout: timeout) { $0.contains { $0.contains(text) } } != nil
    }

    /// The program's exit status once it has exited, or nil if it still runs at `timeout`
    /// or died of a signal.
    func exitStatus(timeout: TimeInterval = 10) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() <= deadline {
            let fields = try run(["display-message", "-p", "-t", target,
                                  "#{pane_dead} #{pane_dead_status} #{pane_pid}"])
                .split(separator: " ", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if fields.count == 3, fields[0] == "1" {
                // The status appears a moment after the pane is marked dead.
                if let status = Int32(fields[1]) { return status }
                if let status = Self.zombieStatus(pid: fields[2]) { return status }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Under load tmux 3.3a sometimes marks a pane dead but never reaps its process (a
    /// zombie stays, `pane_dead_status` stays empty). The kernel still shows a zombie's
    /// wait status as the last field of `/proc/<pid>/stat`.
    private static func zombieStatus(pid: String) -> Int32? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.range(of: ") ", options: .backwards) else { return nil }
        let fields = stat[afterName.upperBound...].split(separator: " ")
        guard fields.first == "Z", let last = fields.last,
              let wait = Int32(last.trimmingCharacters(in: .whitespacesAndNewlines)),
              wait & 0x7F == 0 else { return nil }
        return (wait >> 8) & 0xFF
    }

    /// Ends the program and the private tmux server.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-server"])
    }

    /// Runs one tmux client command and returns what it printed.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw Failure.notInstalled }
        let outputPath = NSTemporaryDirectory() + "shs-tmux-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let status = try ChildProcess.run(
            [executable, "-L", socket, "-f", "/dev/null"] + arguments, outputPath: outputPath)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure.commandFailed(arguments: arguments, status: status, output: output)
        }
        return output
    }
}
