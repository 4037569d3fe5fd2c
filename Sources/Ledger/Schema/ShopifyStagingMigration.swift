import Database

/// Version 2: shops and their settings, the Shopify staging tables with their mapping to ERP
/// records, sync cursors, the API request log, skipped records and cue thresholds.
enum ShopifyStagingMigration {
    static let migration = Migration(version: 2, name: "shopify_staging",
                                     sql: shops + customersAndProducts + orders + operations)

    static let shops = """
    CREATE TABLE shop (
      code TEXT PRIMARY KEY,
      backend TEXT NOT NULL CHECK (backend IN ('shopify', 'sandbox')),
      shopify_url TEXT NOT NULL DEFAULT '',
      -- Where the access token comes from: 'env:NAME', 'file:PATH', or '' for the sandbox.
      -- The token itself is never stored.
      token_reference TEXT NOT NULL DEFAULT '',
      api_version TEXT NOT NULL DEFAULT '2026-07',
      currency TEXT NOT NULL DEFAULT 'USD',
      created_at INTEGER NOT NULL
    ) STRICT;

    -- Settings are typed and defaulted in code (ShopSettings); a row exists once one is changed.
    CREATE TABLE shop_setting (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, name TEXT NOT NULL,
      value TEXT NOT NULL, PRIMARY KEY (shop, name)
    ) STRICT;

    CREATE TABLE shop_customer_template (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, country_code TEXT NOT NULL,
      template_code TEXT REFERENCES customer_template(code),
      default_customer_no TEXT REFERENCES customer(no), PRIMARY KEY (shop, country_code)
    ) STRICT;

    CREATE TABLE shop_location (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, shopify_id INTEGER NOT NULL,
      name TEXT NOT NULL DEFAULT '',
      -- ERP locations this Shopify location draws stock from, e.g. 'MAIN|EAST'.
      location_filter TEXT NOT NULL DEFAULT '',
      stock_calculation TEXT NOT NULL DEFAULT 'off' CHECK (stock_calculation IN ('off', 'available', 'free')),
      PRIMARY KEY (shop, shopify_id)
    ) STRICT;
    """

    static let customersAndProducts = """
    CREATE TABLE shopify_customer (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, id INTEGER NOT NULL,
      customer_no TEXT REFERENCES customer(no), first_name TEXT NOT NULL DEFAULT '',
      last_name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '', country_code TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL, last_updated_by_erp INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (shop, id)
    ) STRICT;

    CREATE TABLE shopify_company (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, id INTEGER NOT NULL,
      name TEXT NOT NULL, external_id TEXT NOT NULL DEFAULT '',
      customer_no TEXT REFERENCES customer(no), updated_at INTEGER NOT NULL,
      PRIMARY KEY (shop, id)
    ) STRICT;

    CREATE TABLE shopify_company_location (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, id INTEGER NOT NULL,
      company_id INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '',
      country_code TEXT NOT NULL DEFAULT '', customer_no TEXT REFERENCES customer(no),
      PRIMARY KEY (shop, id)
    ) STRICT;

    CREATE TABLE shopify_product (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, id INTEGER NOT NULL,
      title TEXT NOT NULL DEFAULT '', handle TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT '', vendor TEXT NOT NULL DEFAULT '',
      item_no TEXT REFERENCES item(no), content_hash TEXT NOT NULL DEFAULT '',
      image_id INTEGER NOT NULL DEFAULT 0,
      has_error INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL, last_updated_by_erp INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (shop, id)
    ) STRICT;

    CREATE TABLE shopify_variant (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, id INTEGER NOT NULL,
      product_id INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',
      sku TEXT NOT NULL DEFAULT '', barcode TEXT NOT NULL DEFAULT '',
      price INTEGER NOT NULL DEFAULT 0, compare_at_price INTEGER,
      inventory_item_id INTEGER NOT NULL DEFAULT 0,
      item_no TEXT REFERENCES item(no), variant_code TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL, PRIMARY KEY (shop, id)
    ) STRICT;
    CREATE INDEX shopify_variant_sku ON shopify_variant (shop, sku);
    """

