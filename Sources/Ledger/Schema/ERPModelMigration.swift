import Database

/// Version 1: the part of an ERP a Shopify connector needs.
///
/// Conventions, everywhere in the ledger: money and prices are INTEGER ten-thousandths of a unit
/// (`Storage.money`), exact and summable in SQL; quantities are whole INTEGER units; instants
/// are INTEGER milliseconds since 1970 in UTC; dates are TEXT `YYYY-MM-DD`; flags are INTEGER 0/1.
enum ERPModelMigration {
    static let migration = Migration(version: 1, name: "erp_model", sql: masterData + documents)

    static let masterData = """
    CREATE TABLE number_series (
      code TEXT PRIMARY KEY, prefix TEXT NOT NULL, last_no INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO number_series (code, prefix, last_no) VALUES
      ('sales_order', 'SO-', 1000), ('sales_invoice', 'SI-', 1000),
      ('posted_shipment', 'S-', 1000), ('posted_invoice', 'PSI-', 1000);

    CREATE TABLE customer_template (
      code TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '',
      payment_terms TEXT NOT NULL DEFAULT '', prices_including_tax INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE customer (
      no TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '', post_code TEXT NOT NULL DEFAULT '',
      country_code TEXT NOT NULL DEFAULT '', template_code TEXT REFERENCES customer_template(code),
      payment_terms TEXT NOT NULL DEFAULT '', prices_including_tax INTEGER NOT NULL DEFAULT 1,
      blocked INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX customer_email ON customer (email COLLATE NOCASE);
    CREATE INDEX customer_phone ON customer (phone);

    CREATE TABLE item_template (
      code TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '',
      type TEXT NOT NULL DEFAULT 'inventory' CHECK (type IN ('inventory', 'service', 'non_inventory')),
      unit_price INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE item (
      no TEXT PRIMARY KEY, description TEXT NOT NULL,
      type TEXT NOT NULL DEFAULT 'inventory' CHECK (type IN ('inventory', 'service', 'non_inventory')),
      unit_price INTEGER NOT NULL DEFAULT 0, unit_cost INTEGER NOT NULL DEFAULT 0,
      vendor_no TEXT NOT NULL DEFAULT '', vendor_item_no TEXT NOT NULL DEFAULT '',
      blocked INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE item_variant (
      item_no TEXT NOT NULL REFERENCES item(no) ON DELETE CASCADE, code TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '', PRIMARY KEY (item_no, code)
    ) STRICT;

    CREATE TABLE item_reference (
      kind TEXT NOT NULL CHECK (kind IN ('barcode', 'vendor')), reference_no TEXT NOT NULL,
      item_no TEXT NOT NULL REFERENCES item(no) ON DELETE CASCADE,
      variant_code TEXT NOT NULL DEFAULT '', PRIMARY KEY (kind, reference_no, item_no, variant_code)
    ) STRICT;

    CREATE TABLE location (
      code TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE gl_account (
      no TEXT PRIMARY KEY, name TEXT NOT NULL, blocked INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    -- Stock is the sum of entries: posting a shipment writes negative entries.
    CREATE TABLE item_ledger_entry (
      entry_no INTEGER PRIMARY KEY, item_no TEXT NOT NULL REFERENCES item(no),
      variant_code TEXT NOT NULL DEFAULT '', location_code TEXT NOT NULL REFERENCES location(code),
      posting_date TEXT NOT NULL,
      entry_type TEXT NOT NULL CHECK (entry_type IN ('positive_adjustment', 'negative_adjustment', 'sale')),
      document_no TEXT NOT NULL DEFAULT '', quantity INTEGER NOT NULL, created_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX item_ledger_entry_stock ON item_ledger_entry (item_no, variant_code, location_code);
    """

