import Testing
@testable import GraphQL

@Suite("variable values are coerced and rejected as Shopify rejects them")
struct VariableCoercionTests {
    static let mutation = """
    mutation M($input: ProductInput!, $fields: [MetafieldInput!]) {
      productUpdate(input: $input, metafields: $fields) { userErrors { message } }
    }
    """

    @Test("a missing required variable is INVALID_VARIABLE at its definition")
    func missingVariable() throws {
        let error = try onlyError(Self.mutation, variables: [:])
        #expect(error.code == "INVALID_VARIABLE")
        #expect(error.message == "Variable $input of type ProductInput! was provided invalid value")
        #expect(error.locations == [SourcePosition(line: 1, column: 12)])
        #expect(error.path.isEmpty)
        #expect(error.extensions["value"] == .null)
        #expect(error.extensions["problems"] == .array([.object([
            "path": .array([]), "explanation": .string("Expected value to not be null")])]))
    }

    @Test("a missing input field is named in the message and the problem path")
    func missingInputField() throws {
        let fields: JSON = .array([.object(["namespace": .string("a"), "key": .string("b")])])
        let error = try onlyError(Self.mutation, variables: ["input": .object([:]), "fields": fields])
        #expect(error.message == "Variable $fields of type [MetafieldInput!] was provided invalid "
                + "value for 0.value (Expected value to not be null)")
        #expect(error.extensions["problems"]?.arrayValue?.first?["path"]
                == .array([.int(0), .string("value")]))
    }

    @Test("wrong scalars, unknown enum values and unknown input fields", arguments: [
        (JSON.object(["title": .int(5)]), "title", "Could not coerce value 5 to String"),
        (JSON.object(["status": .string("GONE")]), "status",
         "Expected \"GONE\" to be one of: ACTIVE, ARCHIVED, DRAFT"),
        (JSON.object(["colour": .string("red")]), "colour", "Field is not defined on ProductInput"),
    ])
    func badValues(input: JSON, field: String, explanation: String) throws {
        let error = try onlyError(Self.mutation, variables: ["input": input])
        #expect(error.extensions["problems"] == .array([.object([
            "path": .array([.string(field)]), "explanation": .string(explanation)])]))
    }

    @Test("defaults fill absent variables and valid values pass through")
    func coercedValues() throws {
        let document = try parsed("query Q($n: Int = 5, $id: ID!) { product(id: $id) { id } }")
        let operation = try #require(document.operations.first)
        let result = coerceVariables(of: operation, schema: MiniSchema.schema,
                                     values: ["id": .int(42)])
        #expect(try result.get() == ["n": .int(5), "id": .int(42)])
    }

    @Test("an input list over 250 items is MAX_INPUT_SIZE_EXCEEDED with Shopify's path")
    func inputSizeLimit() throws {
        let tags = JSON.array((0...250).map { .string("t\($0)") })
        let error = try onlyError(Self.mutation, variables: ["input": .object(["tags": tags])])
        #expect(error.code == "MAX_INPUT_SIZE_EXCEEDED")
        #expect(error.message
                == "The input array size of 251 is greater than the maximum allowed of 250.")
        #expect(error.path == ["productUpdate", "input", "tags"])
        #expect(error.locations == [SourcePosition(line: 2, column: 3)])
        let fine = JSON.array((0..<250).map { .string("t\($0)") })
        #expect(MiniSchema.errors(Self.mutation, variables: ["input": .object(["tags": fine])])
                .isEmpty)
    }
}
