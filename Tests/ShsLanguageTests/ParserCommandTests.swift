import Testing
@testable import ShsLanguage

@Suite("Parser: commands")
struct ParserCommandTests {
    @Test("a command is a phrase of words and values")
    func words() {
        #expect(shape("sync orders") == "(command sync orders)")
        #expect(shape("set price 12.50 for \"SKU-1\" at 06:00")
            == "(command set price dec:12.5 for \"SKU-1\" at time:06:00)")
    }

    @Test("keywords that end no clause are command words: between ... and ...")
    func keywordsAsWords() {
        #expect(shape("schedule nightly between 06:00 and 22:00 if not empty")
            == "(command schedule nightly between time:06:00 and time:22:00 if not empty)")
    }

    @Test("a negative number, a parenthesised expression, a list and a record are values")
    func valueTerms() {
        #expect(shape("adjust stock -5 (1 + 2) [\"a\", \"b\"] {x: 1}")
            == "(command adjust stock (neg 5) (+ 1 2) (list \"a\" \"b\") (record x: 1))")
    }

    @Test("'= expression' is an assignment term; '..', ',' and ':' are symbols")
    func assignAndSymbols() {
        #expect(shape("set format = \"json\"") == "(command set format (= \"json\"))")
        #expect(shape("show orders 1..5, a: b") == "(command show orders 1 '..' 5 ',' a ':' b)")
    }

    @Test("where, order by ... desc and limit follow the words, then options")
    func clauses() {
        let text = "sync orders where total > 100 and status = \"paid\" "
            + "order by created desc, name limit 10 --dry-run"
        #expect(shape(text) == "(command sync orders (where (and (> total 100) (= status \"paid\"))) "
            + "(order-by created desc, name) (limit 10) --dry-run)")
        #expect(shape("show orders order by total asc") == "(command show orders (order-by total))")
        #expect(shape("show orders limit 5") == "(command show orders (limit 5))")
    }

    @Test("a line may break after 'where', after an operator and after a comma in order by")
    func lineBreaksInClauses() {
        #expect(shape("sync orders where\n  total > 1 and\n  paid order by a,\n b")
            == "(command sync orders (where (and (> total 1) paid)) (order-by a, b))")
    }

    @Test("options may stand among the words and after the clauses")
    func optionsAnywhere() {
        #expect(shape("sync --dry-run orders --format=json where x > 1 limit 2 --verbose --x=\"a b\"")
            == "(command sync orders (where (> x 1)) (limit 2) --dry-run --format=\"json\" --verbose "
            + "--x=\"a b\")")
    }

    @Test("'order \"#1001\" resolve' is a command, not an ordering")
    func orderCommand() {
        #expect(shape("order \"#1001\" resolve") == "(command order \"#1001\" resolve)")
    }

    @Test("a filter holds no query: a name before 'limit' stays a name")
    func filterWithoutQuery() {
        #expect(shape("sync orders where status = paid limit 3")
            == "(command sync orders (where (= status paid)) (limit 3))")
    }

    @Test("a count(...) query inside a filter is still a query")
    func queryInFilterCall() {
        #expect(shape("sync customers where count(orders where paid) > 2")
            == "(command sync customers (where (> (call count (query orders (where paid))) 2)))")
    }

    @Test("a do block holds statements up to 'end'")
    func doBlock() {
        let text = "schedule nightly at 02:00 do\n  sync orders\n  print \"done\"\nend"
        #expect(shape(text)
            == "(command schedule nightly at time:02:00 (do (command sync orders) (print \"done\")))")
    }

    @Test("a do block records its range from 'do' to 'end' and its body text between them")
    func doBlockRanges() {
        let text = "schedule nightly do\n  sync orders\nend\n"
        guard case .command(let command)? = onlyStatement(text)?.kind,
              let block = command.block else {
            Issue.record("no block")
            return
        }
        let file = SourceFile(name: "t", text: text)
        #expect(file.text(of: block.range) == "do\n  sync orders\nend")
        #expect(file.text(of: block.bodyRange) == "\n  sync orders\n")
        #expect(command.range == SourceRange(0, 37))
        #expect(command.verb == Name("schedule", SourceRange(0, 8)))
    }

    @Test("clauses and options may come before a do block")
    func clausesBeforeBlock() {
        #expect(shape("every 1h where active --quiet do\nsync orders\nend")
            == "(command every dur:1h (where active) --quiet (do (command sync orders)))")
    }

    @Test("a command's range ends at its last token, not at the line break")
    func commandRange() {
        let statement = onlyStatement("sync orders limit 5  \n")
        #expect(statement?.range == SourceRange(0, 19))
    }
}
