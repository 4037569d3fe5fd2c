/// One field of a record kind that filters, `order by` and completion may use.
public struct FieldDescriptor: Hashable, Sendable {
    public let name: String
    public let type: ValueType
    public let help: String

    public init(_ name: String, _ type: ValueType, _ help: String) {
        self.name = name
        self.type = type
        self.help = help
    }
}

/// A kind of record the language can list and filter: `items`, `orders_to_import`, `jobs`.
///
/// The layer that stores the records declares it; the binder checks `where` filters against it.
public struct EntityDescriptor: Hashable, Sendable {
    public let name: String
    public let help: String
    public let fields: [FieldDescriptor]
    /// The field `show <entity> <key>` looks records up by.
    public let keyField: String?

    public init(name: String, help: String, fields: [FieldDescriptor], keyField: String? = nil) {
        self.name = name
        self.help = help
        self.fields = fields
        self.keyField = keyField
    }

    public func field(named name: String) -> FieldDescriptor? {
        fields.first { $0.name == name }
    }
}
