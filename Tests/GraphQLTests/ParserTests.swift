import Testing
@testable import GraphQL

/// Parses a document the test expects to be valid syntax.
func parsed(_ source: String) throws -> Document {
    try Parser.parseDocument(source).get()
}

/// The parse error of a document the test expects to be broken.
func parseError(_ source: String) -> GraphQLError? {
    if case .failure(let error) = Parser.parseDocument(source) { return error }
    return nil
}

@Suite("parsing executable documents")
struct ParserTests {
    @Test("a named query keeps its variables, defaults, directives and locations")
    func namedQuery() throws {
        let document = try parsed("""
        query Products($first: Int = 10, $ids: [ID!]!) @cached {
          products(first: $first) { nodes { id } }
        }
        """)
        let operation = try #require(document.operations.first)
        #expect(operation.kind == .query)
        #expect(operation.name == "Products")
        #expect(operation.variables.map(\.name) == ["first", "ids"])
        #expect(operation.variables[0].defaultValue == .int("10"))
        #expect(operation.variables[1].type == .nonNull(.list(.nonNull(.named("ID")))))
        #expect(operation.variables[1].location == SourcePosition(line: 1, column: 34))
        #expect(operation.directives.map(\.name) == ["cached"])
        guard case .field(let products) = operation.selectionSet[0] else {
            Issue.record("expected a field")
            return
        }
        #expect(products.location == SourcePosition(line: 2, column: 3))
        #expect(products.argument("first") == .variable("first"))
    }

    @Test("the shorthand { ... } is an anonymous query")
    func shorthand() throws {
        let document = try parsed("{ shop { name } }")
        #expect(document.operations.first?.kind == .query)
        #expect(document.operations.first?.name == nil)
        #expect(document.operation(named: nil) != nil)
    }

    @Test("a mutation field carries @idempotent with its key")
    func idempotentMutation() throws {
        let document = try parsed("""
        mutation Adjust { inventoryAdjustQuantities(input: {reason: "correction"}) \
        @idempotent(key: "4f1c") { userErrors { message } } }
        """)
        let operation = try #require(document.operations.first)
        #expect(operation.kind == .mutation)
        guard case .field(let field) = operation.selectionSet[0] else {
            Issue.record("expected a field")
            return
        }
        #expect(field.directives.first?.name == "idempotent")
        #expect(field.directives.first?.argument("key") == .string("4f1c"))
    }

    @Test("aliases, fragments, spreads and inline fragments with and without a type")
    func fragments() throws {
        let document = try parsed("""
        query { first: node(id: "1") { ...Ids ... on Product { title } ... @include(if: true) { id } } }
        fragment Ids on Node { id }
        """)
        #expect(document.fragments.map(\.name) == ["Ids"])
        #expect(document.fragments.first?.typeCondition == "Node")
        guard case .field(let node)? = document.operations.first?.selectionSet.first else {
            Issue.record("expected a field")
            return
        }
        #expect(node.alias == "first" && node.name == "node" && node.responseKey == "first")
        let selections = node.selectionSet ?? []
        guard selections.count == 3, case .fragmentSpread(let spread) = selections[0],
              case .inlineFragment(let typed) = selections[1],
              case .inlineFragment(let untyped) = selections[2] else {
            Issue.record("expected a spread and two inline fragments")
            return
        }
        #expect(spread.name == "Ids")
        #expect(typed.typeCondition == "Product")
        #expect(untyped.typeCondition == nil && untyped.directives.first?.name == "include")
    }

    @Test("every kind of value literal")
    func valueLiterals() throws {
        let document = try parsed(#"""
        { f(i: -12, f: 1.5e3, s: "a\"b\u00e9", t: true, n: null, e: ACTIVE,
            l: [1, [2]], o: {a: 1, b: {c: $v}}, b: """
              block
                indented
            """) }
        """#)
        guard case .field(let field)? = document.operations.first?.selectionSet.first else {
            Issue.record("expected a field")
            return
        }
        #expect(field.argument("i") == .int("-12"))
        #expect(field.argument("f") == .float("1.5e3"))
        #expect(field.argument("s") == .string("a\"bé"))
        #expect(field.argument("t") == .boolean(true))
        #expect(field.argument("n") == .null)
        #expect(field.argument("e") == .enumValue("ACTIVE"))
        #expect(field.argument("l") == .list([.int("1"), .list([.int("2")])]))
        #expect(field.argument("b") == .string("block\n  indented"))
        guard case .object(let members)? = field.argument("o") else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.name) == ["a", "b"])
        #expect(members[1].value == .object([Value.ObjectField(
            name: "c", value: .variable("v"), location: members[1].value.firstFieldLocation)]))
    }

    @Test("commas, comments and a byte order mark are ignored")
    func ignoredTokens() throws {
        let document = try parsed("\u{FEFF}# leading comment\n{ a, b # trailing\n,c }")
        #expect(document.operations.first?.selectionSet.count == 3)
    }
}

extension Value {
    /// The location of an object literal's first member, for building expected values.
    var firstFieldLocation: SourcePosition {
        if case .object(let fields) = self, let first = fields.first { return first.location }
        return SourcePosition(line: 0, column: 0)
    }
}