    static let documents = """
    CREATE TABLE sales_header (
      no TEXT PRIMARY KEY,
      document_type TEXT NOT NULL CHECK (document_type IN ('order', 'invoice')),
      shop TEXT NOT NULL DEFAULT '',
      sell_to_customer_no TEXT NOT NULL REFERENCES customer(no),
      bill_to_customer_no TEXT NOT NULL REFERENCES customer(no),
      ship_to_name TEXT NOT NULL DEFAULT '', ship_to_address TEXT NOT NULL DEFAULT '',
      ship_to_city TEXT NOT NULL DEFAULT '', ship_to_post_code TEXT NOT NULL DEFAULT '',
      ship_to_country_code TEXT NOT NULL DEFAULT '',
      order_date TEXT NOT NULL, posting_date TEXT NOT NULL,
      currency TEXT NOT NULL DEFAULT '', prices_including_tax INTEGER NOT NULL DEFAULT 1,
      shipment_method TEXT NOT NULL DEFAULT '', payment_method TEXT NOT NULL DEFAULT '',
      invoice_discount INTEGER NOT NULL DEFAULT 0,
      shopify_order_id INTEGER NOT NULL DEFAULT 0, shopify_order_no TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'released')),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX sales_header_shopify_order ON sales_header (shop, shopify_order_id);

    CREATE TABLE sales_line (
      document_no TEXT NOT NULL REFERENCES sales_header(no) ON DELETE CASCADE,
      line_no INTEGER NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('item', 'gl_account', 'comment')),
      no TEXT NOT NULL DEFAULT '', variant_code TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '', location_code TEXT NOT NULL DEFAULT '',
      quantity INTEGER NOT NULL DEFAULT 0, unit_price INTEGER NOT NULL DEFAULT 0,
      line_discount INTEGER NOT NULL DEFAULT 0,
      quantity_shipped INTEGER NOT NULL DEFAULT 0, quantity_invoiced INTEGER NOT NULL DEFAULT 0,
      shopify_line_id INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (document_no, line_no),
      CHECK (quantity_shipped <= quantity AND quantity_invoiced <= quantity)
    ) STRICT;

    CREATE TABLE sales_shipment_header (
      no TEXT PRIMARY KEY, order_no TEXT NOT NULL, shop TEXT NOT NULL DEFAULT '',
      customer_no TEXT NOT NULL REFERENCES customer(no), posting_date TEXT NOT NULL,
      shopify_order_id INTEGER NOT NULL DEFAULT 0, shopify_order_no TEXT NOT NULL DEFAULT '',
      -- 0 not sent to Shopify, -1 error, -2 nothing to send, otherwise the fulfillment id.
      shopify_fulfillment_id INTEGER NOT NULL DEFAULT 0,
      fulfillment_error TEXT NOT NULL DEFAULT '',
      tracking_no TEXT NOT NULL DEFAULT '', tracking_company TEXT NOT NULL DEFAULT '',
      tracking_url TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE sales_shipment_line (
      shipment_no TEXT NOT NULL REFERENCES sales_shipment_header(no) ON DELETE CASCADE,
      line_no INTEGER NOT NULL, item_no TEXT NOT NULL, variant_code TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '', location_code TEXT NOT NULL DEFAULT '',
      quantity INTEGER NOT NULL, shopify_line_id INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (shipment_no, line_no)
    ) STRICT;

    CREATE TABLE sales_invoice_header (
      no TEXT PRIMARY KEY, order_no TEXT NOT NULL DEFAULT '', shop TEXT NOT NULL DEFAULT '',
      customer_no TEXT NOT NULL REFERENCES customer(no), posting_date TEXT NOT NULL,
      currency TEXT NOT NULL DEFAULT '', amount INTEGER NOT NULL,
      invoice_discount INTEGER NOT NULL DEFAULT 0,
      shopify_order_id INTEGER NOT NULL DEFAULT 0, shopify_order_no TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE sales_invoice_line (
      invoice_no TEXT NOT NULL REFERENCES sales_invoice_header(no) ON DELETE CASCADE,
      line_no INTEGER NOT NULL, type TEXT NOT NULL, no TEXT NOT NULL DEFAULT '',
      variant_code TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
      quantity INTEGER NOT NULL, unit_price INTEGER NOT NULL, line_discount INTEGER NOT NULL DEFAULT 0,
      amount INTEGER NOT NULL, PRIMARY KEY (invoice_no, line_no)
    ) STRICT;

    -- Why a document did not post, for the error register (`posting errors`).
    CREATE TABLE posting_error (
      id INTEGER PRIMARY KEY, batch_id TEXT NOT NULL, document_type TEXT NOT NULL,
      document_no TEXT NOT NULL, message TEXT NOT NULL, occurred_at INTEGER NOT NULL
    ) STRICT;
    """
}
