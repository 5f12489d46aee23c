/// The Fortress database schema (spec §3, §4, §6, §9, §11), modelled once.
///
/// `tables` is in foreign-key order: every table comes after the tables it
/// references, so loading, truncating (reversed) and file output can walk it
/// as is. Where the spec is silent or contradicts itself the choice is made
/// here and recorded in README.md under "Decisions".
public enum FortressSchema {
    /// Every enum type, in creation order.
    public static let enums: [EnumType] = [
        accountType, transactionType, transactionStatus, orderStatus, outboxStatus, locationKind, attachmentOwner,
    ]

    /// Every table, parents before children.
    public static let tables: [Table] =
        [tenants, users, accounts, categories, merchants, receipts, transactions]
        + [products, locations, inventory, carts, cartItems, orders]
        + [auditLogs, eventsOutbox, attachments]
        + [analyticsDimDate, analyticsDimTenant, analyticsDimCategory, analyticsDimProduct, analyticsDimLocation]
        + [analyticsFactDailyTransactions, analyticsFactDailySales]

    /// The table called `name`, if the schema has it.
    public static func table(named name: String) -> Table? {
        tables.first { $0.name == name }
    }

    // MARK: Enums

    public static let accountType = EnumType("account_type", ["wallet", "bank", "credit", "savings"])
    /// Only `credit` adds to a balance (spec §14's query); see README "Decisions".
    public static let transactionType = EnumType("tx_type", ["debit", "credit", "transfer", "fee"])
    public static let transactionStatus = EnumType("tx_status", ["pending", "posted", "failed", "reversed"])
    public static let orderStatus = EnumType("order_status", ["created", "paid", "shipped", "delivered", "cancelled"])
    public static let outboxStatus = EnumType("outbox_status", ["pending", "sent", "failed"])
    public static let locationKind = EnumType("location_kind", ["store", "warehouse", "dark_store"])
    public static let attachmentOwner = EnumType("attachment_owner", ["receipt", "order"])
}
