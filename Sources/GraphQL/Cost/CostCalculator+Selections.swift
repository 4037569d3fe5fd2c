/// Costs of selection sets, fields and connections.
extension CostCalculator {
    /// The cost of a selection set on `typeName`; for an abstract type, the maximum over the
    /// object types it may be, since only one of them is returned per object.
    mutating func selectionCost(_ selections: [Selection], on typeName: String) -> Int {
        guard let type = schema.type(named: typeName), type.kind.isComposite else { return 0 }
        if type.kind == .object || !narrowsType(selections, typeName) {
            return objectSelectionCost(selections, on: typeName)
        }
        var most = 0
        for candidate in schema.possibleTypes(of: typeName) {
            most = max(most, objectSelectionCost(selections, on: candidate))
        }
        return most
    }

    mutating func objectSelectionCost(_ selections: [Selection], on typeName: String) -> Int {
        var total = 0
        for field in collectFields(selections, on: typeName) {
            guard let definition = schema.field(field.name, on: typeName) else { continue }
            total += fieldCost(field, definition: definition, parent: typeName)
        }
        return total
    }

    /// True when some fragment in the set is narrower than `typeName`, so the cost
    /// depends on which possible type is returned.
    func narrowsType(_ selections: [Selection], _ typeName: String) -> Bool {
        selections.contains { selection in
            switch selection {
            case .field: false
            case .inlineFragment(let fragment):
                fragment.typeCondition.map { $0 != typeName } ?? false
                    || narrowsType(fragment.selectionSet, typeName)
            case .fragmentSpread(let spread):
                document.fragment(named: spread.name)?.typeCondition != typeName
            }
        }
    }

    /// The fields that apply when the runtime type is `typeName`, fragments flattened.
    mutating func collectFields(_ selections: [Selection], on typeName: String) -> [Field] {
        var fields: [Field] = []
        for selection in selections where isIncluded(selection) {
            switch selection {
            case .field(let field): fields.append(field)
            case .inlineFragment(let fragment):
                if fragment.typeCondition.map({ applies($0, to: typeName) }) ?? true {
                    fields += collectFields(fragment.selectionSet, on: typeName)
                }
            case .fragmentSpread(let spread):
                guard let fragment = document.fragment(named: spread.name),
                      applies(fragment.typeCondition, to: typeName),
                      !fragmentsInUse.contains(spread.name) else { continue }
                fragmentsInUse.insert(spread.name)
                fields += collectFields(fragment.selectionSet, on: typeName)
                fragmentsInUse.remove(spread.name)
            }
        }
        return fields
    }

    /// False when `@skip(if: true)` or `@include(if: false)` removes the selection; such
    /// fields are not charged.
    func isIncluded(_ selection: Selection) -> Bool {
        let directives: [Directive]
        switch selection {
        case .field(let field): directives = field.directives
        case .fragmentSpread(let spread): directives = spread.directives
        case .inlineFragment(let fragment): directives = fragment.directives
        }
        for directive in directives {
            guard directive.name == "skip" || directive.name == "include",
                  let condition = directive.argument("if").flatMap(boolValue) else { continue }
            if condition == (directive.name == "skip") { return false }
        }
        return true
    }

    func boolValue(_ value: Value) -> Bool? {
        switch value {
        case .boolean(let flag): flag
        case .variable(let name): variables[name]?.boolValue
        default: nil
        }
    }

    /// A fragment on `condition` applies to `typeName` when the condition is that type, or
    /// an abstract type it belongs to, or an abstract type overlapping it.
    func applies(_ condition: String, to typeName: String) -> Bool {
        condition == typeName || schema.typesOverlap(condition, typeName)
    }

    mutating func fieldCost(_ field: Field, definition: FieldDefinition, parent: String) -> Int {
        guard let type = schema.type(named: definition.type.namedType),
              type.kind.isComposite else { return 0 }
        depth += 1
        defer { depth -= 1 }
        let cost: Int
        if isConnection(type) {
            cost = connectionCost(field, connection: type)
        } else {
            let own = ownCost(of: field, type: type, parent: parent)
            cost = own + selectionCost(field.selectionSet ?? [], on: type.name)
        }
        trace?.append(String(repeating: "  ", count: depth)
                      + "\(field.name): \(type.name) \(cost)")
        return cost
    }

