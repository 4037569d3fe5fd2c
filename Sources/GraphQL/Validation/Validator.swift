/// Validates an executable document against a schema, as Shopify does before running it
/// (spec §5, with graphql-ruby's error codes and messages, which Shopify returns).
///
/// Returns every static error found; an empty array means the document is valid. When
/// `variables` is given and the document is statically valid, the variables of the
/// operation named `operationName` (or of the only operation) are also coerced, yielding
/// `INVALID_VARIABLE` errors, and input lists are held to Shopify's 250 items
/// (`MAX_INPUT_SIZE_EXCEEDED`).
public func validate(_ document: Document, against schema: Schema,
                     operationName: String? = nil,
                     variables: [String: JSON]? = nil) -> [GraphQLError] {
    var validator = Validator(schema: schema, document: document)
    validator.validateDocument()
    guard validator.errors.isEmpty, let variables,
          let operation = document.operation(named: operationName) else {
        return validator.errors
    }
    switch coerceVariables(of: operation, schema: schema, values: variables) {
    case .success(let coerced):
        return inputSizeErrors(of: operation, in: document, variables: coerced)
    case .failure(let list):
        return list.errors
    }
}

/// A use of `$name` where a value of `expectedType` is wanted.
struct VariableUsage {
    var name: String
    var expectedType: TypeRef
    /// The argument or input field name, for messages.
    var position: String
    /// True when the position has a default value, which allows a nullable variable.
    var positionHasDefault: Bool
    var location: SourcePosition
    var path: [String]
}

/// The walk over a document; one instance per `validate` call.
struct Validator {
    let schema: Schema
    let document: Document
    var errors: [GraphQLError] = []
    /// The response path of the node being checked, starting with `"query Name"`.
    var path: [String] = []
    /// Variable usages and fragment spreads found in the current operation or fragment.
    var usages: [VariableUsage] = []
    var spreads: [String] = []
    var usagesByFragment: [String: [VariableUsage]] = [:]
    var spreadsByFragment: [String: [String]] = [:]

    init(schema: Schema, document: Document) {
        self.schema = schema
        self.document = document
    }

    mutating func report(_ message: String, code: String, at location: SourcePosition,
                         path extraPath: [String] = [], extensions: JSONObject = [:]) {
        errors.append(GraphQLError(message: message, locations: [location],
                                   path: path + extraPath, code: code, extensions: extensions))
    }

    mutating func validateDocument() {
        checkOperationNames()
        checkFragmentDefinitions()
        for fragment in document.fragments { validateFragment(fragment) }
        for operation in document.operations { validateOperation(operation) }
        checkUnusedFragments()
    }

    mutating func validateFragment(_ fragment: FragmentDefinition) {
        path = ["fragment \(fragment.name)"]
        usages = []
        spreads = []
        checkDirectives(fragment.directives, location: "FRAGMENT_DEFINITION")
        if let type = schema.type(named: fragment.typeCondition), type.kind.isComposite {
            checkSelectionSet(fragment.selectionSet, on: type)
            checkFieldConflicts(fragment.selectionSet, on: type)
        }
        usagesByFragment[fragment.name] = usages
        spreadsByFragment[fragment.name] = spreads
    }

    mutating func validateOperation(_ operation: OperationDefinition) {
        path = [operation.pathName]
        usages = []
        spreads = []
        checkVariableDefinitions(operation)
        checkDirectives(operation.directives, location: operation.kind.rawValue.uppercased())
        guard let root = schema.rootType(for: operation.kind) else {
            report("Schema is not configured for \(operation.kind.rawValue)s",
                   code: "missing\(operation.kind.rawValue.capitalized)Configuration",
                   at: operation.location)
            return
        }
        checkSelectionSet(operation.selectionSet, on: root)
        checkFieldConflicts(operation.selectionSet, on: root)
        path = [operation.pathName]
        checkVariableUsages(operation)
    }

    /// Two operations may not share a name; an anonymous operation must be alone.
    mutating func checkOperationNames() {
        var seen: Set<String> = []
        for operation in document.operations {
            guard let name = operation.name else {
                if document.operations.count > 1 {
                    report("Operation name is required when multiple operations are present",
                           code: "uniquelyNamedOperations", at: operation.location)
                }
                continue
            }
            if !seen.insert(name).inserted {
                report("Operation name \"\(name)\" must be unique",
                       code: "uniquelyNamedOperations", at: operation.location,
                       extensions: ["operationName": .string(name)])
            }
        }
    }
}
