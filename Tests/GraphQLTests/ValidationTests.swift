import Testing
@testable import GraphQL

/// The only error of a document expected to have exactly one.
func onlyError(_ source: String, variables: [String: JSON]? = nil) throws -> GraphQLError {
    let errors = MiniSchema.errors(source, variables: variables)
    #expect(errors.count == 1, "errors: \(errors)")
    return try #require(errors.first)
}

@Suite("validation against a schema reports Shopify's codes with locations and paths")
struct ValidationTests {
    @Test("a valid document has no errors")
    func validDocument() {
        let errors = MiniSchema.errors("""
        query Q($id: ID!, $n: Int = 5) {
          product(id: $id) { id title status price { amount } ...Tags }
          products(first: $n, sortKey: TITLE) { nodes { id } pageInfo { hasNextPage } }
          search(term: "x") { __typename ... on Collection { handle } }
        }
        fragment Tags on Product { tags }
        """)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("an unknown field is undefinedField with type and field names")
    func undefinedField() throws {
        let error = try onlyError("query Q {\n  products(first: 1) { nodes { id nope } }\n}")
        #expect(error.code == "undefinedField")
        #expect(error.message == "Field 'nope' doesn't exist on type 'Product'")
        #expect(error.locations == [SourcePosition(line: 2, column: 35)])
        #expect(error.path == ["query Q", "products", "nodes", "nope"])
        #expect(error.extensions["typeName"] == .string("Product"))
        #expect(error.extensions["fieldName"] == .string("nope"))
    }

    @Test("an object without selections and a scalar with selections are selectionMismatch")
    func selectionMismatch() throws {
        let missing = try onlyError("query Q {\n  product(id: \"1\")\n}")
        #expect(missing.code == "selectionMismatch")
        #expect(missing.message == "Field must have selections (field 'product' returns Product "
                + "but has no selections. Did you mean 'product { ... }'?)")
        #expect(missing.locations == [SourcePosition(line: 2, column: 3)])
        let extra = try onlyError("{ product(id: \"1\") { title { x } } }")
        #expect(extra.code == "selectionMismatch")
        #expect(extra.message.hasPrefix("Selections can't be made on scalars (field 'title'"))
    }

    @Test("missing required arguments and unknown arguments")
    func arguments() throws {
        let missing = try onlyError("{ product { id } }")
        #expect(missing.code == "missingRequiredArguments")
        #expect(missing.message == "Field 'product' is missing required arguments: id")
        #expect(missing.locations == [SourcePosition(line: 1, column: 3)])
        let unknown = try onlyError("{ product(id: \"1\", handle: \"x\") { id } }")
        #expect(unknown.code == "argumentNotAccepted")
        #expect(unknown.message == "Field 'product' doesn't accept argument 'handle'")
        #expect(unknown.locations == [SourcePosition(line: 1, column: 20)])
    }

    @Test("literals that do not fit their type, including unknown enum values", arguments: [
        "{ products(first: \"ten\") { nodes { id } } }",
        "{ products(first: 1.5) { nodes { id } } }",
        "{ products(first: 1, sortKey: PRICE) { nodes { id } } }",
        "{ products(first: 1, reverse: 1) { nodes { id } } }",
        "{ product(id: null) { id } }",
        "mutation { productUpdate(input: {status: GONE}) { userErrors { message } } }",
    ])
    func incompatibleLiterals(source: String) throws {
        let error = try onlyError(source)
        #expect(error.code == "argumentLiteralsIncompatible")
        #expect(error.message.contains("has an invalid value"))
    }