    /// Object types whose own cost is not 1: value-like types Shopify does not charge for.
    static let defaultTypeCosts: [String: Int] = [
        "MoneyBag": 0, "MoneyV2": 0, "MailingAddress": 0, "ShopAddress": 0,
        "CustomerEmailMarketingConsentState": 0, "CustomerSmsMarketingConsentState": 0,
        "Weight": 0, "InventoryItemMeasurement": 0,
    ]

    /// The points an object field charges for itself, before its selection: 1 unless a
    /// Shopify rule says otherwise.
    func ownCost(of field: Field, type: TypeDefinition, parent: String) -> Int {
        // Counts are cheap inside an object but cost 10 at the root (customersCount, ...).
        if type.name == "Count", parent == schema.queryType { return 10 }
        if let cost = Self.fieldCosts["\(parent).\(field.name)"] { return cost }
        return typeCosts[type.name] ?? 1
    }

    /// Fields whose own cost differs from their type's: a draft order's addresses are
    /// charged although addresses elsewhere are free.
    static let fieldCosts: [String: Int] = [
        "DraftOrder.billingAddress": 1, "DraftOrder.shippingAddress": 1,
        "Order.billingAddress": 1, "Order.shippingAddress": 1,
    ]

    func isConnection(_ type: TypeDefinition) -> Bool {
        type.name.hasSuffix("Connection")
            && (type.field("nodes") != nil || type.field("edges") != nil)
    }

    /// `2 + m(n) × per-item cost`, where `nodes` and `edges { node }` each charge
    /// `1 + cost inside` per item (selecting both pays twice, as Shopify does); `pageInfo`
    /// and `cursor` are free, any other field is charged once.
    mutating func connectionCost(_ field: Field, connection: TypeDefinition) -> Int {
        var perItem = 0
        var extra = 0
        for child in collectFields(field.selectionSet ?? [], on: connection.name) {
            switch child.name {
            case "nodes":
                let nodeType = connection.field("nodes")?.type.namedType ?? ""
                perItem += 1 + selectionCost(child.selectionSet ?? [], on: nodeType)
            case "edges": perItem += edgesCost(child, connection: connection)
            case "pageInfo", "__typename": break
            default:
                guard let definition = connection.field(child.name) else { continue }
                extra += fieldCost(child, definition: definition, parent: connection.name)
            }
        }
        return 2 + connectionMultiplier(pageSize: pageSize(of: field)) * perItem + extra
    }

    mutating func edgesCost(_ edges: Field, connection: TypeDefinition) -> Int {
        let edgeType = connection.field("edges")?.type.namedType ?? ""
        var cost = 0
        for child in collectFields(edges.selectionSet ?? [], on: edgeType)
        where child.name == "node" {
            let nodeType = schema.field("node", on: edgeType)?.type.namedType ?? ""
            cost += 1 + selectionCost(child.selectionSet ?? [], on: nodeType)
        }
        return cost
    }

    /// `first` or `last`, from a literal or a variable; 0 when neither is given.
    func pageSize(of field: Field) -> Int {
        for name in ["first", "last"] {
            guard let value = field.argument(name) else { continue }
            if let size = intValue(value) { return size }
        }
        return 0
    }

    func intValue(_ value: Value) -> Int? {
        switch value {
        case .int(let text): Int(text)
        case .variable(let name): variables[name]?.intValue
        default: nil
        }
    }
}

extension Value {
    /// The JSON form of a literal without variables; nil when it contains one.
    public var constantJSON: JSON? {
        switch self {
        case .variable: return nil
        case .int(let text), .float(let text): return .number(text)
        case .string(let text), .enumValue(let text): return .string(text)
        case .boolean(let flag): return .bool(flag)
        case .null: return .null
        case .list(let items):
            var result: [JSON] = []
            for item in items {
                guard let json = item.constantJSON else { return nil }
                result.append(json)
            }
            return .array(result)
        case .object(let fields):
            var object = JSONObject()
            for field in fields {
                guard let json = field.value.constantJSON else { return nil }
                object[field.name] = json
            }
            return .object(object)
        }
    }
}
