/// Valid scripts of the kind admins write; the robustness tests cut and mutate them.
enum Corpus {
    static let shopSettings = """
        # Berlin shop: connection and import rules
        shop "berlin" url "https://berlin.myshopify.com" token env "SHOPIFY_TOKEN"
        set customer_import = "all"
        set allow_background_syncs = true
        set currency = "EUR" --shop=berlin
        set shipping_account = "6100"; set rounding = 0.01
        include "mappings.shs"

        """

    static let syncCommands = """
        sync customers
        sync orders where financial_status = "paid" and created_at >= 2026-11-01 --dry-run
        sync orders where total between 100.00 and 2500 and tags not in ("test", "demo") \\
          order by created_at desc, name limit 50 --format=json

        """

    static let postingCommands = """
        sync products where title not like "%sample%" and updated_at > 2026-11-30T22:00:00+01:00
        create sales documents where not has_error and note is not empty
        post sales orders where shopify_order_no is not empty and posting_date <= today()
        order "#1001" resolve --reason="customer called"
        cues show unprocessed_orders

        """

    static let schedule = """
        schedule "orders" every 10 minutes on mon..fri between 06:00 and 22:00 \\
            category "SHOPIFY" attempts 3 rerun delay 60s do
          sync orders where fully_paid
          create sales documents
          if count(orders where has_error) > 0 then
            print "orders with errors:", count(orders where has_error)
          end
        end

        """

    static let shortSchedule = """
        schedule "stock" every 1h30m do sync inventory --quiet end
        schedule "prices" at 02:30 --category=SHOPIFY do
          sync prices where updated_at > today() - 1d
        end

        """

    static let logic = """
        let threshold = 250.00
        let since = 2026-11-01T00:00Z
        let windows = [06:00, 12:30:15, 7d, 250ms, -5, true, empty]
        let limits = {daily: 1000, "per order": 25, if: 1}
        for o in orders where total > threshold order by total desc limit 3 do
          if o.customer.tags[0] = "vip" and not o.test or o.total * 1.19 >= 1000 then
            print o.name, o.total - o.discount % 7
          else
            print "regular:", o.name
          end
        end

        """

    static let report = """
        assert count(orders) >= 0, "count is never negative"
        let limits = {daily: 1000, "per order": 25, if: 1}
        assert limits.daily > 0 "a daily limit"
        print \"\"\"
        Report for the \\u{1F600} shop
          "quoted" lines and a tab:\\t.
        \"\"\"
        exit 0

        """

    static let all = [
        shopSettings, syncCommands, postingCommands, schedule, shortSchedule, logic, report,
    ]
}
