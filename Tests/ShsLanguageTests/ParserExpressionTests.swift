import Testing
@testable import ShsLanguage

/// The shape of one expression, written as the value of a `let`.
private func expr(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let dump = shape("let v = " + text, sourceLocation: sourceLocation)
    return String(dump.dropFirst("(let v ".count).dropLast())
}

@Suite("Parser: expressions")
struct ParserExpressionTests {
    @Test("'*', '/' and '%' bind tighter than '+' and '-'; parentheses group")
    func arithmeticPrecedence() {
        #expect(expr("1 + 2 * 3") == "(+ 1 (* 2 3))")
        #expect(expr("(1 + 2) * 3") == "(* (+ 1 2) 3)")
        #expect(expr("a - b % c / d") == "(- a (/ (% b c) d))")
    }

    @Test("binary operators associate to the left")
    func leftAssociative() {
        #expect(expr("1 - 2 - 3") == "(- (- 1 2) 3)")
        #expect(expr("8 / 4 / 2") == "(/ (/ 8 4) 2)")
        #expect(expr("a or b or c") == "(or (or a b) c)")
        #expect(expr("a and b and c") == "(and (and a b) c)")
    }

    @Test("unary minus binds tighter than '*' and nests")
    func unaryMinus() {
        #expect(expr("-x * 2") == "(* (neg x) 2)")
        #expect(expr("- -x") == "(neg (neg x))")
        #expect(expr("2 - -1") == "(- 2 (neg 1))")
    }

    @Test("comparisons bind looser than arithmetic; '<>' is '!='")
    func comparisons() {
        #expect(expr("a + 1 > b * 2") == "(> (+ a 1) (* b 2))")
        let ops = ["=": "=", "!=": "!=", "<>": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="]
        for (written, parsed) in ops {
            #expect(expr("a \(written) b") == "(\(parsed) a b)", "\(written)")
        }
    }

    @Test("'and' binds tighter than 'or'; 'not' binds looser than a comparison")
    func logic() {
        #expect(expr("a or b and c") == "(or a (and b c))")
        #expect(expr("not a and b") == "(and (not a) b)")
        #expect(expr("not a = b") == "(not (= a b))")
        #expect(expr("not not a") == "(not (not a))")
    }

    @Test("in and not in take a parenthesised list or any postfix expression")
    func inList() {
        #expect(expr("x in (1, 2, 3)") == "(in x (list 1 2 3))")
        #expect(expr("x not in (\"a\")") == "(not-in x (list \"a\"))")
        #expect(expr("x in xs") == "(in x xs)")
        #expect(expr("x in [1, 2]") == "(in x (list 1 2))")
        #expect(expr("x in o.tags and y") == "(and (in x (. o tags)) y)")
    }

    @Test("between and not between take two sums joined by 'and'")
    func between() {
        #expect(expr("x between 1 and 10") == "(between x 1 10)")
        #expect(expr("x not between 1 + 1 and 10 and y") == "(and (not-between x (+ 1 1) 10) y)")
    }

    @Test("like and not like take a pattern")
    func like() {
        #expect(expr("name like \"A%\"") == "(like name \"A%\")")
        #expect(expr("name not like \"%x\" or b") == "(or (not-like name \"%x\") b)")
    }

    @Test("is empty and is not empty test a value; 'empty' is also a literal")
    func isEmpty() {
        #expect(expr("x is empty") == "(is-empty x)")
        #expect(expr("x.y is not empty") == "(is-not-empty (. x y))")
        #expect(expr("x = empty") == "(= x empty)")
    }

    @Test("lists may be empty and end with a comma")
    func lists() {
        #expect(expr("[]") == "(list)")
        #expect(expr("[1, [2, 3],]") == "(list 1 (list 2 3))")
    }

    @Test("records take names, quoted names and keywords as field names")
    func records() {
        #expect(expr("{}") == "(record)")
        #expect(expr("{name: \"a\", \"sku id\": 2, if: 3,}") == "(record name: \"a\" sku id: 2 if: 3)")
    }

    @Test("calls take zero or more arguments")
    func calls() {
        #expect(expr("now()") == "(call now)")
        #expect(expr("max(a, b + 1)") == "(call max a (+ b 1))")
    }

    @Test("member access and indexing chain from left to right")
    func postfix() {
        #expect(expr("o.lines[0].sku") == "(. ([] (. o lines) 0) sku)")
        #expect(expr("m[\"k\"][i + 1]") == "([] ([] m \"k\") (+ i 1))")
    }

    @Test("a query: items where x > 1 order by y limit 3")
    func query() {
        #expect(expr("items where x > 1 order by y limit 3")
            == "(query items (where (> x 1)) (order-by y) (limit 3))")
        #expect(expr("items limit 3") == "(query items (limit 3))")
        #expect(expr("items order by a desc") == "(query items (order-by a desc))")
    }

    @Test("a query as the argument of count(...)")
    func queryInCount() {
        #expect(expr("count(orders where total > 1 order by y limit 3)")
            == "(call count (query orders (where (> total 1)) (order-by y) (limit 3)))")
    }

    @Test("literals of every type are expressions")
    func literals() {
        #expect(expr("[\"s\", 1, 2.5, true, 2026-01-02, 06:00, 2026-01-02T03:04Z, 1h30m, empty]")
            == "(list \"s\" 1 dec:2.5 true date:2026-01-02 time:06:00 ts:2026-01-02T03:04:00Z "
            + "dur:1h30m empty)")
    }

    @Test("a line may break after any binary operator, after 'where' and after a comma")
    func breaksAfterOperators() {
        #expect(expr("1 +\n 2 *\n 3") == "(+ 1 (* 2 3))")
        #expect(expr("a and\n b or\n c") == "(or (and a b) c)")
        #expect(expr("x >\n 1") == "(> x 1)")
        #expect(expr("x between\n 1 and\n 2") == "(between x 1 2)")
        #expect(expr("x in\n xs") == "(in x xs)")
        #expect(expr("x like\n \"a\"") == "(like x \"a\")")
        #expect(expr("items where\n x > 1 order by a,\n b")
            == "(query items (where (> x 1)) (order-by a, b))")
    }

    @Test("inside brackets, line breaks are ignored")
    func breaksInsideBrackets() {
        #expect(expr("[\n 1,\n 2\n]") == "(list 1 2)")
        #expect(expr("f(\n a,\n b\n)") == "(call f a b)")
        #expect(expr("(1\n + 2\n)") == "(+ 1 2)")
        #expect(expr("{\n a: 1,\n b: 2\n}") == "(record a: 1 b: 2)")
        #expect(expr("m[\n 1\n]") == "([] m 1)")
    }

    @Test("expression ranges cover their operands and brackets")
    func ranges() {
        guard case .let(_, let value)? = onlyStatement("let v = (1 + 2) * f(x)")?.kind else { return }
        #expect(value.range == SourceRange(8, 22))
        guard case .arithmetic(_, let left, let right) = value.kind else { return }
        #expect(left.range == SourceRange(8, 15))
        #expect(right.range == SourceRange(18, 22))
    }
}
