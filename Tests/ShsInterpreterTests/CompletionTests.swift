import ShopSyncTesting
import ShsInterpreter
import Testing

@Suite("tab completion")
struct CompletionTests {
    let harness = ScriptHarness()

    func complete(_ line: String) -> [String] {
        harness.interpreter.completions(for: line, cursor: line.count)
    }

    @Test("at the start of a statement: keywords and command words")
    func statementStart() {
        #expect(complete("pri") == ["print"])
        #expect(complete("sh").contains("show"))
        #expect(complete("sh").contains("shops"))
    }

    @Test("after a command's first words: the words its patterns can take next")
    func commandWords() {
        #expect(complete("show var") == ["variables"])
        #expect(complete("list comm") == ["commands"])
    }

    @Test("after where: the fields of the record kind, then variables")
    func filterFields() {
        harness.run("let tolerance = 3")
        #expect(complete("list commands where to") == ["today", "tolerance", "topic"])
        #expect(complete("list items where unit_") == ["unit_cost", "unit_price"])
    }

    @Test("settings complete after set")
    func settings() {
        #expect(complete("set form") == ["format"])
        #expect(complete("set customer_im") == ["customer_import"])
    }
}
