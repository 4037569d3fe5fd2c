import ShsShell
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("the input loop")
struct REPLTests {
    /// Runs `input` piped through `StreamLineSource`, the way `shs < script.shs` would.
    private func runPiped(
        _ input: String, session: FakeSession = FakeSession(),
        history: RecordingHistory? = nil
    ) -> (status: Int32, session: FakeSession) {
        let pipe = pipeHolding(input)
        defer { pipe.close() }
        let source = StreamLineSource(fileDescriptor: pipe.readEnd, interrupts: InterruptFlag())
        let repl = REPL(session: session, source: source, history: history,
                        interrupts: InterruptFlag())
        return (repl.run(), session)
    }

    @Test("a block opened with do runs as one statement once end closes it")
    func multiLineStatement() {
        let (status, session) = runPiped("print 1\nfor x in [1, 2] do\nprint x\nend\nprint 3\n")
        #expect(status == 0)
        #expect(session.executed.map(\.text) == [
            "print 1", "for x in [1, 2] do\nprint x\nend", "print 3",
        ])
        #expect(session.executed.map(\.line) == [1, 2, 5])
    }

    @Test("the continuation prompt shows while a statement is open")
    func continuationPrompt() {
        let source = ScriptedLineSource([.line("for x do"), .line("print x"), .line("end")])
        _ = REPL(session: FakeSession(), source: source, interrupts: InterruptFlag()).run()
        #expect(source.prompts == ["shs> ", "...> ", "...> ", "shs> "])
    }

    @Test("blank lines at the prompt are skipped but still count for line numbers")
    func blankLines() {
        let (_, session) = runPiped("\n   \nprint 1\n\nprint 2")
        #expect(session.executed.map(\.text) == ["print 1", "print 2"])
        #expect(session.executed.map(\.line) == [3, 5])
    }

    @Test("a statement's exit code stops the loop and becomes the status")
    func exitCodeFromExecute() {
        let (status, session) = runPiped("print 1\nquit 4\nprint 2\n")
        #expect(status == 4)
        #expect(session.executed.map(\.text) == ["print 1", "quit 4"])
    }

    @Test("at the end of input the session's finish status is returned")
    func finishStatus() {
        let session = FakeSession()
        session.finishStatus = 3
        #expect(runPiped("print 1\n", session: session).status == 3)
    }

    @Test("a partial statement at the end of piped input still runs so the parser can complain")
    func partialStatementAtEnd() {
        let (status, session) = runPiped("print 1\nfor x do\nprint x\n")
        #expect(status == 0)
        #expect(session.executed.map(\.text) == ["print 1", "for x do\nprint x"])
    }

    @Test("each whole statement is recorded once, multi-line ones as one entry")
    func historyOncePerStatement() {
        let history = RecordingHistory()
        _ = runPiped("print 1\nfor x do\nprint x\nend\n", history: history)
        #expect(history.statements == ["print 1", "for x do\nprint x\nend"])
    }

    @Test("a statement carrying a token never reaches history but still runs")
    func secretNotRecorded() {
        let history = RecordingHistory()
        let input = "shop \"x\" token \"shpat_secret1234\"\nprint 1\n"
        let (_, session) = runPiped(input, history: history)
        #expect(history.statements == ["print 1"])
        #expect(session.executed.count == 2)
    }

    @Test("Ctrl-C while reading discards the partial statement and prompts afresh")
    func interruptWhileReading() {
        let source = ScriptedLineSource([
            .line("for x do"), .line("print 12"), .interrupted, .line("print 3"),
        ])
        let session = FakeSession()
        let status = REPL(session: session, source: source, interrupts: InterruptFlag()).run()
        #expect(status == 0)
        #expect(session.executed.map(\.text) == ["print 3"])
        #expect(source.prompts == ["shs> ", "...> ", "...> ", "shs> ", "shs> "])
    }

    @Test("Ctrl-D on an empty line ends the shell with status 0")
    func endOfInputOnEmptyLine() {
        let source = ScriptedLineSource([.line("print 1"), .endOfInput, .line("print 2")])
        let session = FakeSession()
        #expect(REPL(session: session, source: source, interrupts: InterruptFlag()).run() == 0)
        #expect(session.executed.map(\.text) == ["print 1"])
    }

    @Test("Ctrl-C while a statement runs calls interrupt once, then the loop goes on")
    func interruptWhileExecuting() {
        let flag = InterruptFlag()
        let session = FakeSession()
        session.duringExecute = { text in
            guard text == "sleep" else { return }
            flag.raise()
            // Stand in for a statement that polls and stops once the shell has told it;
            // the bound only keeps a broken watcher from hanging the test run.
            var polls = 0
            while session.interruptCount == 0 && polls < 10_000 {
                usleep(1_000)
                polls += 1
            }
        }
        let source = ScriptedLineSource([.line("sleep"), .line("print 1")])
        let status = REPL(session: session, source: source, interrupts: flag).run()
        #expect(status == 0)
        #expect(session.interruptCount == 1)
        #expect(session.executed.map(\.text) == ["sleep", "print 1"])
        #expect(!flag.isRaised)
    }
}
