/// The event side's invariants (issue 6): outbox, audit trail, attachments, analytics.
///
/// Each counts violating rows, like `FinanceInvariants`; the PostgreSQL tests
/// require 0 on several seeds and `fortress-seed verify` can run them on any load.
public enum EventInvariants {
    /// Every check of the event side.
    public static var checks: [DataInvariant] { outbox + audit + attachments + analytics + retail }

    /// The final event of a transaction in each status.
    static let finalEventType = """
        CASE t.status WHEN 'pending' THEN 'TransactionAuthorized' WHEN 'posted' THEN 'TransactionPosted'
                      WHEN 'failed' THEN 'TransactionFailed' ELSE 'TransactionReversed' END
        """

    public static let outbox: [DataInvariant] = [
        DataInvariant(
            "outbox_event_id_unique", "payload.event_id is unique (consumers deduplicate on it)",
            "SELECT count(*) - count(DISTINCT payload->>'event_id') FROM events_outbox"),
        DataInvariant(
            "outbox_envelope_matches_columns", "the payload's event_type, aggregate, aggregate_id and tenant_id equal the row's columns",
            """
            SELECT count(*) FROM events_outbox
            WHERE payload->>'event_type' IS DISTINCT FROM event_type OR payload->>'aggregate' IS DISTINCT FROM aggregate
               OR (payload->>'aggregate_id')::uuid IS DISTINCT FROM aggregate_id OR (payload->>'tenant_id')::uuid IS DISTINCT FROM tenant_id
               OR NOT payload ?& ARRAY['event_id', 'occurred_at', 'version', 'data']
            """),
        DataInvariant(
            "outbox_versions_gapless", "versions are 1, 2, 3 ... per aggregate in id (= time) order",
            """
            SELECT count(*) FROM (
              SELECT (payload->>'version')::int AS v, row_number() OVER (PARTITION BY aggregate, aggregate_id ORDER BY id) AS n
              FROM events_outbox) x
            WHERE v <> n
            """),
        DataInvariant(
            "outbox_ids_time_ordered", "ids increase with created_at: no event has a larger id and an earlier created_at than another",
            """
            SELECT count(*) FROM (SELECT created_at, lag(created_at) OVER (ORDER BY id) AS previous FROM events_outbox) x
            WHERE created_at < previous
            """),
        DataInvariant(
            "outbox_sequence_past_ids", "events_outbox's id sequence continues past the largest id",
            """
            SELECT count(*) FROM events_outbox_id_seq s
            WHERE CASE WHEN s.is_called THEN s.last_value ELSE s.last_value - 1 END < (SELECT coalesce(max(id), 0) FROM events_outbox)
            """),
        DataInvariant(
            "outbox_created_at_follows_mutation", "created_at is at or within a second after the payload's occurred_at; sent_at not before created_at",
            """
            SELECT count(*) FROM events_outbox
            WHERE created_at < (payload->>'occurred_at')::timestamptz
               OR created_at > (payload->>'occurred_at')::timestamptz + interval '1 second'
               OR sent_at < created_at
            """),
        DataInvariant(
            "outbox_delivery_state", "sent events have attempts >= 1 and sent_at; failed ones attempts > 0; pending ones no sent_at",
            """
            SELECT count(*) FROM events_outbox
            WHERE (status = 'sent' AND (attempts < 1 OR sent_at IS NULL)) OR (status = 'failed' AND attempts < 1)
               OR (status = 'pending' AND sent_at IS NOT NULL)
            """),
        DataInvariant(
            "outbox_user_events_match", "user events name an existing user of the tenant at its created_at (UserRegistered) or an anonymized one (UserAnonymized)",
            """
            SELECT count(*) FROM events_outbox e LEFT JOIN users u ON u.id = e.aggregate_id AND u.tenant_id = e.tenant_id
            WHERE e.aggregate = 'user' AND (u.id IS NULL
               OR (e.event_type = 'UserRegistered' AND ((e.payload->>'occurred_at')::timestamptz <> u.created_at
                   OR (u.profile->>'anonymized' IS NULL AND (e.payload->'data'->>'has_email')::boolean <> (u.email IS NOT NULL))))
               OR (e.event_type = 'UserAnonymized' AND u.profile->>'anonymized' IS DISTINCT FROM 'true')
               OR e.event_type NOT IN ('UserRegistered', 'UserAnonymized'))
            """),
        DataInvariant(
            "outbox_account_events_match", "AccountOpened names an existing account with the same owner, type, currency and created_at",
            """
            SELECT count(*) FROM events_outbox e LEFT JOIN accounts a ON a.id = e.aggregate_id AND a.tenant_id = e.tenant_id
            WHERE e.aggregate = 'account' AND (a.id IS NULL OR e.event_type <> 'AccountOpened'
               OR (e.payload->>'occurred_at')::timestamptz <> a.created_at
               OR e.payload->'data'->>'type' <> a.type::text OR e.payload->'data'->>'currency' <> a.currency
               OR (e.payload->'data'->>'user_id')::uuid IS DISTINCT FROM a.user_id)
            """),
        DataInvariant(
            "outbox_transaction_events_match", "transaction events name an existing row: authorization at occurred_at, the final status at updated_at, same amount and account",
            """
            SELECT count(*) FROM events_outbox e LEFT JOIN transactions t ON t.id = e.aggregate_id AND t.tenant_id = e.tenant_id
            WHERE e.aggregate = 'transaction' AND (t.id IS NULL
               OR (e.payload->'data'->>'amount')::numeric <> t.amount OR (e.payload->'data'->>'account_id')::uuid <> t.account_id
               OR e.payload->'data'->>'type' <> t.type::text
               OR CASE WHEN e.event_type = 'TransactionAuthorized' THEN (e.payload->>'occurred_at')::timestamptz <> t.occurred_at
                       ELSE (e.payload->>'occurred_at')::timestamptz <> t.updated_at OR e.event_type <> \(finalEventType) END)
            """),
        DataInvariant(
            "outbox_transfer_events_match", "TransferCompleted names a posted transfer leg and its posted credit leg (same reference and amount) at the later leg's updated_at",
            """
            SELECT count(*) FROM events_outbox e
            LEFT JOIN transactions d ON d.id = e.aggregate_id AND d.tenant_id = e.tenant_id
            LEFT JOIN transactions c ON c.id = (e.payload->'data'->>'credit_transaction_id')::uuid
            WHERE e.aggregate = 'transfer' AND (d.id IS NULL OR c.id IS NULL OR d.type <> 'transfer' OR c.type <> 'credit'
               OR d.status <> 'posted' OR c.status <> 'posted' OR d.reference <> c.reference OR d.amount <> c.amount
               OR c.account_id <> d.counterparty_account_id
               OR (e.payload->>'occurred_at')::timestamptz <> greatest(d.updated_at, c.updated_at))
            """),
        DataInvariant(
            "outbox_complete", "every user, account, transaction (in its current status) and transfer between accounts has its event",
            """
            SELECT (SELECT count(*) FROM users u WHERE NOT EXISTS (
                      SELECT 1 FROM events_outbox e WHERE e.aggregate = 'user' AND e.aggregate_id = u.id AND e.event_type = 'UserRegistered'))
                 + (SELECT count(*) FROM users u WHERE u.profile->>'anonymized' = 'true' AND NOT EXISTS (
                      SELECT 1 FROM events_outbox e WHERE e.aggregate = 'user' AND e.aggregate_id = u.id AND e.event_type = 'UserAnonymized'))
                 + (SELECT count(*) FROM accounts a WHERE NOT EXISTS (
                      SELECT 1 FROM events_outbox e WHERE e.aggregate = 'account' AND e.aggregate_id = a.id))
                 + (SELECT count(*) FROM transactions t WHERE NOT EXISTS (
                      SELECT 1 FROM events_outbox e WHERE e.aggregate = 'transaction' AND e.aggregate_id = t.id AND e.event_type = \(finalEventType)))
                 + (SELECT count(*) FROM transactions t WHERE t.type = 'transfer' AND t.status = 'posted' AND t.counterparty_account_id IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM events_outbox e WHERE e.aggregate = 'transfer' AND e.aggregate_id = t.id))
            """),
    ]
}
