import Testing
@testable import ShsLanguage

@Suite("Parser: statements")
struct ParserStatementTests {
    @Test("let binds a name to an expression, which may start on the next line")
    func letStatement() {
        #expect(shape("let x = 1") == "(let x 1)")
        #expect(shape("let total =\n  1 + 2") == "(let total (+ 1 2))")
    }

    @Test("if with then and else blocks; else is optional; blocks may be empty")
    func ifStatement() {
        #expect(shape("if x > 1 then\n  print \"big\"\nelse\n  print \"small\"\nend")
            == "(if (> x 1) (then (print \"big\")) (else (print \"small\")))")
        #expect(shape("if a then\nprint 1\nend") == "(if a (then (print 1)))")
        #expect(shape("if a then\nelse\nend") == "(if a (then) (else))")
    }

    @Test("an if block can sit on one line with ';' between statements")
    func ifOnOneLine() {
        #expect(shape("if a then print 1; print 2 end") == "(if a (then (print 1) (print 2)))")
    }

    @Test("else if nests an if inside the else block")
    func elseIf() {
        #expect(shape("if a then\nprint 1\nelse if b then\nprint 2\nend\nend")
            == "(if a (then (print 1)) (else (if b (then (print 2)))))")
    }

    @Test("for iterates over an expression with a do block")
    func forStatement() {
        #expect(shape("for o in orders do\n  print o.name\nend")
            == "(for o orders (do (print (. o name))))")
        #expect(shape("for n in [1, 2] do end") == "(for n (list 1 2) (do))")
    }

    @Test("for iterates over a query with where, order by ... desc and limit")
    func forOverQuery() {
        #expect(shape("for o in orders where total > 100 order by total desc limit 3 do\nprint o\nend")
            == "(for o (query orders (where (> total 100)) (order-by total desc) (limit 3)) "
            + "(do (print o)))")
    }

    @Test("include takes a file name in quotes and remembers where it was written")
    func includeStatement() {
        let statement = onlyStatement("include \"settings.shs\"")
        guard case .include(let path, let range)? = statement?.kind else {
            Issue.record("not an include")
            return
        }
        #expect(path == "settings.shs")
        #expect(range == SourceRange(8, 22))
    }

    @Test("print takes no value, one, or several separated by commas, across lines")
    func printStatement() {
        #expect(shape("print") == "(print)")
        #expect(shape("print 1, \"a\",\n  x") == "(print 1 \"a\" x)")
    }

    @Test("assert takes a condition and a message, with or without a comma")
    func assertStatement() {
        #expect(shape("assert x > 0, \"positive\"") == "(assert (> x 0) \"positive\")")
        #expect(shape("assert ok \"must be ok\"") == "(assert ok \"must be ok\")")
        #expect(shape("assert ok") == "(assert ok)")
    }

    @Test("exit takes an optional code")
    func exitStatement() {
        #expect(shape("exit") == "(exit)")
        #expect(shape("exit 2") == "(exit 2)")
    }

    @Test("statements are separated by line breaks or ';', blank lines and comments allowed")
    func separators() {
        #expect(shape("\n\nlet a = 1; let b = 2\n# note\n\nprint a;;\n")
            == "(let a 1)\n(let b 2)\n(print a)")
    }

    @Test("a statement's range runs from its first token to its last")
    func statementRanges() {
        let text = "let x = 1 + 2\nif x then\n  print x\nend # done"
        let result = Parser.parse(SourceFile(name: "t", text: text))
        #expect(result.script.statements.map(\.range) == [SourceRange(0, 13), SourceRange(14, 37)])
        guard case .let(let name, let value) = result.script.statements[0].kind else { return }
        #expect(name.range == SourceRange(4, 5))
        #expect(value.range == SourceRange(8, 13))
    }
}

@Suite("Parser: let with a command")
struct LetCommandTests {
    @Test("a word followed by a word or a value after '=' is a command whose result is kept")
    func letCommand() {
        let result = Parser.parse(SourceFile(name: "t.shs", text: "let r = post sales orders where x > 1"))
        #expect(result.diagnostics.isEmpty)
        guard case .letCommand(let name, let command)? = result.script.statements.first?.kind else {
            Issue.record("expected a let with a command")
            return
        }
        #expect(name.text == "r")
        #expect(command.terms.count == 3)
        #expect(command.filter != nil)
    }

    @Test("a word alone, or with an operator, stays an expression")
    func letExpression() {
        for text in ["let x = today", "let x = a + 1", "let x = a in [1]", "let x = f(1)", "let x = a.b"] {
            let result = Parser.parse(SourceFile(name: "t.shs", text: text))
            guard case .let? = result.script.statements.first?.kind else {
                Issue.record("\(text) should be a let with an expression")
                continue
            }
        }
    }
}
