/// The finance side's invariants (issue: balances, legs, limits, churn, documents).
public enum FinanceInvariants {
    /// A posted row's signed amount under spec §14: only `credit` adds.
    static let signed = "CASE WHEN t.type = 'credit' THEN t.amount ELSE -t.amount END"

    /// Every finance invariant; scenario values (the PIX night limit) come from `scenario`.
    public static func checks(for scenario: Scenario) -> [DataInvariant] {
        let nightLimit = String(scenario.ledger.pixNightLimitCents / 100) + "." + LedgerText.two(Int(scenario.ledger.pixNightLimitCents % 100))
        return [
        DataInvariant(
            "balances_reconcile", "accounts.balance equals posted credits minus posted debits, transfers and fees (spec §14)",
            """
            SELECT count(*) FROM accounts a
            LEFT JOIN (SELECT t.account_id, sum(\(signed)) AS delta FROM transactions t WHERE t.status = 'posted' GROUP BY t.account_id) x
              ON x.account_id = a.id
            WHERE a.balance <> coalesce(x.delta, 0)
            """),
        DataInvariant(
            "transfer_legs_pair", "every posted row with a counterparty has the mirror leg: same reference and amount, accounts swapped, opposite direction",
            """
            SELECT count(*) FROM transactions t
            WHERE t.counterparty_account_id IS NOT NULL AND t.status = 'posted'
              AND (SELECT count(*) FROM transactions o
                   WHERE o.reference = t.reference AND o.account_id = t.counterparty_account_id
                     AND o.counterparty_account_id = t.account_id AND o.amount = t.amount AND o.status = 'posted'
                     AND (o.type = 'credit') <> (t.type = 'credit')) <> 1
            """),
        DataInvariant(
            "no_negative_balance_history", "wallet, bank and savings balances never go below zero when the ledger is replayed in time order",
            """
            SELECT count(*) FROM (
              SELECT sum(\(signed)) OVER (PARTITION BY t.account_id ORDER BY t.occurred_at) AS running
              FROM transactions t JOIN accounts a ON a.id = t.account_id
              WHERE t.status = 'posted' AND a.type IN ('wallet', 'bank', 'savings')) x
            WHERE running < 0
            """),
        DataInvariant(
            "credit_within_limit", "credit accounts never owe more than metadata.credit_limit at any instant",
            """
            SELECT count(*) FROM (
              SELECT sum(\(signed)) OVER (PARTITION BY t.account_id ORDER BY t.occurred_at) AS running,
                     (a.metadata->>'credit_limit')::numeric AS credit_limit
              FROM transactions t JOIN accounts a ON a.id = t.account_id
              WHERE t.status = 'posted' AND a.type = 'credit') x
            WHERE running < -credit_limit
            """),
        DataInvariant(
            "no_activity_after_churn", "inactive (churned) users have no transactions and no accounts after their last login",
            """
            SELECT (SELECT count(*) FROM transactions t JOIN accounts a ON a.id = t.account_id JOIN users u ON u.id = a.user_id
                    WHERE NOT u.is_active AND t.occurred_at > u.last_login_at)
                 + (SELECT count(*) FROM accounts a JOIN users u ON u.id = a.user_id
                    WHERE NOT u.is_active AND a.created_at > u.last_login_at)
            """),
        DataInvariant(
            "emails_on_reserved_domains", "every email is on an RFC 2606 reserved domain",
            """
            SELECT count(*) FROM users
            WHERE email IS NOT NULL AND lower(email) !~ '@(example\\.(com|org|net)|([a-z0-9-]+\\.)*(example|test))$'
            """),
        DataInvariant(
            "cpf_check_digits", "every profile CPF has valid check digits and is not a repeated digit",
            """
            SELECT count(*) FROM (SELECT regexp_replace(profile->>'cpf', '[^0-9]', '', 'g') AS d FROM users WHERE profile ? 'cpf') c
            WHERE length(d) <> 11 OR d ~ '^(.)\\1*$'
               OR (SELECT sum(substr(d, i, 1)::int * (11 - i)) FROM generate_series(1, 9) i) * 10 % 11 % 10 <> substr(d, 10, 1)::int
               OR (SELECT sum(substr(d, i, 1)::int * (12 - i)) FROM generate_series(1, 10) i) * 10 % 11 % 10 <> substr(d, 11, 1)::int
            """),
        DataInvariant(
            "cnpj_check_digits", "every merchant CNPJ (numeric or alphanumeric) has valid check digits",
            """
            SELECT count(*) FROM (SELECT upper(regexp_replace(metadata->>'cnpj', '[^0-9A-Za-z]', '', 'g')) AS d FROM merchants) c
            WHERE length(d) <> 14
               OR (SELECT CASE WHEN s % 11 < 2 THEN 0 ELSE 11 - s % 11 END FROM
                     (SELECT sum((ascii(substr(d, i, 1)) - 48) * (ARRAY[5,4,3,2,9,8,7,6,5,4,3,2])[i]) AS s FROM generate_series(1, 12) i) w)
                  <> ascii(substr(d, 13, 1)) - 48
               OR (SELECT CASE WHEN s % 11 < 2 THEN 0 ELSE 11 - s % 11 END FROM
                     (SELECT sum((ascii(substr(d, i, 1)) - 48) * (ARRAY[6,5,4,3,2,9,8,7,6,5,4,3,2])[i]) AS s FROM generate_series(1, 13) i) w)
                  <> ascii(substr(d, 14, 1)) - 48
            """),
        DataInvariant(
            "receipts_match_transactions", "each receipt's transaction exists, points back, and has the same amount, currency and tenant",
            """
            SELECT count(*) FROM receipts r
            LEFT JOIN transactions t ON t.id = r.transaction_id
            WHERE t.id IS NULL OR t.receipt_id IS DISTINCT FROM r.id OR t.amount <> r.amount
               OR t.currency <> r.currency OR t.tenant_id <> r.tenant_id
            """),
        DataInvariant(
            "receipt_items_sum", "each receipt's OCR line items add up to its amount",
            """
            SELECT count(*) FROM receipts r
            WHERE (SELECT sum((i->>'total')::numeric) FROM jsonb_array_elements(r.ocr_data->'items') i) <> r.amount
            """),
        DataInvariant(
            "categories_match_rules", "a transaction's category belongs to its tenant, and a merchant payment's MCC is in that category's rules",
            """
            SELECT count(*) FROM transactions t JOIN categories c ON c.id = t.category_id
            WHERE c.tenant_id <> t.tenant_id
               OR (t.type <> 'credit' AND t.metadata ? 'mcc' AND NOT (c.rules->'match'->'mcc') ? (t.metadata->>'mcc'))
            """),
        DataInvariant(
            "references_per_business_transaction", "a reference is used once, except by the two legs of a transfer or the instalments of one purchase",
            """
            SELECT count(*) FROM (
              SELECT count(*) AS n, count(*) FILTER (WHERE counterparty_account_id IS NOT NULL) AS legs,
                     count(*) FILTER (WHERE metadata ? 'installment') AS parcels
              FROM transactions GROUP BY reference) x
            WHERE n > 1 AND NOT (n = 2 AND legs = 2) AND parcels <> n
            """),
        DataInvariant(
            "pix_night_limit", "individuals' PIX transfers between 20h and 6h (Brasília) are within the night limit (default R$ 1.000)",
            """
            SELECT count(*) FROM transactions t JOIN accounts a ON a.id = t.account_id
            WHERE a.user_id IS NOT NULL AND t.type = 'transfer' AND t.metadata->>'channel' = 'pix'
              AND extract(hour FROM t.occurred_at AT TIME ZONE 'America/Sao_Paulo') NOT BETWEEN 6 AND 19
              AND t.amount > \(nightLimit)
            """),
        DataInvariant(
            "transactions_after_account_opened", "no transaction happens before its account was opened or its tenant existed",
            """
            SELECT count(*) FROM transactions t JOIN accounts a ON a.id = t.account_id JOIN tenants n ON n.id = t.tenant_id
            WHERE t.occurred_at < a.created_at OR a.created_at < n.created_at OR t.tenant_id <> a.tenant_id
            """),
        ]
    }
}