    @Test("an input object literal missing a required field names it")
    func missingInputField() throws {
        let error = try onlyError("""
        mutation { productUpdate(input: {}, metafields: [{namespace: "a", key: "b"}]) \
        { userErrors { message } } }
        """)
        #expect(error.code == "missingRequiredInputObjectAttribute")
        #expect(error.message == "Argument 'value' on InputObject 'MetafieldInput' is required. "
                + "Expected type String!")
    }

    @Test("unknown directives and directives in the wrong place")
    func directives() throws {
        let unknown = try onlyError("{ product(id: \"1\") @cached { id } }")
        #expect(unknown.code == "undefinedDirective")
        #expect(unknown.message == "Directive @cached is not defined")
        #expect(unknown.locations == [SourcePosition(line: 1, column: 20)])
        let misplaced = try onlyError("query @skip(if: true) { product(id: \"1\") { id } }")
        #expect(misplaced.code == "directiveCannotBeApplied")
        let idempotent = MiniSchema.errors("""
        mutation { productUpdate(input: {}) @idempotent(key: "k") { userErrors { message } } }
        """)
        #expect(idempotent.isEmpty)
    }

    @Test("fragments on unknown types, impossible spreads and undefined fragments")
    func fragments() throws {
        let unknown = try onlyError("{ node(id: \"1\") { ... on Nope { id } } }")
        #expect(unknown.code == "undefinedType")
        #expect(unknown.message == "No such type Nope, so it can't be a fragment condition")
        let impossible = try onlyError("{ product(id: \"1\") { ... on Collection { handle } } }")
        #expect(impossible.code == "cannotSpreadFragment")
        #expect(impossible.message == "Fragment on Collection can't be spread inside Product")
        let undefined = try onlyError("{ product(id: \"1\") { ...Missing } }")
        #expect(undefined.code == "useAndDefineFragment")
        let unused = try onlyError("{ product(id: \"1\") { id } } fragment F on Product { id }")
        #expect(unused.message == "Fragment F was defined, but not used")
        let loop = MiniSchema.errors("""
        { product(id: "1") { ...A } } fragment A on Product { ...B } fragment B on Product { ...A }
        """)
        #expect(loop.contains { $0.code == "infiniteLoop" })
    }

    @Test("unused, undeclared and mistyped variables")
    func variables() throws {
        let unused = try onlyError("query Q($id: ID!) { products(first: 1) { nodes { id } } }")
        #expect(unused.code == "variableNotUsed")
        #expect(unused.message == "Variable $id is declared by Q but not used")
        #expect(unused.locations == [SourcePosition(line: 1, column: 9)])
        let undeclared = try onlyError("query Q { product(id: $id) { id } }")
        #expect(undeclared.code == "variableNotDefined")
        #expect(undeclared.message == "Variable $id is used by Q but not declared")
        let nullable = try onlyError("query Q($id: ID) { product(id: $id) { id } }")
        #expect(nullable.code == "variableMismatch")
        #expect(nullable.message == "Nullability mismatch on variable $id and argument id (ID / ID!)")
        let mistyped = try onlyError("query Q($n: String) { products(first: $n) { nodes { id } } }")
        #expect(mistyped.message == "Type mismatch on variable $n and argument first (String / Int)")
        let notInput = MiniSchema.errors("query Q($p: Product) { product(id: $p) { id } }")
        #expect(notInput.first?.code == "variableRequiresValidType")
        #expect(notInput.first?.message == "Product isn't a valid input type (on $p)")
    }

    @Test("a variable used inside a fragment counts as used by the operation")
    func variableInFragment() {
        let errors = MiniSchema.errors("""
        query Q($id: ID!) { ...Root } fragment Root on QueryRoot { product(id: $id) { id } }
        """)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("one response key for two different fields or arguments is a fieldConflict")
    func fieldConflicts() throws {
        let names = try onlyError(#"{ product(id: "1") { x: id x: title } }"#)
        #expect(names.code == "fieldConflict")
        #expect(names.message == "Field 'x' has a field conflict: id or title?")
        let arguments = try onlyError(#"""
        { a: product(id: "1") { id } a: product(id: "2") { id } }
        """#)
        #expect(arguments.message
                == #"Field 'a' has an argument conflict: {id:"1"} or {id:"2"}?"#)
        let same = MiniSchema.errors(#"{ product(id: "1") { id ... on Product { id } } }"#)
        #expect(same.isEmpty)
    }
}
