import Foundation
import Testing

/// The real `shs` in a real terminal. tmux drops trailing spaces, so an empty prompt reads
/// `shs>` and a continuation prompt `...>`.
@Suite(
    "shs in a terminal",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
    .enabled(if: ShellUnderTest.binary != nil, ".build/debug/shs is missing: run swift build")
)
struct ShellTerminalTests {
    @Test("the prompt is shs> and a statement prints its result")
    func promptAndPrint() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.enter("print 1 + 2")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "3") == 1 } != nil)
    }

    @Test("a block continues with ...> and Up recalls it whole")
    func multiLineBlockAndRecall() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.enter("for x in [1, 2] do")
        #expect(try shell.tmux.waitForScreen { $0.last == "...>" } != nil)
        try shell.enter("print x")
        try shell.enter("end")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "1") == 1 && $0.rows(equalTo: "2") == 1 }
            != nil)

        try shell.tmux.press("Up")
        let recalled = try shell.tmux.waitForScreen {
            $0.suffix(3) == ["shs> for x in [1, 2] do", "print x", "end"]
        }
        #expect(recalled != nil, "screen: \((try? shell.tmux.screen()) ?? [])")
        try shell.tmux.press("Enter")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "1") == 2 && $0.rows(equalTo: "2") == 2 }
            != nil)
    }

    @Test("Tab completes a command word")
    func tabCompletion() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.tmux.type("pri")
        try shell.tmux.press("Tab")
        #expect(try shell.tmux.waitForScreen { $0.last == "shs> print" } != nil)
        try shell.enter("4 + 1")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "5") == 1 } != nil)
    }

    @Test("Ctrl-R finds an earlier statement")
    func reverseSearch() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.enter("print 40 + 2")
        try shell.enter("print 7")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "7") == 1 } != nil)
        try shell.tmux.press("C-r")
        try shell.tmux.type("40")
        try shell.tmux.press("Enter")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "42") == 2 } != nil)
    }

    @Test("Ctrl-C on a partial line clears it and prompts afresh")
    func interruptClearsLine() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.tmux.type("print 12")
        try shell.tmux.press("C-c")
        #expect(try shell.waitForPrompt { $0.contains("shs> print 12") } != nil)
        try shell.enter("print 7")
        let screen = try shell.waitForPrompt { $0.rows(equalTo: "7") == 1 }
        #expect(screen != nil)
        #expect(screen?.rows(equalTo: "12") == 0)
    }

    @Test("a statement with a token never reaches the history file")
    func secretNotInHistoryFile() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.enter(#"shop "x" url "https://x.myshopify.com" token "shpat_secret1234""#)
        try shell.enter("print 5")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "5") == 1 } != nil)
        try shell.tmux.press("C-d")
        #expect(try shell.tmux.exitStatus() == 0)
        let history = try String(contentsOfFile: shell.historyPath, encoding: .utf8)
        #expect(history.contains(#"print\0405"#))
        #expect(!history.contains("shpat_secret1234"))
    }

    @Test("Ctrl-D on an empty line exits with status 0")
    func endOfInputExits() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.tmux.press("C-d")
        #expect(try shell.tmux.exitStatus() == 0)
    }

    @Test("a multi-line entry from the history file comes back with Up as one entry")
    func multiLineEntryFromFile() throws {
        let shell = try ShellUnderTest(history: ["print 1", "for x in [3] do\nprint x\nend"])
        #expect(try shell.waitForPrompt() != nil)
        try shell.tmux.press("Up")
        let recalled = try shell.tmux.waitForScreen {
            $0.suffix(3) == ["shs> for x in [3] do", "print x", "end"]
        }
        #expect(recalled != nil, "screen: \((try? shell.tmux.screen()) ?? [])")
        try shell.tmux.press("Enter")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "3") == 1 } != nil)
    }

    @Test("emacs keys move within the line")
    func emacsKeys() throws {
        let shell = try ShellUnderTest()
        #expect(try shell.waitForPrompt() != nil)
        try shell.tmux.type("rint 2 + 6")
        try shell.tmux.press("C-a")
        try shell.tmux.type("p")
        try shell.tmux.press("C-e", "BSpace")
        try shell.enter("7")
        #expect(try shell.waitForPrompt { $0.rows(equalTo: "9") == 1 } != nil)
    }
}
