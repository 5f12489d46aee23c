/// Every check `fortress-seed verify` runs against a loaded database.
///
/// Each is a `DataInvariant`: a name and a SQL query that counts the rows
/// breaking a rule (0 means it holds). SQL text only, so the catalog works
/// with any client: the verify command, the tests, a CI job with psql.
/// Domain code adds its checks by listing them in `all(for:)`. Checks on
/// tables the target does not have are reported as skipped, not failed.
public enum InvariantCatalog {
    /// The checks for a dataset of `scenario` (some thresholds come from it).
    public static func all(for scenario: Scenario) -> [DataInvariant] {
        generic + FinanceInvariants.checks(for: scenario) + RetailInvariants.checks + EventInvariants.checks + FraudInvariants.checks
    }

    /// Rules of the schema that constraints cannot express: foreign keys that
    /// partitioning rules out, polymorphic references, uniqueness over
    /// expressions, orderings, sequences.
    public static let generic: [DataInvariant] = [
        DataInvariant(
            "receipts_transaction_exists", "receipts.transaction_id (no FK: transactions is partitioned) names an existing transaction",
            """
            SELECT count(*) FROM receipts r
            WHERE r.transaction_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = r.transaction_id)
            """),
        DataInvariant(
            "attachments_owner_exists", "attachments.owner_id names an existing receipt or order, per owner_type",
            """
            SELECT count(*) FROM attachments a
            WHERE NOT CASE a.owner_type
                WHEN 'receipt' THEN EXISTS (SELECT 1 FROM receipts r WHERE r.id = a.owner_id)
                ELSE EXISTS (SELECT 1 FROM orders o WHERE o.id = a.owner_id) END
            """),
        DataInvariant(
            "users_email_unique_per_tenant", "no two users of a tenant share an email, case-insensitively (lower(email))",
            """
            SELECT coalesce(sum(n - 1), 0) FROM (
              SELECT count(*) AS n FROM users WHERE email IS NOT NULL GROUP BY tenant_id, lower(email) HAVING count(*) > 1) d
            """),
        DataInvariant(
            "users_phone_unique_per_tenant", "no two users of a tenant share a phone",
            """
            SELECT coalesce(sum(n - 1), 0) FROM (
              SELECT count(*) AS n FROM users WHERE phone IS NOT NULL GROUP BY tenant_id, phone HAVING count(*) > 1) d
            """),
        DataInvariant(
            "accounts_tenant_matches_user", "a user's account belongs to the user's tenant",
            "SELECT count(*) FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.tenant_id <> a.tenant_id"),
        DataInvariant(
            "inventory_bounds", "inventory has 0 <= reserved <= quantity",
            "SELECT count(*) FROM inventory WHERE quantity < 0 OR reserved < 0 OR reserved > quantity"),
        DataInvariant(
            "outbox_ordering", "outbox ids follow created_at; sent_at is set exactly when sent, never before created_at",
            """
            SELECT (SELECT count(*) FROM (SELECT created_at, lag(created_at) OVER (ORDER BY id) AS prev FROM events_outbox) x
                    WHERE x.created_at < x.prev)
                 + (SELECT count(*) FROM events_outbox WHERE (status = 'sent') <> (sent_at IS NOT NULL) OR sent_at < created_at)
            """),
        DataInvariant(
            "outbox_sequence_ahead", "the events_outbox id sequence continues after the largest id (the next insert cannot collide)",
            """
            SELECT count(*) FROM events_outbox
            WHERE id > coalesce(pg_sequence_last_value(pg_get_serial_sequence('events_outbox', 'id')::regclass), 0)
            """),
    ]
}
