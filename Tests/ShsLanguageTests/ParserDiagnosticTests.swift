import Testing
@testable import ShsLanguage

@Suite("Parser: diagnostics and where they point")
struct ParserDiagnosticTests {
    /// The end of input is reported right after the last visible character, so the caret
    /// lands on a real line rather than the empty one after the final line break.
    @Test("an unclosed for block names 'for' and its line, with a note at 'for'")
    func unclosedFor() {
        expectDiagnostics("print 1\nfor o in orders do\n  print o⓪\n", [
            .error(.unclosedBlock(construct: "for", line: 2), notes: ["'for' opened here"]),
        ])
    }

    @Test("an unclosed if block names 'if' and the line it opened on")
    func unclosedIf() {
        let result = expectDiagnostics("if a then\n  print 1\nelse\n  print 2⓪\n", [
            .error(.unclosedBlock(construct: "if", line: 1), notes: ["'if' opened here"]),
        ])
        #expect(result.diagnostics.first?.notes.first?.range == SourceRange(0, 2))
    }

    @Test("an unclosed do block names the command's first word and the line of 'do'")
    func unclosedCommandBlock() {
        let result = expectDiagnostics("\nschedule nightly do\n  sync orders⓪", [
            .error(.unclosedBlock(construct: "schedule", line: 2), notes: ["'schedule' opened here"]),
        ])
        #expect(result.diagnostics.first?.notes.first?.range == SourceRange(18, 20))
    }

    @Test("with nested blocks, the 'end' closes the inner one and the outer one is reported")
    func unclosedOuterBlock() {
        expectDiagnostics("for a in b do\n  if x then\n    print 1\n  end⓪\n", [
            .error(.unclosedBlock(construct: "for", line: 1), notes: ["'for' opened here"]),
        ])
    }

    @Test("an unclosed bracket names the bracket and the line it opened on")
    func unclosedDelimiter() {
        expectDiagnostics("print [1, 2⓪", [
            .error(.unclosedDelimiter(open: "[", close: "]", line: 1)),
        ])
        expectDiagnostics("print f(1 ⓪2)", [.error(.unclosedDelimiter(open: "(", close: ")", line: 1))])
        expectDiagnostics("let r = {a: 1 ⓪b: 2}", [
            .error(.unclosedDelimiter(open: "{", close: "}", line: 1)),
        ])
        expectDiagnostics("print m[1 ⓪2]", [.error(.unclosedDelimiter(open: "[", close: "]", line: 1))])
    }

    @Test("inside a bracket line breaks are skipped, so a missing ')' is found on a later line")
    func unclosedParenAcrossLines() {
        expectDiagnostics("print (1 + 2\n⓪print 3", [
            .error(.unclosedDelimiter(open: "(", close: ")", line: 1)),
        ])
    }

    @Test("'==' is reported over both characters with a hint to use '='")
    func doubleEqual() {
        expectDiagnostics("let x = 1 ⓪==⓵ 2", [.error(.doubleEqual, at: 0, to: 1)])
    }

    @Test("'==' in an if condition does not cascade into the block or its 'end'")
    func doubleEqualInIf() {
        let result = expectDiagnostics("if a ⓪==⓵ b then\n  print 1\nend\nprint 2",
                                       [.error(.doubleEqual, at: 0, to: 1)])
        #expect(result.script.statements.count == 2)
    }

    @Test("a stray 'end' or 'else' is reported and skipped")
    func strayEndAndElse() {
        let result = expectDiagnostics("print 1\n⓪end⓵\n⓶else⓷\nprint 2", [
            .error(.endWithoutBlock("end"), at: 0, to: 1),
            .error(.endWithoutBlock("else"), at: 2, to: 3),
        ])
        #expect(ASTDump.script(result.script) == "(print 1)\n(print 2)")
    }

    @Test("a second 'else' in an if is reported where the 'end' should be, and as stray")
    func secondElse() {
        expectDiagnostics("if a then\nprint 1\nelse\nprint 2\n⓪else\nprint 3\n⓵end", [
            .error(.unclosedBlock(construct: "if", line: 1), at: 0, notes: ["'if' opened here"]),
            .error(.endWithoutBlock("else"), at: 0),
            .error(.endWithoutBlock("end"), at: 1),
        ])
    }

    @Test("a missing 'then' is expected at the line end")
    func missingThen() {
        expectDiagnostics("if x > 1⓪\n  print 1\n⓵end", [
            .error(.expected("'then'", found: "end of line"), at: 0),
            .error(.endWithoutBlock("end"), at: 1),
        ])
    }

    @Test("a missing 'do' after for is expected where the header stops")
    func missingDo() {
        expectDiagnostics("for o in orders ⓪print o\n⓵end", [
            .error(.expected("'do'", found: "'print'"), at: 0),
            .error(.endWithoutBlock("end"), at: 1),
        ])
    }

