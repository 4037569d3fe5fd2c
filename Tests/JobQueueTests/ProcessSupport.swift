#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Ledger
import ShopSyncTesting

/// A `shs worker` child process whose output goes to files (a full pipe could block it).
final class WorkerProcess {
    let process = Process()
    let logURL: URL

    init(database: String, name: String, arguments: [String] = []) throws {
        guard let executable = ShsProcess.executable else { throw CocoaError(.fileNoSuchFile) }
        logURL = URL(fileURLWithPath: database + ".\(name).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        process.executableURL = executable
        process.arguments = ["--db", database, "worker", "--name", name, "--poll", "50"] + arguments
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to end, up to `seconds`; its exit status, or nil if it still runs.
    func waitForExit(seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// Polls `condition` against a fresh ledger connection until it holds or `seconds` pass.
func eventually(_ path: String, seconds: Double, _ condition: (Ledger) throws -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if let ledger = try? Ledger(path: path), (try? condition(ledger)) == true { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return false
}

/// Runs `shs -c TEXT` on the ledger and returns its result.
@discardableResult
func shell(_ path: String, _ text: String) throws -> ShsProcess.Result {
    try ShsProcess.run(["--db", path, "-c", text])
}
