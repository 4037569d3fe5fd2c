import ShopSyncCore

/// A kind of ledger record the language can list and filter: which table or query it reads,
/// and for each field its SQL expression and storage. The language sees its `descriptor`; the
/// filter compiler sees the columns. Values never enter the SQL text.
public struct LedgerEntity: Sendable {
    public struct Column: Sendable {
        public let name: String
        /// An SQL expression over the source's alias `t`, e.g. `t.no` or a subquery.
        public let sql: String
        public let storage: ColumnStorage
        /// Nullable columns get null-safe comparisons, so SQL and memory agree.
        public let nullable: Bool
        public let help: String

        public init(_ name: String, _ storage: ColumnStorage, _ help: String, sql: String? = nil,
                    nullable: Bool = false) {
            self.name = name
            self.sql = sql ?? "t.\(name)"
            self.storage = storage
            self.nullable = nullable
            self.help = help
        }
    }

    public let name: String
    public let help: String
    /// A table name or a parenthesised query; it is aliased `t`.
    public let source: String
    public let columns: [Column]
    public let keyField: String?
    /// A condition always applied, e.g. `t.document_type = 'order'`.
    public let scope: String?

    public init(name: String, help: String, source: String, columns: [Column],
                keyField: String? = nil, scope: String? = nil) {
        self.name = name
        self.help = help
        self.source = source
        self.columns = columns
        self.keyField = keyField
        self.scope = scope
    }

    public var descriptor: EntityDescriptor {
        EntityDescriptor(name: name, help: help,
                         fields: columns.map { FieldDescriptor($0.name, $0.storage.valueType, $0.help) },
                         keyField: keyField)
    }

    public func column(_ name: String) -> Column? {
        columns.first { $0.name == name }
    }
}
