import ShsShell
import Testing

@Suite("reading lines from a pipe")
struct StreamLineSourceTests {
    private func readAll(_ text: String) -> [LineRead] {
        let pipe = pipeHolding(text)
        defer { pipe.close() }
        let source = StreamLineSource(fileDescriptor: pipe.readEnd, interrupts: InterruptFlag())
        var reads: [LineRead] = []
        while reads.last != .endOfInput {
            reads.append(source.readLine(prompt: "ignored> "))
        }
        return reads
    }

    @Test("lines come back without terminators, then the end of input")
    func plainLines() {
        #expect(readAll("a\nb c\n") == [.line("a"), .line("b c"), .endOfInput])
    }

    @Test("a last line without a newline is still returned")
    func lastLineWithoutNewline() {
        #expect(readAll("a\nlast") == [.line("a"), .line("last"), .endOfInput])
    }

    @Test("CRLF line ends read like LF and empty lines are kept")
    func crlfAndEmptyLines() {
        #expect(readAll("a\r\n\r\nb\r\n") == [.line("a"), .line(""), .line("b"), .endOfInput])
    }

    @Test("UTF-8 text and long lines spanning several reads survive")
    func utf8AndLongLines() {
        let long = String(repeating: "é", count: 5000)
        #expect(readAll("größe\n\(long)\n") == [.line("größe"), .line(long), .endOfInput])
    }

    @Test("an empty pipe is the end of input at once")
    func emptyInput() {
        #expect(readAll("") == [.endOfInput])
    }
}
