import Foundation
import ShopSyncTesting
import Testing

/// The `shs` executable end to end: modes, exit codes, streams, formats.
@Suite("the shs command line", .enabled(if: ShsProcess.executable != nil, "needs the built shs"))
struct CommandLineTests {
    func temporaryScript(_ text: String, name: String = "bad.shs") throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("shs-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("a script with a syntax error on line 3 runs nothing, points at the error and exits 3")
    func syntaxErrorRunsNothing() throws {
        let script = try temporaryScript("print \"hello\"\nlet x = 1\nprint (x +\n")
        let result = try ShsProcess.run(["run", "bad.shs"], directory: script.deletingLastPathComponent())
        #expect(result.status == 3)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("bad.shs:3:"))
        #expect(result.standardError.contains(" 3 | print (x +\n"))
        #expect(result.standardError.contains("^"))
    }

    @Test("piped statements run with no prompt: 'print 1 + 2' prints 3 and nothing else")
    func pipedInput() throws {
        let result = try ShsProcess.run([], input: "print 1 + 2\n")
        #expect(result.status == 0)
        #expect(result.standardOutput == "3\n")
        #expect(result.standardError == "")
    }

    @Test("help as JSON is valid JSON and nothing else")
    func helpAsJSON() throws {
        let result = try ShsProcess.run(["-c", "help", "--format", "json"])
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        let commands = try #require(parsed as? [[String: Any]])
        #expect(commands.contains { $0["command"] as? String == "list" })
    }

    @Test("a runtime error exits 1 after what ran before it; --continue-on-error goes on")
    func runtimeError() throws {
        let text = "print 1\nprint [1][3]\nprint 2\n"
        let stop = try ShsProcess.run(["-c", text])
        #expect(stop.status == 1)
        #expect(stop.standardOutput == "1\n")
        #expect(stop.standardError.hasPrefix("<command line>:2:7: error: index 3 is outside the list of 1"))
        let goOn = try ShsProcess.run(["--continue-on-error", "-c", text])
        #expect(goOn.status == 1)
        #expect(goOn.standardOutput == "1\n2\n")
    }

    @Test("exit N becomes the process's exit code, and a script sees its arguments")
    func exitCodeAndArguments() throws {
        let script = try temporaryScript("print args\nexit int(args[0])\n", name: "args.shs")
        let result = try ShsProcess.run(["run", script.path, "7", "x"])
        #expect(result.status == 7)
        #expect(result.standardOutput == "[\"7\", \"x\"]\n")
    }

    @Test("a bad command line is a usage error with exit code 2")
    func usageErrors() throws {
        #expect(try ShsProcess.run(["--bogus"]).status == 2)
        #expect(try ShsProcess.run(["run"]).status == 2)
        #expect(try ShsProcess.run(["run", "/nonexistent/x.shs"]).status == 2)
        #expect(try ShsProcess.run(["--format", "yaml", "-c", "print 1"]).status == 2)
    }

    @Test("version starts quickly and says what it is")
    func version() throws {
        let result = try ShsProcess.run(["-c", "version"])
        #expect(result.standardOutput.hasPrefix("shs "))
        #expect(result.status == 0)
    }
}
