extension FortressSchema {
    public static let analyticsDimDate = Table(
        "analytics_dim_date", comment: "Date dimension, one row per calendar day of the scenario window.",
        columns: [
            Column("date_key", .integer, comment: "yyyymmdd"),
            Column("date", .date),
            Column("year", .smallint),
            Column("quarter", .smallint, check: "quarter BETWEEN 1 AND 4"),
            Column("month", .smallint, check: "month BETWEEN 1 AND 12"),
            Column("day", .smallint, check: "day BETWEEN 1 AND 31"),
            Column("iso_weekday", .smallint, check: "iso_weekday BETWEEN 1 AND 7"),
            Column("is_weekend", .boolean),
        ],
        primaryKey: ["date_key"],
        indexes: [Index("ux_analytics_dim_date_date", ["date"], unique: true)])

    public static let analyticsDimTenant = Table(
        "analytics_dim_tenant", comment: "Tenant dimension.",
        columns: [
            Column("tenant_id", .uuid),
            Column("name", .text),
            Column("plan", .text, null: true),
            Column("kind", .text),
        ],
        primaryKey: ["tenant_id"],
        foreignKeys: [ForeignKey(["tenant_id"], references: "tenants")])

    public static let analyticsDimCategory = Table(
        "analytics_dim_category", comment: "Category dimension with its path in the tree.",
        columns: [
            Column("category_id", .uuid),
            Column("tenant_id", .uuid, null: true),
            Column("name", .text),
            Column("path", .text),
            Column("depth", .smallint),
        ],
        primaryKey: ["category_id"],
        foreignKeys: [ForeignKey(["category_id"], references: "categories")])

    public static let analyticsDimProduct = Table(
        "analytics_dim_product", comment: "Product dimension.",
        columns: [
            Column("product_id", .uuid),
            Column("sku", .text),
            Column("name", .text),
            Column("brand", .text, null: true),
            Column("department", .text, null: true),
        ],
        primaryKey: ["product_id"],
        foreignKeys: [ForeignKey(["product_id"], references: "products")])

    public static let analyticsDimLocation = Table(
        "analytics_dim_location", comment: "Location dimension.",
        columns: [
            Column("location_id", .uuid),
            Column("name", .text),
            Column("kind", .text),
            Column("state", .char(2), null: true),
            Column("city", .text, null: true),
        ],
        primaryKey: ["location_id"],
        foreignKeys: [ForeignKey(["location_id"], references: "locations")])

    /// Grain: one row per (day, tenant, category, type, status, currency) with at least one transaction.
    public static let analyticsFactDailyTransactions = Table(
        "analytics_fact_daily_transactions",
        comment: "Grain: day (UTC) x tenant x category x type x status x currency.",
        columns: [
            Column("id", .bigserial, comment: "Surrogate key (the grain has a nullable category)."),
            Column("date_key", .integer),
            Column("tenant_id", .uuid),
            Column("category_id", .uuid, null: true),
            Column("type", .enumeration(transactionType)),
            Column("status", .enumeration(transactionStatus)),
            Column("currency", .char(3)),
            Column("tx_count", .bigint, check: "tx_count > 0"),
            Column("amount_sum", .numeric(precision: 20, scale: 6), check: "amount_sum >= 0"),
        ],
        foreignKeys: [
            ForeignKey(["date_key"], references: "analytics_dim_date", ["date_key"]),
            ForeignKey(["tenant_id"], references: "analytics_dim_tenant", ["tenant_id"]),
            ForeignKey(["category_id"], references: "analytics_dim_category", ["category_id"]),
        ],
        indexes: [
            Index(
                "ux_analytics_fact_daily_transactions_grain",
                ["date_key", "tenant_id", "category_id", "type", "status", "currency"], unique: true,
                nullsNotDistinct: true)
        ])

    /// Grain: one row per (day, location, product) with at least one sold unit.
    public static let analyticsFactDailySales = Table(
        "analytics_fact_daily_sales", comment: "Grain: day (UTC) x location x product, over paid/shipped/delivered orders.",
        columns: [
            Column("date_key", .integer),
            Column("location_id", .uuid),
            Column("product_id", .uuid),
            Column("order_count", .integer, check: "order_count > 0"),
            Column("units", .bigint, check: "units > 0"),
            Column("revenue", .numeric(precision: 14, scale: 2), check: "revenue >= 0"),
        ],
        primaryKey: ["date_key", "location_id", "product_id"],
        foreignKeys: [
            ForeignKey(["date_key"], references: "analytics_dim_date", ["date_key"]),
            ForeignKey(["location_id"], references: "analytics_dim_location", ["location_id"]),
            ForeignKey(["product_id"], references: "analytics_dim_product", ["product_id"]),
        ])
}
