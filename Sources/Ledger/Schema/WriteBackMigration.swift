import Database

/// Version 6: what the ERP wrote back to Shopify orders, so each write-back is done once.
///
/// - `written_document_no`: the sales document number last written to the order as a custom
///   attribute; empty until written, and different from `sales_document_no` when it must be
///   written (again).
/// - `closed_by_erp_at`: when `sync orders` closed the processed, paid and fulfilled order in
///   Shopify. Kept apart from `closed` (Shopify's state): an order a merchant reopens after
///   that is not closed a second time.
enum WriteBackMigration {
    static let migration = Migration(version: 6, name: "order_write_backs", sql: """
        ALTER TABLE order_header ADD COLUMN written_document_no TEXT NOT NULL DEFAULT '';
        ALTER TABLE order_header ADD COLUMN closed_by_erp_at INTEGER;
        """)
}
