extension GeneratedTable {
    /// The tables every dataset fills, in foreign-key order: every case but the optional `fraudLabels`.
    ///
    /// Written out because `fraud_labels` exists only when a scenario asks for
    /// labels (`Dataset.tables` adds it then): code and tests that walk
    /// `allCases` keep meaning "the production tables". A new case must be
    /// added here too; `GeneratedTableTests` fails when one is missing.
    public static var allCases: [GeneratedTable] {
        [
            .tenants, .users, .accounts, .categories, .merchants, .receipts, .transactions,
            .products, .locations, .inventory, .carts, .cartItems, .orders,
            .auditLogs, .eventsOutbox, .attachments,
            .analyticsDimDate, .analyticsDimTenant, .analyticsDimCategory, .analyticsDimProduct, .analyticsDimLocation,
            .analyticsFactDailyTransactions, .analyticsFactDailySales,
        ]
    }
}

extension Dataset {
    /// DDL for the optional tables this dataset fills (`fraud_labels` when labels are on), else "".
    ///
    /// `DDLWriter` writes the production schema (`FortressSchema.tables`); callers
    /// that create the schema for a dataset append this, e.g.
    /// `DDLWriter(partitions: p).script(version: v) + dataset.optionalTablesDDL()`.
    public func optionalTablesDDL() -> String {
        guard scenario.fraud.labels else { return "" }
        let w = DDLWriter(partitions: partitions, includeSecurity: false)
        let t = FortressSchema.fraudLabels
        var s = "\n" + w.createTable(t)
        for i in t.indexes { s += w.createIndex(i, on: t) }
        s += "COMMENT ON TABLE \(t.name) IS \(DDLWriter.literal(t.comment));\n"
        for c in t.columns {
            if let text = c.comment { s += "COMMENT ON COLUMN \(t.name).\(c.name) IS \(DDLWriter.literal(text));\n" }
        }
        return s
    }
}
