/// Rows of `analytics_dim_date`: every UTC day of the scenario's history window.
///
/// From the first day of the first history month to the day before "now"
/// (the days `transactions.occurred_at` can fall on); `date_key` is yyyymmdd.
struct AnalyticsDateGenerator {
    let scenario: Scenario

    /// The UTC days covered, as days since 1970.
    var days: ClosedRange<Int64> {
        let day = CivilCalendar.microsPerDay
        return scenario.historyStartMicros.floorDiv(day)...(scenario.nowMicros - 1).floorDiv(day)
    }

    /// `yyyymmdd` of a day.
    static func dateKey(days: Int64) -> Int64 {
        let (y, m, d) = CivilCalendar.civil(days: days)
        return y * 10_000 + Int64(m * 100 + d)
    }

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        for day in days {
            let (y, m, d) = CivilCalendar.civil(days: day)
            let weekday = CivilCalendar.weekday(days: day)
            out.writer.int(Self.dateKey(days: day))
            out.writer.date(days: day)
            out.writer.int(y)
            out.writer.int(Int64((m - 1) / 3 + 1))
            out.writer.int(Int64(m))
            out.writer.int(Int64(d))
            out.writer.int(Int64(weekday + 1))
            out.writer.bool(weekday >= 5)
            try out.endRow()
        }
    }
}

/// Rows of `analytics_dim_tenant`: one per tenant, as `tenants` describes it.
struct AnalyticsTenantGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        for t in model.tenants {
            let profile = model.tenantProfile(t)
            out.writer.uuid(model.tenantID(t))
            out.writer.text(profile.name)
            out.writer.text(profile.plan)
            out.writer.label(profile.isBusiness ? "business" : "individual")
            try out.endRow()
        }
    }
}

/// Rows of `analytics_dim_category`: each tenant's tree with its path
/// (`Alimentação › Supermercado`) and depth (1 for a top-level category, 2 below it).
///
/// The global catalog taxonomy (`categories.tenant_id IS NULL`: supermarket
/// departments and their subcategories) follows with `tenant_id` NULL. Sliced
/// like `categories`: a shard writes its tenants' trees, shard 0 the taxonomy.
struct AnalyticsCategoryGenerator {
    let model: FinanceModel
    static let separator = " › "

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let tree = CategoryTreeTemplate.categories
        for t in model.tenants {
            let tenantID = model.tenantID(t)
            for (i, category) in tree.enumerated() {
                out.writer.uuid(model.categories.id(tenant: t, category: i))
                out.writer.uuid(tenantID)
                out.writer.text(category.name)
                out.writer.text(category.name)
                out.writer.int(1)
                try out.endRow()
            }
            for (i, category) in tree.enumerated() {
                for (j, child) in category.children.enumerated() {
                    out.writer.uuid(model.categories.id(tenant: t, path: CategoryPath(categoryIndex: i, childIndex: j)))
                    out.writer.uuid(tenantID)
                    out.writer.text(child.name)
                    out.writer.text(category.name + Self.separator + child.name)
                    out.writer.int(2)
                    try out.endRow()
                }
            }
        }
        // The catalog taxonomy has no tenant: shard 0 writes it (as it writes it in `categories`).
        guard model.shard.writesGlobalTables else { return }
        for d in GroceryDepartment.allCases {
            out.writer.uuid(model.categories.globalID(department: d))
            out.writer.null()
            out.writer.text(d.displayName)
            out.writer.text(d.displayName)
            out.writer.int(1)
            try out.endRow()
            for sub in d.subcategories {
                out.writer.uuid(model.categories.globalID(department: d, subcategory: sub))
                out.writer.null()
                out.writer.text(sub)
                out.writer.text(d.displayName + Self.separator + sub)
                out.writer.int(2)
                try out.endRow()
            }
        }
    }
}
