/// Fields sharing a response key must be the same field with the same arguments
/// (spec §5.3.2, simplified: only fields that surely apply to the same type are compared,
/// and their sub-selections are not merged).
extension Validator {
    mutating func checkFieldConflicts(_ selections: [Selection], on parent: TypeDefinition) {
        var fields: [Field] = []
        var visited: Set<String> = []
        collectSameTypeFields(selections, parent: parent.name, into: &fields, visited: &visited)
        var firstByKey: [String: Field] = [:]
        var reported: Set<String> = []
        for field in fields {
            guard let first = firstByKey[field.responseKey] else {
                firstByKey[field.responseKey] = field
                continue
            }
            guard !reported.contains(field.responseKey) else { continue }
            if let conflict = Self.conflict(first, field) {
                reported.insert(field.responseKey)
                report("Field '\(field.responseKey)' has \(conflict)", code: "fieldConflict",
                       at: field.location,
                       extensions: ["fieldName": .string(field.responseKey)])
            }
        }
    }

    /// Fields of the set and of fragments that are certainly on the same type.
    func collectSameTypeFields(_ selections: [Selection], parent: String,
                               into fields: inout [Field], visited: inout Set<String>) {
        for selection in selections {
            switch selection {
            case .field(let field): fields.append(field)
            case .inlineFragment(let fragment):
                guard fragment.typeCondition.map({ $0 == parent }) ?? true else { continue }
                collectSameTypeFields(fragment.selectionSet, parent: parent, into: &fields,
                                      visited: &visited)
            case .fragmentSpread(let spread):
                guard visited.insert(spread.name).inserted,
                      let fragment = document.fragment(named: spread.name),
                      fragment.typeCondition == parent else { continue }
                collectSameTypeFields(fragment.selectionSet, parent: parent, into: &fields,
                                      visited: &visited)
            }
        }
    }

    /// Nil when two fields with one response key can merge, else why not.
    static func conflict(_ first: Field, _ second: Field) -> String? {
        if first.name != second.name {
            return "a field conflict: \(first.name) or \(second.name)?"
        }
        let firstArguments = argumentsText(first)
        let secondArguments = argumentsText(second)
        guard firstArguments != secondArguments else { return nil }
        return "an argument conflict: \(firstArguments) or \(secondArguments)?"
    }

    static func argumentsText(_ field: Field) -> String {
        let parts = field.arguments.sorted { $0.name < $1.name }
            .map { "\($0.name):\($0.value.graphQLText)" }
        return "{" + parts.joined(separator: ",") + "}"
    }
}
