extension FortressSchema {
    /// Ground truth of the injected fraud (README, "Fraud patterns"): one row per fraudulent transaction.
    ///
    /// Not part of `tables` (the production schema): a dataset has it only when
    /// its scenario sets `fraud.labels: true`, and then `Dataset.tables` lists it
    /// and `Dataset.fraudLabelsDDL` creates it. No foreign key to `transactions`
    /// (partitioned: its key is `(id, occurred_at)`, README Decisions 3); the
    /// `fraud_labels_transaction_exists` check verifies the reference instead.
    public static let fraudLabels = Table(
        "fraud_labels", comment: "Ground truth of injected fraud: pattern, case and role of each fraudulent transaction.",
        columns: [
            Column("transaction_id", .uuid),
            Column("tenant_id", .uuid),
            Column("pattern", .text, check: "pattern IN (" + FraudPattern.allCases.map { "'" + $0.rawValue + "'" }.joined(separator: ", ") + ")"),
            Column("case_id", .uuid, comment: "One fraud case: every transaction of the case shares it."),
            Column("role", .text, check: "role IN (" + FraudRole.allCases.map { "'" + $0.rawValue + "'" }.joined(separator: ", ") + ")",
                   comment: "What the account's owner is in the case."),
            Column("case_start", .timestamptz),
            Column("case_end", .timestamptz),
        ],
        primaryKey: ["transaction_id"],
        foreignKeys: [ForeignKey(["tenant_id"], references: "tenants")],
        checks: [Check("ck_fraud_labels_window", "case_start <= case_end")],
        indexes: [
            Index("ix_fraud_labels_case", ["case_id"]),
            Index("ix_fraud_labels_pattern", ["pattern"]),
        ],
        writePolicy: .insertOnly(updatable: []))
}
