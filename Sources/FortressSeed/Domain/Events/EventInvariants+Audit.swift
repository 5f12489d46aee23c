extension EventInvariants {
    /// The latest `after` value of `field` in each user's trail equals the `users` row.
    private static func latestAfterMatches(_ field: String, _ column: String) -> String {
        """
        SELECT count(*) FROM users u
        LEFT JOIN LATERAL (SELECT a.diff->'after' AS after FROM audit_logs a
                           WHERE a.entity = 'user' AND a.entity_id = u.id AND a.diff->'after' ? '\(field)'
                           ORDER BY a.created_at DESC LIMIT 1) l ON true
        WHERE l.after IS NULL OR l.after->>'\(field)' IS DISTINCT FROM \(column)
        """
    }

    public static let audit: [DataInvariant] = [
        DataInvariant("audit_email_matches_user", "the latest audited email of each user (sign-up or change) is users.email", latestAfterMatches("email", "u.email")),
        DataInvariant("audit_phone_matches_user", "the latest audited phone of each user is users.phone", latestAfterMatches("phone", "u.phone")),
        DataInvariant("audit_is_active_matches_user", "the latest audited is_active of each user is users.is_active", latestAfterMatches("is_active", "u.is_active::text")),
        DataInvariant(
            "audit_changes_chain", "each email/phone change starts from the value the previous entry left",
            """
            SELECT count(*) FROM (
              SELECT a.action, a.diff, lag(a.diff->'after') OVER (PARTITION BY a.entity_id, f.field ORDER BY a.created_at) AS previous, f.field
              FROM audit_logs a CROSS JOIN (VALUES ('email'), ('phone')) f(field)
              WHERE a.entity = 'user' AND a.diff->'after' ? f.field) x
            WHERE x.action IN ('email_change', 'phone_change') AND x.diff->'before'->x.field IS DISTINCT FROM x.previous->x.field
            """),
        DataInvariant(
            "audit_times_match_rows", "creations at the row's created_at; changes and logins between sign-up and last login; actors are the user or NULL (system)",
            """
            SELECT (SELECT count(*) FROM audit_logs a JOIN users u ON u.id = a.entity_id
                    WHERE a.entity = 'user' AND (a.tenant_id <> u.tenant_id OR (a.action = 'create' AND a.created_at <> u.created_at)
                       OR (a.action IN ('email_change', 'phone_change', 'password_change', 'login_new_device')
                           AND (a.created_at < u.created_at OR a.created_at > u.last_login_at))
                       OR (a.action IN ('deactivate', 'anonymize')) <> (a.user_id IS NULL)
                       OR (a.user_id IS NOT NULL AND a.user_id <> u.id)))
                 + (SELECT count(*) FROM audit_logs a LEFT JOIN accounts c ON c.id = a.entity_id
                    WHERE a.entity = 'account' AND (c.id IS NULL OR a.created_at <> c.created_at OR a.user_id IS DISTINCT FROM c.user_id))
                 + (SELECT count(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM audit_logs a WHERE a.entity = 'user' AND a.entity_id = u.id AND a.action = 'create'))
                 + (SELECT count(*) FROM accounts c WHERE NOT EXISTS (SELECT 1 FROM audit_logs a WHERE a.entity = 'account' AND a.entity_id = c.id))
            """),
        DataInvariant(
            "audit_anonymization_consistent", "anonymized users have one anonymize entry, at the time of their UserAnonymized event, after deactivation; others none",
            """
            SELECT count(*) FROM users u
            LEFT JOIN audit_logs a ON a.entity = 'user' AND a.entity_id = u.id AND a.action = 'anonymize'
            LEFT JOIN events_outbox e ON e.aggregate = 'user' AND e.aggregate_id = u.id AND e.event_type = 'UserAnonymized'
            WHERE (u.profile->>'anonymized' = 'true') <> (a.id IS NOT NULL)
               OR (a.id IS NOT NULL AND (e.id IS NULL OR (e.payload->>'occurred_at')::timestamptz <> a.created_at OR a.created_at <= u.last_login_at))
            """),
        DataInvariant(
            "audit_no_personal_data_of_erased", "no audit entry of an anonymized user holds an email, phone or password hash",
            """
            SELECT count(*) FROM audit_logs a JOIN users u ON u.id = a.entity_id
            WHERE a.entity = 'user' AND u.profile->>'anonymized' = 'true' AND a.diff::text ~ '(@|\\+55|\\$2[aby]\\$)'
            """),
    ]

    public static let attachments: [DataInvariant] = [
        DataInvariant(
            "attachments_match_receipts", "every receipt has one attachment with its image key, tenant and created_at, and a SHA-256 in hex",
            """
            SELECT (SELECT count(*) FROM receipts r WHERE (SELECT count(*) FROM attachments a WHERE a.owner_type = 'receipt' AND a.owner_id = r.id) <> 1)
                 + (SELECT count(*) FROM attachments a JOIN receipts r ON r.id = a.owner_id
                    WHERE a.owner_type = 'receipt' AND (a.s3_key <> r.image_s3_key OR a.tenant_id <> r.tenant_id OR a.created_at <> r.created_at
                       OR a.sha256 !~ '^[0-9a-f]{64}$' OR a.content_type <> 'image/jpeg' OR a.byte_size <= 0))
            """)
    ]

    public static let analytics: [DataInvariant] = [
        DataInvariant(
            "analytics_daily_transactions_equal_base", "analytics_fact_daily_transactions equals the GROUP BY over transactions, row for row",
            """
            SELECT count(*) FROM (
              SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYYMMDD')::int AS date_key, tenant_id,
                     coalesce(category_id, '00000000-0000-0000-0000-000000000000') AS category, type, status, currency,
                     count(*) AS n, sum(amount) AS s
              FROM transactions GROUP BY 1, 2, 3, 4, 5, 6) b
            FULL JOIN (SELECT f.*, coalesce(f.category_id, '00000000-0000-0000-0000-000000000000') AS category
                       FROM analytics_fact_daily_transactions f) f
              ON f.date_key = b.date_key AND f.tenant_id = b.tenant_id AND f.category = b.category
             AND f.type = b.type AND f.status = b.status AND f.currency = b.currency
            WHERE f.id IS NULL OR b.date_key IS NULL OR f.tx_count <> b.n OR f.amount_sum <> b.s
            """),
        DataInvariant(
            "analytics_dimensions_match", "dim_tenant and dim_category mirror tenants and categories; dim_date covers every transaction day",
            """
            SELECT (SELECT count(*) FROM tenants t FULL JOIN analytics_dim_tenant d ON d.tenant_id = t.id
                    WHERE t.id IS NULL OR d.tenant_id IS NULL OR d.name <> t.name OR d.plan IS DISTINCT FROM t.plan OR d.kind <> t.config->>'kind')
                 + (SELECT count(*) FROM categories c FULL JOIN analytics_dim_category d ON d.category_id = c.id
                    LEFT JOIN categories p ON p.id = c.parent_id
                    WHERE c.id IS NULL OR d.category_id IS NULL OR d.name <> c.name OR d.tenant_id IS DISTINCT FROM c.tenant_id
                       OR d.path <> coalesce(p.name || ' › ', '') || c.name OR d.depth <> CASE WHEN p.id IS NULL THEN 1 ELSE 2 END)
                 + (SELECT count(DISTINCT (occurred_at AT TIME ZONE 'UTC')::date) FROM transactions t
                    WHERE NOT EXISTS (SELECT 1 FROM analytics_dim_date d WHERE d.date = (t.occurred_at AT TIME ZONE 'UTC')::date))
                 + (SELECT count(*) FROM analytics_dim_date
                    WHERE date_key <> to_char(date, 'YYYYMMDD')::int OR iso_weekday <> extract(isodow FROM date) OR is_weekend <> (iso_weekday >= 6))
            """),
    ]
}
