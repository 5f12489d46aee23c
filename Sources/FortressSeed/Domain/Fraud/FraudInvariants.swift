/// The ground truth's own rules, as SQL over `fraud_labels` and the production tables.
///
/// `fraud_labels` exists only when a scenario asks for labels: on a database
/// without it every check here is reported as skipped by `verify`, not failed.
/// Checks that the finance invariants already make (balances, legs, statuses)
/// hold for fraudulent rows too, since they run over every row.
enum FraudInvariants {
    static let checks: [DataInvariant] = [
        DataInvariant(
            "fraud_labels_transaction_exists", "every label names an existing transaction of the label's tenant",
            """
            SELECT count(*) FROM fraud_labels l
            WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = l.transaction_id AND t.tenant_id = l.tenant_id)
            """),
        DataInvariant(
            "fraud_labels_in_case_window", "every labelled transaction occurred inside its case's window",
            """
            SELECT count(*) FROM fraud_labels l JOIN transactions t ON t.id = l.transaction_id
            WHERE t.occurred_at < l.case_start OR t.occurred_at > l.case_end
            """),
        DataInvariant(
            "fraud_cases_consistent", "all labels of a case share its tenant, pattern and window",
            """
            SELECT count(*) FROM (
              SELECT case_id FROM fraud_labels GROUP BY case_id
              HAVING count(DISTINCT (tenant_id, pattern, case_start, case_end)) > 1) c
            """),
        DataInvariant(
            "fraud_takeover_audited",
            "each account takeover's victim has, within 30 minutes before the drain, a login_new_device from a city other than their own followed by a password_change",
            """
            WITH victims AS (
              SELECT l.case_id, a.user_id, min(t.occurred_at) AS drained_at
              FROM fraud_labels l
              JOIN transactions t ON t.id = l.transaction_id
              JOIN accounts a ON a.id = t.account_id
              WHERE l.pattern = 'account_takeover' AND l.role = 'victim'
              GROUP BY l.case_id, a.user_id)
            SELECT count(*) FROM victims v JOIN users u ON u.id = v.user_id
            WHERE NOT EXISTS (
              SELECT 1 FROM audit_logs login
              WHERE login.entity = 'user' AND login.entity_id = v.user_id AND login.action = 'login_new_device'
                AND login.created_at BETWEEN v.drained_at - interval '30 minutes' AND v.drained_at
                AND login.diff->'after'->>'city' IS DISTINCT FROM u.profile->'address'->>'city'
                AND EXISTS (
                  SELECT 1 FROM audit_logs pw
                  WHERE pw.entity = 'user' AND pw.entity_id = v.user_id AND pw.action = 'password_change'
                    AND pw.created_at > login.created_at AND pw.created_at < v.drained_at))
            """),
    ]
}
