import ShsShell
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("the word at the cursor and the terminal")
struct CompletionAndTerminalTests {
    @Test("the word runs back from the cursor to the last break character")
    func wordAtCursor() {
        #expect(CompletionWords.word(in: "pri", cursor: 3) == "pri")
        #expect(CompletionWords.word(in: "print sho", cursor: 9) == "sho")
        #expect(CompletionWords.word(in: "print(shop.ord", cursor: 14) == "shop.ord")
        #expect(CompletionWords.word(in: "print x", cursor: 3) == "pri")
        #expect(CompletionWords.word(in: "print ", cursor: 6) == "")
        #expect(CompletionWords.word(in: "größe", cursor: 99) == "größe")
    }

    @Test("a pipe is not a terminal and has no width of its own")
    func pipeIsNotATerminal() {
        let pipe = pipeHolding("")
        defer { pipe.close() }
        #expect(!Terminal.isTTY(pipe.readEnd))
        #expect(Terminal.columns(of: pipe.readEnd) == nil)
        #expect(Terminal.width(of: pipe.readEnd, environment: ["COLUMNS": "132"]) == 132)
        #expect(Terminal.width(of: pipe.readEnd, environment: ["COLUMNS": "wide"]) == 80)
    }
}
