import Database

/// Version 4: what the ERP operations (documents, posting, stock) need beyond version 1.
///
/// - `sales_line.quantity_to_ship`: how much the next posting ships; NULL means the whole
///   outstanding quantity, so partial shipment is an explicit choice on a line.
/// - `sales_shipment_line.type`: item or gl_account, so fulfillment can tell stock from charges.
/// - The `posting_batch` number series names batch posting runs in the error register.
/// - Indexes for the lookups and checks that posting and the inventory sync run often.
enum LedgerOperationsMigration {
    static let migration = Migration(version: 4, name: "ledger_operations", sql: """
        ALTER TABLE sales_line ADD COLUMN quantity_to_ship INTEGER CHECK (quantity_to_ship >= 0);
        ALTER TABLE sales_shipment_line ADD COLUMN type TEXT NOT NULL DEFAULT 'item'
          CHECK (type IN ('item', 'gl_account'));
        INSERT INTO number_series (code, prefix, last_no) VALUES ('posting_batch', 'B-', 0)
          ON CONFLICT DO NOTHING;
        CREATE INDEX item_vendor_item_no ON item (vendor_item_no);
        CREATE INDEX item_reference_no ON item_reference (reference_no);
        CREATE INDEX sales_line_item ON sales_line (type, no, variant_code, location_code);
        CREATE INDEX sales_shipment_header_order ON sales_shipment_header (order_no);
        CREATE INDEX sales_shipment_header_shopify ON sales_shipment_header (shopify_order_no);
        CREATE INDEX sales_invoice_header_order ON sales_invoice_header (order_no);
        CREATE INDEX item_ledger_entry_document ON item_ledger_entry (document_no);
        """)
}
