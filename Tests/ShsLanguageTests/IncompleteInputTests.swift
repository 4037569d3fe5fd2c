import Testing
@testable import ShsLanguage

private func isIncomplete(_ text: String) -> Bool {
    Parser.parse(SourceFile(name: "<stdin>", text: text)).isIncomplete
}

@Suite("Parser: whether the shell should read another line")
struct IncompleteInputTests {
    @Test("an open block is incomplete: for ... do, if ... then, else, a command's do",
          arguments: [
              "for o in orders do", "for o in orders do\n  print o\n", "if x then",
              "if x then\nprint 1\nelse\n", "schedule nightly do", "schedule nightly do # note",
              "for a in b do\nif c then\nprint 1\nend\n",
          ])
    func openBlocks(text: String) {
        #expect(isIncomplete(text))
    }

    @Test("an open bracket is incomplete", arguments: [
        "print (", "print (1 +", "print [1,", "let x = {a: 1,", "print f(\n  a,\n", "print m[",
    ])
    func openBrackets(text: String) {
        #expect(isIncomplete(text))
    }

    @Test("a trailing operator, 'and', '=' or 'where' is incomplete", arguments: [
        "print 1 +", "print 1 *\n", "print a and", "print a or\n", "let x =", "sync orders where",
        "print x between 1 and", "print x in",
    ])
    func trailingOperators(text: String) {
        #expect(isIncomplete(text))
    }

    @Test("a trailing '\\' is incomplete, with blanks or the line's own break after it",
          arguments: ["print 1 \\", "sync orders \\  ", "sync orders \\\n", "print 1 +\\\r\n"])
    func trailingBackslash(text: String) {
        #expect(isIncomplete(text))
    }

    @Test("a continued line that goes on is complete")
    func continuedLine() {
        let result = Parser.parse(SourceFile(name: "<stdin>", text: "sync orders \\\n  --dry-run\n"))
        #expect(!result.isIncomplete)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("an open block string is incomplete", arguments: [
        "print \"\"\"", "print \"\"\"\nfirst line\n", "let s = \"\"\"a \"\" b",
    ])
    func openBlockString(text: String) {
        #expect(isIncomplete(text))
    }

    @Test("complete but wrong input is not incomplete", arguments: [
        "print )", "print \"abc", "print \"abc\n", "end", "else", "print 1 2", "print (1 + )",
        "let x == 1", "for 5 in x do", "print (1 + @", "let d = 2026-02-30 +",
    ])
    func wrongInput(text: String) {
        #expect(!isIncomplete(text))
    }

    @Test("complete input is not incomplete", arguments: [
        "", "print 1", "for o in orders do\nprint o\nend", "if x then print 1 end", "print 1 # +",
        "print \"\"\"a\"\"\"", "sync orders where x > 1 --dry-run",
    ])
    func completeInput(text: String) {
        let result = Parser.parse(SourceFile(name: "<stdin>", text: text))
        #expect(!result.isIncomplete)
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite("Parser: a valid script fed to the shell line by line")
struct ShellFeedTests {
    /// Mimics the shell: lines keep their break, the buffer runs once it is not incomplete.
    @Test("never reports an error before a statement is complete, and runs every statement")
    func lineByLine() {
        for script in Corpus.all {
            var buffer = ""
            var statements = 0
            for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
                buffer += line + "\n"
                let result = Parser.parse(SourceFile(name: "<stdin>", text: buffer))
                if result.isIncomplete { continue }
                #expect(result.diagnostics.isEmpty, "after \(String(reflecting: buffer))")
                statements += result.script.statements.count
                buffer = ""
            }
            let whole = Parser.parse(SourceFile(name: "corpus.shs", text: script))
            #expect(buffer.isEmpty)
            #expect(statements == whole.script.statements.count)
        }
    }
}
