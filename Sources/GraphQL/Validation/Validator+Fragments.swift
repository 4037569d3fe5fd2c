/// Fragment definitions: unique names, known composite type conditions, use, cycles.
extension Validator {
    mutating func checkFragmentDefinitions() {
        var seen: Set<String> = []
        for fragment in document.fragments {
            path = ["fragment \(fragment.name)"]
            if !seen.insert(fragment.name).inserted {
                report("Fragment name \"\(fragment.name)\" must be unique",
                       code: "fragmentNamesUnique", at: fragment.location,
                       extensions: ["fragmentName": .string(fragment.name)])
            }
            checkTypeCondition(fragment.typeCondition, at: fragment.location)
            if containsCycle(from: fragment.name) {
                report("Fragment \(fragment.name) contains an infinite loop",
                       code: "infiniteLoop", at: fragment.location,
                       extensions: ["fragmentName": .string(fragment.name)])
            }
        }
    }

    /// A type condition must name a known object, interface or union.
    mutating func checkTypeCondition(_ name: String, at location: SourcePosition) {
        guard let type = schema.type(named: name) else {
            report("No such type \(name), so it can't be a fragment condition",
                   code: "undefinedType", at: location, extensions: ["typeName": .string(name)])
            return
        }
        if !type.kind.isComposite {
            report("Invalid fragment on type \(name) (must be Union, Interface or Object)",
                   code: "fragmentOnNonCompositeType", at: location,
                   extensions: ["typeName": .string(name)])
        }
    }

    /// True when `name` reaches itself through spreads.
    func containsCycle(from name: String) -> Bool {
        var stack = directSpreads(of: name)
        var visited: Set<String> = []
        while let next = stack.popLast() {
            if next == name { return true }
            guard visited.insert(next).inserted else { continue }
            stack += directSpreads(of: next)
        }
        return false
    }

    func directSpreads(of fragmentName: String) -> [String] {
        guard let fragment = document.fragment(named: fragmentName) else { return [] }
        return Self.spreadNames(in: fragment.selectionSet)
    }

    static func spreadNames(in selections: [Selection]) -> [String] {
        selections.flatMap { selection -> [String] in
            switch selection {
            case .field(let field): spreadNames(in: field.selectionSet ?? [])
            case .fragmentSpread(let spread): [spread.name]
            case .inlineFragment(let fragment): spreadNames(in: fragment.selectionSet)
            }
        }
    }

    mutating func checkUnusedFragments() {
        var used: Set<String> = []
        var stack = document.operations.flatMap { Self.spreadNames(in: $0.selectionSet) }
        while let name = stack.popLast() {
            guard used.insert(name).inserted else { continue }
            stack += directSpreads(of: name)
        }
        for fragment in document.fragments where !used.contains(fragment.name) {
            path = ["fragment \(fragment.name)"]
            report("Fragment \(fragment.name) was defined, but not used",
                   code: "useAndDefineFragment", at: fragment.location,
                   extensions: ["fragmentName": .string(fragment.name)])
        }
    }

    /// `...Name`: the fragment must exist and its type must overlap the parent type.
    mutating func checkFragmentSpread(_ spread: FragmentSpread, parent: TypeDefinition) {
        checkDirectives(spread.directives, location: "FRAGMENT_SPREAD")
        spreads.append(spread.name)
        guard let fragment = document.fragment(named: spread.name) else {
            report("Fragment \(spread.name) was used, but not defined",
                   code: "useAndDefineFragment", at: spread.location,
                   extensions: ["fragmentName": .string(spread.name)])
            return
        }
        checkSpreadPossible(fragment.typeCondition, into: parent, name: spread.name,
                            at: spread.location)
    }

    mutating func checkInlineFragment(_ fragment: InlineFragment, parent: TypeDefinition) {
        checkDirectives(fragment.directives, location: "INLINE_FRAGMENT")
        guard let condition = fragment.typeCondition else {
            checkSelectionSet(fragment.selectionSet, on: parent)
            return
        }
        path.append("... on \(condition)")
        defer { path.removeLast() }
        guard let type = schema.type(named: condition) else {
            checkTypeCondition(condition, at: fragment.location)
            return
        }
        guard type.kind.isComposite else {
            checkTypeCondition(condition, at: fragment.location)
            return
        }
        checkSpreadPossible(condition, into: parent, name: nil, at: fragment.location)
        checkSelectionSet(fragment.selectionSet, on: type)
    }

    mutating func checkSpreadPossible(_ condition: String, into parent: TypeDefinition,
                                      name: String?, at location: SourcePosition) {
        guard let type = schema.type(named: condition), type.kind.isComposite,
              !schema.typesOverlap(parent.name, condition) else { return }
        let subject = name.map { "Fragment \($0) on \(condition)" } ?? "Fragment on \(condition)"
        report("\(subject) can't be spread inside \(parent.name)", code: "cannotSpreadFragment",
               at: location, extensions: ["typeName": .string(condition),
                                          "fragmentName": .string(name ?? "unknown"),
                                          "parentName": .string(parent.name)])
    }
}
