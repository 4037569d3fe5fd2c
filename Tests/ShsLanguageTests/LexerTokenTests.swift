import ShopSyncCore
import Testing
@testable import ShsLanguage

@Suite("Lexer: words, punctuation and trivia")
struct LexerTokenTests {
    @Test("every keyword lexes as a keyword, except true and false, which are literals")
    func keywords() {
        for keyword in Keyword.allCases {
            let expected: TokenKind = switch keyword {
            case .true: .literal(.bool(true))
            case .false: .literal(.bool(false))
            default: .keyword(keyword)
            }
            #expect(kinds(keyword.rawValue) == [expected], "\(keyword)")
        }
    }

    @Test("identifiers take letters, digits and underscores, and keywords are case-sensitive")
    func identifiers() {
        #expect(kinds("orders _tmp x2 line_items Where END") == [
            word("orders"), word("_tmp"), word("x2"), word("line_items"), word("Where"),
            word("END"),
        ])
    }

    @Test("every punctuation mark lexes to its own token")
    func punctuation() {
        for p in Punctuation.allCases {
            #expect(kinds(p.rawValue) == [punct(p)], "\(p)")
        }
    }

    @Test("two-character operators win over their one-character prefixes")
    func longestMatch() {
        #expect(kinds("a<=b>=c!=d<>e==f..g") == [
            word("a"), punct(.lessOrEqual), word("b"), punct(.greaterOrEqual), word("c"),
            punct(.notEqual), word("d"), punct(.angleNotEqual), word("e"), punct(.doubleEqual),
            word("f"), punct(.range), word("g"),
        ])
    }

    @Test("'1..5' is a range between two integers, not a decimal")
    func rangeBetweenIntegers() {
        #expect(kinds("1..5") == [int(1), punct(.range), int(5)])
        #expect(kinds("1.5") == [.literal(decimal("1.5"))])
        #expect(kinds("a.b") == [word("a"), punct(.dot), word("b")])
    }

    @Test("line breaks are tokens; blanks, tabs and carriage returns are not")
    func lineBreaks() {
        #expect(kinds("a\t b\r\nc;d\n") == [
            word("a"), word("b"), .newline, word("c"), punct(.semicolon), word("d"), .newline,
        ])
    }

    @Test("a comment runs to the end of its line and keeps the line break")
    func comments() {
        #expect(kinds("print 1 # total \"not a string\n# whole line\nprint 2") == [
            key(.print), int(1), .newline, .newline, key(.print), int(2),
        ])
    }

    @Test("a backslash before the line break joins two lines, blanks after it allowed")
    func lineContinuation() {
        #expect(kinds("print 1 + \\\n  2") == [key(.print), int(1), punct(.plus), int(2)])
        #expect(kinds("print 1 \\ \t\r\n+ 2") == [key(.print), int(1), punct(.plus), int(2)])
    }

    @Test("options: a bare flag, a word value, a quoted value with blanks")
    func options() {
        #expect(kinds("--dry-run --format=json --x=\"a b\" --since=2026-01-01") == [
            .option(name: "dry-run", value: nil), .option(name: "format", value: "json"),
            .option(name: "x", value: "a b"), .option(name: "since", value: "2026-01-01"),
        ])
        #expect(kinds("--x=\"a\\tb\";") == [.option(name: "x", value: "a\tb"), punct(.semicolon)])
    }

    @Test("'--' not followed by a letter is two minus signs")
    func doubleMinus() {
        #expect(kinds("5 --3") == [int(5), punct(.minus), punct(.minus), int(3)])
    }

    @Test("token ranges are UTF-8 byte offsets, also after non-ASCII text")
    func ranges() {
        let all = tokens("print \"é☕\" --dry-run\nx")
        #expect(all.map(\.range) == [
            SourceRange(0, 5), SourceRange(6, 13), SourceRange(14, 23), SourceRange(23, 24),
            SourceRange(24, 25),
        ])
    }

    @Test("the end of input sits at the byte count, after trailing blanks and comments")
    func endOfInput() {
        let (all, _) = Lexer.tokenize(SourceFile(name: "t", text: "x  # c"))
        #expect(all.last == Token(.endOfInput, .at(6)))
        #expect(Lexer.tokenize(SourceFile(name: "t", text: "")).tokens == [Token(.endOfInput, .at(0))])
    }

    @Test("spellings name tokens the way diagnostics quote them")
    func spellings() {
        let all = tokens("end \"a\" 5 --x , \n")
        #expect(all.map(\.spelling) == [
            "'end'", "string \"a\"", "integer 5", "option '--x'", "','", "end of line",
        ])
    }
}