    @Test("a broken for header with 'do' on its line still pairs with its 'end'")
    func brokenForHeader() {
        let result = expectDiagnostics("for ⓪5 in orders do\n  print 1\nend\nprint 2", [
            .error(.expected("a loop variable name", found: "integer 5")),
        ])
        #expect(result.script.statements.count == 2)
    }

    @Test("a missing expression is reported at the token found instead")
    func expectedExpression() {
        expectDiagnostics("print (1 + ⓪)", [.error(.expected("an expression", found: "')'"))])
        expectDiagnostics("let x =⓪ ", [.error(.expected("an expression", found: "end of input"))])
        expectDiagnostics("let x =\n⓪print 1", [.error(.expected("an expression", found: "'print'"))])
        expectDiagnostics("print ⓪)", [.error(.expected("an expression", found: "')'"))])
    }

    @Test("let needs a name and '='")
    func letErrors() {
        expectDiagnostics("let ⓪5 = 1", [.error(.expected("a variable name", found: "integer 5"))])
        expectDiagnostics("let x ⓪1", [.error(.expected("'='", found: "integer 1"))])
    }

    @Test("include needs a file name in quotes")
    func includeError() {
        expectDiagnostics("include ⓪settings", [
            .error(.expected("a file name in quotes", found: "'settings'")),
        ])
    }

    @Test("a statement ends at a line break; more tokens are an error")
    func expectedStatementEnd() {
        expectDiagnostics("print 1 ⓪2", [.error(.expected("end of statement", found: "integer 2"))])
    }

    @Test("'is' needs 'empty', 'between' needs 'and'")
    func predicateErrors() {
        expectDiagnostics("print x is ⓪null", [
            .error(.expected("'empty' after 'is'", found: "'null'")),
        ])
        expectDiagnostics("print x between 1 ⓪or 2", [
            .error(.expected("'and' in 'between ... and ...'", found: "'or'")),
        ])
    }

    @Test("a command must start with a word or value")
    func commandErrors() {
        expectDiagnostics("⓪where x", [.error(.expected("a statement", found: "'where'"))])
        expectDiagnostics("sync ⓪) x", [.error(.expected("a command word or value", found: "')'"))])
        expectDiagnostics("show orders order by ⓪5", [
            .error(.expected("a field name", found: "integer 5")),
        ])
    }

    @Test("member access needs a field name; records need ':' after each name")
    func postfixAndRecordErrors() {
        expectDiagnostics("print o.⓪5", [
            .error(.expected("a field name after '.'", found: "integer 5")),
        ])
        expectDiagnostics("print {a ⓪1}", [
            .error(.expected("':' after the field name", found: "integer 1")),
        ])
        expectDiagnostics("print {⓪5: 1}", [.error(.expected("a field name", found: "integer 5"))])
    }

    @Test("errors on lines 2 and 5 are both reported and the statements between are parsed")
    func recovery() {
        let text = "let a = 1\nlet b = ⓪)\nprint a\nsync orders where total > 100\n"
            + "if a ⓵== 1 then\n  print \"one\"\nend\nprint b"
        let result = expectDiagnostics(text, [
            .error(.expected("an expression", found: "')'"), at: 0), .error(.doubleEqual, at: 1),
        ])
        #expect(ASTDump.script(result.script) == """
            (let a 1)
            (print a)
            (command sync orders (where (> total 100)))
            (if false (then (print "one")))
            (print b)
            """)
    }

    @Test("an error inside a block is reported and the rest of the block is kept")
    func recoveryInsideBlock() {
        let result = expectDiagnostics("for o in xs do\n  print ⓪]\n  print o\nend\nprint 2", [
            .error(.expected("an expression", found: "']'")),
        ])
        #expect(ASTDump.script(result.script) == "(for o xs (do (print o)))\n(print 2)")
    }

    @Test("a lexer error and a parser error on different lines are both reported, in order")
    func lexerAndParserErrors() {
        expectDiagnostics("let a = ⓪2026-02-30\nprint ⓵)", [
            .error(.invalidDate("2026-02-30"), at: 0),
            .error(.expected("an expression", found: "')'"), at: 1),
        ])
    }

    @Test("the parser adds no second error at a token the lexer could not read")
    func noCascadeAtInvalidToken() {
        expectDiagnostics("print ⓪\"abc", [.error(.unterminatedString)])
        expectDiagnostics("sync orders ⓪@ where x > 1", [.error(.unexpectedCharacter("@"))])
        expectDiagnostics("let x = 1 ⓪€", [.error(.unexpectedCharacter("€"))])
    }
}
