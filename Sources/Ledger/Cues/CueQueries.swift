/// The SQL behind each cue. Every query yields `shop`, `record`, `reason`, `fix` and `at`, and is
/// written in the SQL that SQLite and PostgreSQL share (`||`, `CASE`, `COALESCE`, `NULLIF`).
enum CueQueries {
    static let unmappedCustomers = """
        SELECT shop, 'customer ' || id || ' ' || TRIM(first_name || ' ' || last_name) AS record,
          CASE WHEN email = '' AND phone = '' THEN 'no email or phone to map it by'
               ELSE 'no ERP customer has ' || COALESCE(NULLIF(email, ''), 'phone ' || phone) END
            AS reason,
          CASE WHEN email = '' AND phone = ''
               THEN 'set default_customer or customer_mapping, then sync customers'
               ELSE 'customer add with this email or phone, or set auto_create_customers, '
                 || 'then sync customers' END AS fix,
          updated_at AS at
        FROM shopify_customer WHERE customer_no IS NULL
        """

    static let unmappedCompanies = """
        SELECT shop, 'company ' || id || ' ' || name AS record,
          'no ERP customer for this company' AS reason,
          'customer add for the company, or set auto_create_customers, then sync customers' AS fix,
          updated_at AS at
        FROM shopify_company WHERE customer_no IS NULL
        """

    static let unmappedProducts = """
        SELECT p.shop, 'product ' || p.id || ' ' || p.title AS record,
          CASE WHEN p.has_error = 1 THEN p.error
               ELSE COALESCE('no item matches SKU "' || (SELECT MIN(v.sku) FROM shopify_variant v
                   WHERE v.shop = p.shop AND v.product_id = p.id AND v.sku <> '') || '"',
                 'no item matches, and no variant has a SKU') END AS reason,
          'item add with a matching no., or set auto_create_items, then sync products' AS fix,
          p.updated_at AS at
        FROM shopify_product p WHERE p.item_no IS NULL
        """

    static let unprocessedOrders = """
        SELECT shop, 'order ' || name AS record,
          CASE WHEN has_error = 1 THEN error ELSE 'waiting for create sales documents' END AS reason,
          CASE WHEN has_error = 1 THEN 'fix the reason, then create sales documents'
               ELSE 'create sales documents' END AS fix,
          updated_at AS at
        FROM order_header WHERE processed = 0 AND cancelled = 0
        """

    static let unprocessedShipments = """
        SELECT shop, 'shipment ' || no || ' of order ' || shopify_order_no AS record,
          'posted, not yet sent to Shopify' AS reason, 'sync shipments' AS fix, created_at AS at
        FROM sales_shipment_header WHERE shopify_order_id <> 0 AND shopify_fulfillment_id = 0
        """

    static let shipmentErrors = """
        SELECT shop, 'shipment ' || no || ' of order ' || shopify_order_no AS record,
          COALESCE(NULLIF(fulfillment_error, ''), 'refused by Shopify') AS reason,
          'shipment "' || no || '" retry' AS fix, created_at AS at
        FROM sales_shipment_header WHERE shopify_order_id <> 0 AND shopify_fulfillment_id = -1
        """

    static let syncErrors = """
        SELECT shop, 'job ' || COALESCE(name, '#' || id) AS record,
          COALESCE(NULLIF(last_error, ''), 'failed') AS reason,
          CASE WHEN name IS NULL THEN 'job ' || id || ' retry'
               ELSE 'job "' || name || '" retry' END AS fix,
          updated_at AS at
        FROM job_entry WHERE status = 'error'
        """

    static let unprocessedOrderUpdates = """
        SELECT shop, 'order ' || name || ' (' || sales_document_no || ')' AS record,
          COALESCE(NULLIF(edit_reason, ''), 'changed in Shopify') AS reason,
          'order "' || name || '" resolve' AS fix, updated_at AS at
        FROM order_header WHERE edited_after_processing = 1
        """

    static let skippedRecords = """
        SELECT shop, task || ': ' || entity || ' ' || record_id AS record, reason,
          'fix the reason, then ' || task AS fix, at
        FROM skipped_record WHERE at >= ?
        """

    static let apiErrors = """
        SELECT shop, 'request ' || id || ' ' || operation AS record,
          'HTTP ' || http_status || CASE WHEN request_id = '' THEN ''
            ELSE ' (request id ' || request_id || ')' END AS reason,
          'shopify log where is_error' AS fix, at
        FROM request_log WHERE is_error = 1 AND at >= ?
        """
}
