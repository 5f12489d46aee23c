extension FortressSchema {
    public static let tenants = Table(
        "tenants", comment: "Multi-tenant container: a business (many users) or an individual (one customer).",
        columns: [
            .uuidID,
            Column("name", .text),
            Column("plan", .text, null: true),
            Column("config", .jsonb, null: true),
            .createdAt,
        ])

    public static let users = Table(
        "users", comment: "Identity, profile and authentication; emails and phones unique per tenant.",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid),
            Column("email", .text, null: true),
            Column("phone", .text, null: true),
            Column("password_hash", .text, null: true),
            Column("profile", .jsonb, null: true),
            Column("is_active", .boolean, default: "true"),
            .createdAt,
            Column("last_login_at", .timestamptz, null: true),
        ],
        foreignKeys: [ForeignKey(["tenant_id"], references: "tenants", onDelete: .cascade)],
        indexes: [
            Index("ux_users_tenant_email", ["tenant_id", "lower(email)"], unique: true, where: "email IS NOT NULL"),
            Index("ux_users_tenant_phone", ["tenant_id", "phone"], unique: true, where: "phone IS NOT NULL"),
        ])

    public static let accounts = Table(
        "accounts", comment: "Financial accounts; user_id NULL for corporate accounts; balance kept by the ledger.",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid),
            Column("user_id", .uuid, null: true),
            Column("type", .enumeration(accountType)),
            Column("currency", .char(3)),
            Column("balance", .numeric(precision: 20, scale: 6), default: "0"),
            Column("metadata", .jsonb, null: true),
            .createdAt,
            .updatedAt,
        ],
        foreignKeys: [
            ForeignKey(["tenant_id"], references: "tenants"),
            ForeignKey(["user_id"], references: "users"),
        ],
        indexes: [
            Index("ix_accounts_tenant_type", ["tenant_id", "type"]),
            Index("ix_accounts_user", ["user_id"]),
        ])

    public static let categories = Table(
        "categories", comment: "Spending categories per tenant (tenant_id NULL: the global catalog taxonomy).",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid, null: true),
            Column("name", .text),
            Column("parent_id", .uuid, null: true),
            Column("rules", .jsonb, null: true),
            .createdAt,
        ],
        foreignKeys: [
            ForeignKey(["tenant_id"], references: "tenants", onDelete: .cascade),
            ForeignKey(["parent_id"], references: "categories"),
        ],
        checks: [Check("ck_categories_not_own_parent", "parent_id IS NULL OR parent_id <> id")],
        indexes: [Index("ix_categories_tenant_parent", ["tenant_id", "parent_id"])])

    public static let merchants = Table(
        "merchants", comment: "Global merchant catalog; merchant_code is the ISO 18245 MCC.",
        columns: [
            .uuidID,
            Column("name", .text),
            Column("merchant_code", .text, null: true),
            Column("category", .text, null: true),
            Column("metadata", .jsonb, null: true),
            .createdAt,
        ],
        indexes: [Index("ix_merchants_merchant_code", ["merchant_code"])])

    public static let receipts = Table(
        "receipts",
        comment: "Receipts with OCR data; transaction_id has no FK (transactions' key includes occurred_at).",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid),
            Column("user_id", .uuid, null: true),
            Column("transaction_id", .uuid, null: true),
            Column("amount", .numeric(precision: 20, scale: 6), check: "amount >= 0"),
            Column("currency", .char(3)),
            Column("ocr_data", .jsonb, null: true),
            Column("image_s3_key", .text, null: true),
            .createdAt,
        ],
        foreignKeys: [
            ForeignKey(["tenant_id"], references: "tenants"),
            ForeignKey(["user_id"], references: "users"),
        ],
        indexes: [
            Index("ix_receipts_transaction", ["transaction_id"]),
            Index("ix_receipts_tenant_user", ["tenant_id", "user_id"]),
        ])

    public static let transactions = Table(
        "transactions", comment: "Insert-only ledger, range-partitioned by month on occurred_at.",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid),
            Column("account_id", .uuid),
            Column("counterparty_account_id", .uuid, null: true),
            Column("type", .enumeration(transactionType)),
            Column("amount", .numeric(precision: 20, scale: 6), check: "amount >= 0"),
            Column("currency", .char(3)),
            Column("status", .enumeration(transactionStatus), default: "'pending'"),
            Column("occurred_at", .timestamptz, default: "now()"),
            Column("reference", .text, null: true),
            Column("description", .text, null: true),
            Column("category_id", .uuid, null: true),
            Column("receipt_id", .uuid, null: true),
            Column("metadata", .jsonb, null: true),
            .createdAt,
            .updatedAt,
        ],
        primaryKey: ["id", "occurred_at"],
        foreignKeys: [
            ForeignKey(["tenant_id"], references: "tenants"),
            ForeignKey(["account_id"], references: "accounts"),
            ForeignKey(["counterparty_account_id"], references: "accounts"),
            ForeignKey(["category_id"], references: "categories"),
            ForeignKey(["receipt_id"], references: "receipts"),
        ],
        indexes: [
            Index("ix_transactions_account_occurred", ["account_id", "occurred_at DESC"]),
            Index("ix_transactions_tenant_occurred", ["tenant_id", "occurred_at DESC"]),
            Index("ix_transactions_reference", ["reference"]),
        ],
        partitioning: .monthlyRange(column: "occurred_at"),
        writePolicy: .insertOnly(updatable: ["status", "updated_at"]))
}
