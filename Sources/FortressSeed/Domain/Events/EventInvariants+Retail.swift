extension EventInvariants {
    /// The event side's retail checks: order events and audit entries follow each order's
    /// timeline to its row, restock events match the inventory, invoices match paid
    /// orders, and the sales star equals the base tables.
    public static let retail: [DataInvariant] = retailOutbox + retailAudit + retailAttachments + retailAnalytics

    /// An order event's status, from its type.
    static let orderEventStatus = """
        CASE e.event_type WHEN 'OrderCreated' THEN 'created' WHEN 'OrderPaid' THEN 'paid' WHEN 'OrderShipped' THEN 'shipped'
                          WHEN 'OrderDelivered' THEN 'delivered' WHEN 'OrderCancelled' THEN 'cancelled' END
        """

    /// Whether order `o`'s payment posted: its posted debit with the order's reference.
    static let orderPaid = """
        EXISTS (SELECT 1 FROM transactions t WHERE t.reference = o.payment_reference AND t.type = 'debit' AND t.status = 'posted')
        """

    public static let retailOutbox: [DataInvariant] = [
        DataInvariant(
            "outbox_order_events_match", "order events name an existing order of the tenant and user with its total; OrderCreated is version 1 at created_at with the cart, location and reference",
            """
            SELECT count(*) FROM events_outbox e LEFT JOIN orders o ON o.id = e.aggregate_id AND o.tenant_id = e.tenant_id
            WHERE e.aggregate = 'order' AND (o.id IS NULL
               OR e.payload->'data'->>'status' IS DISTINCT FROM \(orderEventStatus)
               OR (e.payload->'data'->>'user_id')::uuid <> o.user_id OR (e.payload->'data'->>'total_amount')::numeric <> o.total_amount
               OR (e.event_type = 'OrderCreated' AND ((e.payload->>'occurred_at')::timestamptz <> o.created_at OR (e.payload->>'version')::int <> 1
                   OR (e.payload->'data'->>'cart_id')::uuid <> o.cart_id OR (e.payload->'data'->>'location_id')::uuid IS DISTINCT FROM o.location_id
                   OR e.payload->'data'->>'payment_reference' <> o.payment_reference)))
            """),
        DataInvariant(
            "outbox_order_final_state", "every order has events, and its last one (highest id) has the row's status at its updated_at",
            """
            SELECT count(*) FROM orders o
            FULL JOIN (SELECT DISTINCT ON (aggregate_id) aggregate_id, payload FROM events_outbox
                       WHERE aggregate = 'order' ORDER BY aggregate_id, id DESC) l ON l.aggregate_id = o.id
            WHERE o.id IS NULL OR l.aggregate_id IS NULL OR l.payload->'data'->>'status' <> o.status::text
               OR (l.payload->>'occurred_at')::timestamptz <> o.updated_at
            """),
        DataInvariant(
            "outbox_order_payments_match", "OrderPaid exactly for orders whose payment posted, naming that debit at its time; a refunded OrderCancelled names the posted refund",
            """
            SELECT (SELECT count(*) FROM orders o
                    WHERE \(orderPaid) <> EXISTS (SELECT 1 FROM events_outbox e WHERE e.aggregate = 'order' AND e.aggregate_id = o.id AND e.event_type = 'OrderPaid'))
                 + (SELECT count(*) FROM events_outbox e JOIN orders o ON o.id = e.aggregate_id
                    LEFT JOIN transactions t ON t.id = (e.payload->'data'->>'transaction_id')::uuid
                    WHERE e.event_type = 'OrderPaid' AND (t.id IS NULL OR t.reference <> o.payment_reference OR t.type <> 'debit'
                       OR t.status <> 'posted' OR t.amount <> o.total_amount OR t.occurred_at <> (e.payload->>'occurred_at')::timestamptz))
                 + (SELECT count(*) FROM events_outbox e JOIN orders o ON o.id = e.aggregate_id
                    LEFT JOIN transactions r ON r.id = (e.payload->'data'->>'refund_transaction_id')::uuid
                    WHERE e.event_type = 'OrderCancelled' AND ((e.payload->'data'->>'refunded')::boolean <> (r.id IS NOT NULL)
                       OR (e.payload->'data'->>'refunded')::boolean <> \(orderPaid)
                       OR (r.id IS NOT NULL AND (r.type <> 'credit' OR r.status <> 'posted' OR r.amount <> o.total_amount
                           OR r.metadata->>'order_id' <> o.id::text OR r.occurred_at <> (e.payload->>'occurred_at')::timestamptz))))
            """),
        DataInvariant(
            "outbox_restock_events_match", "every inventory row has one InventoryRestocked (no tenant) at its last_restock_at, naming its product, location and threshold",
            """
            SELECT count(*) FROM inventory i
            FULL JOIN (SELECT aggregate_id, count(*) AS n, min(event_type) AS type, bool_or(tenant_id IS NOT NULL) AS tenanted,
                              min((payload->>'occurred_at')::timestamptz) AS at, min(payload->'data'->>'product_id') AS product,
                              min(payload->'data'->>'location_id') AS location, min((payload->'data'->>'reorder_threshold')::int) AS threshold
                       FROM events_outbox WHERE aggregate = 'inventory' GROUP BY 1) e ON e.aggregate_id = i.id
            WHERE i.id IS NULL OR e.aggregate_id IS NULL OR e.n <> 1 OR e.type <> 'InventoryRestocked' OR e.tenanted
               OR e.at <> i.last_restock_at OR e.product::uuid <> i.product_id OR e.location::uuid <> i.location_id
               OR e.threshold <> i.reorder_threshold
            """),
    ]

    public static let retailAudit: [DataInvariant] = [
        DataInvariant(
            "audit_order_status_matches", "each order has a create entry by its buyer at created_at, and its latest entry's after.status is the row's status at updated_at",
            """
            SELECT (SELECT count(*) FROM orders o
                    LEFT JOIN LATERAL (SELECT a.diff, a.created_at FROM audit_logs a WHERE a.entity = 'order' AND a.entity_id = o.id
                                       ORDER BY a.created_at DESC LIMIT 1) l ON true
                    WHERE l.diff IS NULL OR l.diff->'after'->>'status' <> o.status::text OR l.created_at <> o.updated_at)
                 + (SELECT count(*) FROM orders o WHERE NOT EXISTS (
                      SELECT 1 FROM audit_logs a WHERE a.entity = 'order' AND a.entity_id = o.id AND a.action = 'create'
                        AND a.created_at = o.created_at AND a.user_id = o.user_id AND a.tenant_id = o.tenant_id
                        AND a.diff->'after'->>'status' = 'created' AND (a.diff->'after'->>'total_amount')::numeric = o.total_amount))
                 + (SELECT count(*) FROM audit_logs a LEFT JOIN orders o ON o.id = a.entity_id
                    WHERE a.entity = 'order' AND (o.id IS NULL OR a.tenant_id <> o.tenant_id OR a.user_id <> o.user_id))
            """),
        DataInvariant(
            "audit_order_chain", "each order status change starts from the status the previous entry left",
            """
            SELECT count(*) FROM (
              SELECT a.action, a.diff, lag(a.diff->'after'->>'status') OVER (PARTITION BY a.entity_id ORDER BY a.created_at) AS previous
              FROM audit_logs a WHERE a.entity = 'order') x
            WHERE (x.action = 'status_change' AND x.diff->'before'->>'status' IS DISTINCT FROM x.previous)
               OR (x.action = 'create' AND x.previous IS NOT NULL) OR x.action NOT IN ('create', 'status_change')
            """),
        DataInvariant(
            "audit_order_matches_outbox", "an order's audit entries and its outbox events are the same states at the same instants",
            """
            SELECT count(*) FROM
              (SELECT entity_id AS id, created_at AS at, diff->'after'->>'status' AS status FROM audit_logs WHERE entity = 'order') a
            FULL JOIN
              (SELECT aggregate_id AS id, (payload->>'occurred_at')::timestamptz AS at, payload->'data'->>'status' AS status
               FROM events_outbox WHERE aggregate = 'order') e
              ON e.id = a.id AND e.at = a.at AND e.status = a.status
            WHERE a.id IS NULL OR e.id IS NULL
            """),
    ]

    public static let retailAttachments: [DataInvariant] = [
        DataInvariant(
            "attachments_match_invoices", "orders whose payment posted have one NF-e XML at the payment instant under invoices/<tenant>/<yyyy>/<mm>/<order>.xml; others none",
            """
            SELECT (SELECT count(*) FROM orders o
                    FULL JOIN (SELECT owner_id, count(*) AS n, min(created_at) AS at, min(s3_key) AS k, min(tenant_id::text) AS tenant
                               FROM attachments WHERE owner_type = 'order' GROUP BY 1) a ON a.owner_id = o.id
                    LEFT JOIN transactions t ON t.reference = o.payment_reference AND t.type = 'debit' AND t.status = 'posted'
                    WHERE o.id IS NULL OR (t.id IS NULL) <> (a.owner_id IS NULL) OR a.n <> 1 OR a.at <> t.occurred_at
                       OR a.tenant <> o.tenant_id::text
                       OR a.k <> 'invoices/' || o.tenant_id || '/' || to_char(t.occurred_at AT TIME ZONE 'UTC', 'YYYY/MM') || '/' || o.id || '.xml')
                 + (SELECT count(*) FROM attachments
                    WHERE owner_type = 'order' AND (content_type <> 'application/xml' OR sha256 !~ '^[0-9a-f]{64}$' OR byte_size <= 0))
            """)
    ]

    public static let retailAnalytics: [DataInvariant] = [
        DataInvariant(
            "analytics_daily_sales_equal_base", "analytics_fact_daily_sales equals the GROUP BY (payment day, location, product) over paid, shipped and delivered orders, row for row",
            """
            SELECT count(*) FROM (
              SELECT to_char(t.occurred_at AT TIME ZONE 'UTC', 'YYYYMMDD')::int AS date_key, o.location_id, ci.product_id,
                     count(DISTINCT o.id) AS n, sum(ci.quantity) AS u, sum(ci.quantity * ci.unit_price) AS r
              FROM orders o
              JOIN transactions t ON t.reference = o.payment_reference AND t.type = 'debit' AND t.status = 'posted'
              JOIN cart_items ci ON ci.cart_id = o.cart_id
              WHERE o.status IN ('paid', 'shipped', 'delivered') GROUP BY 1, 2, 3) b
            FULL JOIN analytics_fact_daily_sales f
              ON f.date_key = b.date_key AND f.location_id = b.location_id AND f.product_id = b.product_id
            WHERE f.date_key IS NULL OR b.date_key IS NULL OR f.order_count <> b.n OR f.units <> b.u OR f.revenue <> b.r
            """),
        DataInvariant(
            "analytics_retail_dimensions_match", "dim_product and dim_location mirror products (department = the parent of its category) and locations",
            """
            SELECT (SELECT count(*) FROM products p FULL JOIN analytics_dim_product d ON d.product_id = p.id
                    LEFT JOIN categories c ON c.id = p.category_id LEFT JOIN categories dep ON dep.id = c.parent_id
                    WHERE p.id IS NULL OR d.product_id IS NULL OR d.sku <> p.sku OR d.name <> p.name
                       OR d.brand IS DISTINCT FROM p.brand OR d.department IS DISTINCT FROM dep.name)
                 + (SELECT count(*) FROM locations l FULL JOIN analytics_dim_location d ON d.location_id = l.id
                    WHERE l.id IS NULL OR d.location_id IS NULL OR d.name <> l.name OR d.kind <> l.kind::text
                       OR d.state IS DISTINCT FROM l.address->>'state' OR d.city IS DISTINCT FROM l.address->>'city')
            """),
    ]
}
