import Testing
@testable import ShsLanguage

@Suite("Rendering: file:line:col, the source line and a caret")
struct RenderingTests {
    @Test("a diagnostic renders its location, message, source line and a caret with tildes")
    func caretAndTildes() {
        expectRendered("let x = 1 == 2", """
            test.shs:1:11: error: use '=' to compare; '==' is not an operator
             1 | let x = 1 == 2
               |           ^~

            """)
    }

    @Test("an unclosed block points after the last visible character and notes where it opened")
    func noteForUnclosedBlock() {
        expectRendered("for o in orders do\n  print o\n", """
            test.shs:2:10: error: expected 'end' to close 'for' opened at line 1
             2 |   print o
               |          ^
            test.shs:1:1: note: 'for' opened here
             1 | for o in orders do
               | ^~~

            """)
    }

    @Test("the gutter widens with the line number")
    func wideGutter() {
        let text = String(repeating: "print 1\n", count: 11) + "print )"
        expectRendered(text, """
            test.shs:12:7: error: expected an expression, found ')'
             12 | print )
                |       ^

            """)
    }

    @Test("columns count characters, not bytes, and a tab shows as one blank")
    func nonASCIIAndTabs() {
        expectRendered("\tprint \"é\" @", """
            test.shs:1:12: error: unexpected character '@'
             1 |  print "é" @
               |            ^

            """)
    }

    @Test("the file name is printed as given, and several diagnostics follow one another")
    func fileNameAndSeveral() {
        expectRendered("print )\nlet = 1", """
            <stdin>:1:7: error: expected an expression, found ')'
             1 | print )
               |       ^
            <stdin>:2:5: error: expected a variable name, found '='
             2 | let = 1
               |     ^

            """, name: "<stdin>")
    }

    @Test("a line ending in CRLF is shown without its carriage return")
    func carriageReturn() {
        expectRendered("print 1\r\nprint )\r\n", """
            test.shs:2:7: error: expected an expression, found ')'
             2 | print )
               |       ^

            """)
    }
}