    static let orders = """
    -- Orders discovered in Shopify, with the fields request-page filters need.
    CREATE TABLE order_to_import (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, id INTEGER NOT NULL,
      name TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
      financial_status TEXT NOT NULL DEFAULT '', fulfillment_status TEXT NOT NULL DEFAULT '',
      fully_paid INTEGER NOT NULL DEFAULT 0, channel TEXT NOT NULL DEFAULT '',
      high_risk INTEGER NOT NULL DEFAULT 0, tags TEXT NOT NULL DEFAULT '',
      sell_to_country TEXT NOT NULL DEFAULT '', ship_to_country TEXT NOT NULL DEFAULT '',
      bill_to_country TEXT NOT NULL DEFAULT '', total INTEGER NOT NULL DEFAULT 0,
      currency TEXT NOT NULL DEFAULT '', closed INTEGER NOT NULL DEFAULT 0,
      cancelled INTEGER NOT NULL DEFAULT 0, b2b INTEGER NOT NULL DEFAULT 0,
      import_action TEXT NOT NULL DEFAULT 'new' CHECK (import_action IN ('new', 'update')),
      has_error INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (shop, id)
    ) STRICT;

    -- Raw JSON of imported records, kept once per distinct body.
    CREATE TABLE raw_json (
      hash TEXT PRIMARY KEY, body TEXT NOT NULL, captured_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE order_header (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, id INTEGER NOT NULL,
      name TEXT NOT NULL, customer_id INTEGER NOT NULL DEFAULT 0,
      company_id INTEGER NOT NULL DEFAULT 0, company_location_id INTEGER NOT NULL DEFAULT 0,
      email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
      sell_to_name TEXT NOT NULL DEFAULT '', bill_to_name TEXT NOT NULL DEFAULT '',
      bill_to_address TEXT NOT NULL DEFAULT '', bill_to_city TEXT NOT NULL DEFAULT '',
      bill_to_post_code TEXT NOT NULL DEFAULT '', bill_to_country TEXT NOT NULL DEFAULT '',
      ship_to_name TEXT NOT NULL DEFAULT '', ship_to_address TEXT NOT NULL DEFAULT '',
      ship_to_city TEXT NOT NULL DEFAULT '', ship_to_post_code TEXT NOT NULL DEFAULT '',
      ship_to_country TEXT NOT NULL DEFAULT '',
      currency TEXT NOT NULL DEFAULT '', presentment_currency TEXT NOT NULL DEFAULT '',
      subtotal INTEGER NOT NULL DEFAULT 0, total_tax INTEGER NOT NULL DEFAULT 0,
      total_shipping INTEGER NOT NULL DEFAULT 0, total_discounts INTEGER NOT NULL DEFAULT 0,
      total INTEGER NOT NULL DEFAULT 0, prices_including_tax INTEGER NOT NULL DEFAULT 0,
      financial_status TEXT NOT NULL DEFAULT '', fulfillment_status TEXT NOT NULL DEFAULT '',
      fully_paid INTEGER NOT NULL DEFAULT 0, channel TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '', high_risk INTEGER NOT NULL DEFAULT 0,
      closed INTEGER NOT NULL DEFAULT 0, cancelled INTEGER NOT NULL DEFAULT 0,
      processed INTEGER NOT NULL DEFAULT 0, sales_document_no TEXT NOT NULL DEFAULT '',
      document_type TEXT NOT NULL DEFAULT '',
      has_error INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '',
      edited_after_processing INTEGER NOT NULL DEFAULT 0, edit_reason TEXT NOT NULL DEFAULT '',
      raw_hash TEXT REFERENCES raw_json(hash),
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, imported_at INTEGER NOT NULL,
      PRIMARY KEY (shop, id)
    ) STRICT;
    CREATE INDEX order_header_unprocessed ON order_header (shop, processed);

    CREATE TABLE order_line (
      shop TEXT NOT NULL, order_id INTEGER NOT NULL, id INTEGER NOT NULL,
      sku TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
      product_id INTEGER NOT NULL DEFAULT 0, variant_id INTEGER NOT NULL DEFAULT 0,
      quantity INTEGER NOT NULL, unit_price INTEGER NOT NULL DEFAULT 0,
      discount INTEGER NOT NULL DEFAULT 0, tax INTEGER NOT NULL DEFAULT 0,
      gift_card INTEGER NOT NULL DEFAULT 0, tip INTEGER NOT NULL DEFAULT 0,
      item_no TEXT NOT NULL DEFAULT '', variant_code TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (shop, id),
      FOREIGN KEY (shop, order_id) REFERENCES order_header(shop, id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX order_line_order ON order_line (shop, order_id);

    CREATE TABLE order_shipping_line (
      shop TEXT NOT NULL, order_id INTEGER NOT NULL, id INTEGER NOT NULL,
      title TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '',
      amount INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (shop, id),
      FOREIGN KEY (shop, order_id) REFERENCES order_header(shop, id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE order_transaction (
      shop TEXT NOT NULL, order_id INTEGER NOT NULL, id INTEGER NOT NULL,
      kind TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',
      gateway TEXT NOT NULL DEFAULT '', amount INTEGER NOT NULL DEFAULT 0,
      currency TEXT NOT NULL DEFAULT '', processed_at INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (shop, id),
      FOREIGN KEY (shop, order_id) REFERENCES order_header(shop, id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE order_fulfillment_line (
      shop TEXT NOT NULL, order_id INTEGER NOT NULL, fulfillment_order_id INTEGER NOT NULL,
      id INTEGER NOT NULL, line_item_id INTEGER NOT NULL, location_id INTEGER NOT NULL DEFAULT 0,
      remaining_quantity INTEGER NOT NULL, PRIMARY KEY (shop, id),
      FOREIGN KEY (shop, order_id) REFERENCES order_header(shop, id) ON DELETE CASCADE
    ) STRICT;
    """

    static let operations = """
    CREATE TABLE sync_cursor (
      shop TEXT NOT NULL REFERENCES shop(code) ON DELETE CASCADE, entity TEXT NOT NULL,
      cursor_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (shop, entity)
    ) STRICT;

    CREATE TABLE request_log (
      id INTEGER PRIMARY KEY, shop TEXT NOT NULL, at INTEGER NOT NULL,
      operation TEXT NOT NULL DEFAULT '', cost_requested INTEGER, cost_actual INTEGER,
      http_status INTEGER NOT NULL DEFAULT 0, request_id TEXT NOT NULL DEFAULT '',
      retries INTEGER NOT NULL DEFAULT 0, is_error INTEGER NOT NULL DEFAULT 0,
      duration_ms INTEGER NOT NULL DEFAULT 0,
      request_body TEXT NOT NULL DEFAULT '', response_body TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX request_log_shop_at ON request_log (shop, at);

    CREATE TABLE skipped_record (
      id INTEGER PRIMARY KEY, shop TEXT NOT NULL, task TEXT NOT NULL, entity TEXT NOT NULL,
      record_id TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL, at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE cue_threshold (
      cue TEXT PRIMARY KEY, first INTEGER NOT NULL, second INTEGER NOT NULL,
      CHECK (first >= 0 AND second >= first)
    ) STRICT;
    """
}
