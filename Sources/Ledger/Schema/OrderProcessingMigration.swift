import Database

/// Version 5: what turning staged Shopify orders into sales documents needs.
///
/// - Presentment amounts beside the shop amounts (NULL: the same as the shop amount), so a
///   document can be made in the currency the buyer saw.
/// - Refunds of an order, so an edit after processing can be told from a refund that becomes a
///   credit memo.
/// - The variant's barcode on an order line, for the barcode fallback of the item mapping.
/// - The B2B company location's bill-to customer, beside its sell-to customer.
/// - What a sales document was made from (`processed_*`): a re-imported order is compared with
///   it, and `order "#1001" resolve` moves it to the order as it now is.
/// - Number series for customers and items created from templates.
enum OrderProcessingMigration {
    static let migration = Migration(version: 5, name: "order_processing", sql: """
        ALTER TABLE order_header ADD COLUMN presentment_total_discounts INTEGER;
        ALTER TABLE order_header ADD COLUMN processed_at INTEGER;
        ALTER TABLE order_header ADD COLUMN processed_quantity INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE order_header ADD COLUMN processed_line_ids TEXT NOT NULL DEFAULT '';
        ALTER TABLE order_header ADD COLUMN processed_shipping INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE order_header ADD COLUMN processed_cancelled INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE order_header ADD COLUMN processed_refund_ids TEXT NOT NULL DEFAULT '';
        ALTER TABLE order_line ADD COLUMN presentment_unit_price INTEGER;
        ALTER TABLE order_line ADD COLUMN presentment_discount INTEGER;
        ALTER TABLE order_line ADD COLUMN barcode TEXT NOT NULL DEFAULT '';
        ALTER TABLE order_shipping_line ADD COLUMN presentment_amount INTEGER;
        ALTER TABLE shopify_company_location ADD COLUMN bill_to_customer_no TEXT
          REFERENCES customer(no);

        CREATE TABLE order_refund (
          shop TEXT NOT NULL, order_id INTEGER NOT NULL, id INTEGER NOT NULL,
          amount INTEGER NOT NULL DEFAULT 0, quantity INTEGER NOT NULL DEFAULT 0,
          created_at INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (shop, id),
          FOREIGN KEY (shop, order_id) REFERENCES order_header(shop, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX order_refund_order ON order_refund (shop, order_id);
        CREATE INDEX order_shipping_line_order ON order_shipping_line (shop, order_id);
        CREATE INDEX customer_bill_to ON customer (name, post_code);

        INSERT INTO number_series (code, prefix, last_no) VALUES
          ('customer', 'C', 10000), ('item', 'I', 10000) ON CONFLICT DO NOTHING;
        """)
}
