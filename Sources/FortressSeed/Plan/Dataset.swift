/// A scenario and a seed, ready to generate: the plan every output format walks.
///
/// Everything a row depends on is derived from `(scenario, seed)` plus the
/// row's own address (tenant index, user index, ...), through `StreamKey`
/// streams, so any table, tenant or row can be generated independently and
/// the same inputs give the same bytes on every machine.
public struct Dataset: Sendable {
    public let scenario: Scenario
    public let seed: UInt64
    /// Where the scenario came from (`builtin:dev` or a path), for the manifest.
    public let scenarioSource: String
    public let scenarioSHA256: String
    /// The `--scale` the scenario was multiplied by (recorded in the manifest).
    public let scale: Double
    /// The slice of tenants this dataset writes (`--shard i/N`).
    public private(set) var shard: Shard
    /// The model restricted to the shard's tenants (tenant-scoped tables).
    public private(set) var finance: FinanceModel
    /// The model over every tenant (global tables, written whole by shard 0).
    private let wholeFinance: FinanceModel

    public init(scenario: Scenario, seed: UInt64, scenarioSource: String = "inline", scenarioSHA256: String = "", scale: Double = 1, shard: Shard = .whole) {
        self.scenario = scenario
        self.seed = seed
        self.scale = scale
        self.shard = shard
        self.scenarioSource = scenarioSource
        self.scenarioSHA256 = scenarioSHA256
        wholeFinance = FinanceModel(scenario: scenario, seed: seed)
        var sharded = wholeFinance
        sharded.shard = shard
        finance = sharded
    }

    /// Part `k` of `parts` of this dataset: its shard cut again by tenant, so that the
    /// parts of a tenant-scoped table are disjoint and together are this dataset's rows
    /// (shard `i/N` part `k/P` is shard `(i + N·k)/(N·P)`). The loader streams the parts
    /// of a large table on several connections at once. The model is shared, not rebuilt.
    public func part(_ k: Int, of parts: Int) -> Dataset {
        precondition(parts >= 1 && k >= 0 && k < parts, "part must be in 0..<parts")
        let sliced = Shard(index: shard.index + shard.count * k, count: shard.count * parts)
        var copy = self
        copy.shard = sliced
        copy.finance.shard = sliced
        return copy
    }

    /// A loaded scenario, optionally scaled (`--scale`) and sliced (`--shard`).
    public init(_ loaded: ScenarioLibrary.Loaded, seed: UInt64, scale: Double = 1, shard: Shard = .whole) {
        self.init(scenario: loaded.scenario.scaled(by: scale), seed: seed, scenarioSource: loaded.source, scenarioSHA256: loaded.sha256, scale: scale, shard: shard)
    }

    /// The tables this version generates, in foreign-key order.
    public var tables: [GeneratedTable] { GeneratedTable.allCases + (scenario.fraud.labels ? [.fraudLabels] : []) }

    /// Streams every row of `table` into `out`.
    ///
    /// A `switch` over concrete generators (not an array of existentials), so
    /// each generator is specialized for the writer and sink it is given.
    public func generate<W: RowWriting, S: ByteSink>(_ table: GeneratedTable, into out: inout RowStream<W, S>) throws {
        // Global tables are written whole, over every tenant, by shard 0 only.
        if table.isGlobal && !shard.writesGlobalTables { return }
        let finance = table.isGlobal ? wholeFinance : self.finance
        switch table {
        case .tenants: try TenantGenerator(model: finance).generate(into: &out)
        case .users: try UserGenerator(model: finance).generate(into: &out)
        case .accounts: try AccountGenerator(model: finance).generate(into: &out)
        case .categories: try CategoryGenerator(model: finance).generate(into: &out)
        case .merchants: try MerchantGenerator(directory: finance.merchants).generate(into: &out)
        case .receipts: try ReceiptGenerator(model: finance).generate(into: &out)
        case .transactions: try TransactionGenerator(model: finance).generate(into: &out)
        case .products: try ProductGenerator(model: finance).generate(into: &out)
        case .locations: try LocationGenerator(model: finance).generate(into: &out)
        case .inventory: try InventoryGenerator(model: finance).generate(into: &out)
        case .carts: try CartGenerator(model: finance).generate(into: &out)
        case .cartItems: try CartItemGenerator(model: finance).generate(into: &out)
        case .orders: try OrderGenerator(model: finance).generate(into: &out)
        case .auditLogs: try AuditGenerator(events: EventModel(finance: finance, seed: seed)).generate(into: &out)
        case .eventsOutbox: try OutboxGenerator(events: EventModel(finance: finance, seed: seed)).generate(into: &out)
        case .attachments: try AttachmentGenerator(events: EventModel(finance: finance, seed: seed)).generate(into: &out)
        case .analyticsDimDate: try AnalyticsDateGenerator(scenario: scenario).generate(into: &out)
        case .analyticsDimTenant: try AnalyticsTenantGenerator(model: finance).generate(into: &out)
        case .analyticsDimCategory: try AnalyticsCategoryGenerator(model: finance).generate(into: &out)
        case .analyticsDimProduct: try AnalyticsProductGenerator(model: finance).generate(into: &out)
        case .analyticsDimLocation: try AnalyticsLocationGenerator(model: finance).generate(into: &out)
        case .analyticsFactDailyTransactions: try DailyTransactionsGenerator(model: finance).generate(into: &out)
        case .analyticsFactDailySales: try DailySalesGenerator(model: finance).generate(into: &out)
        case .fraudLabels: try FraudLabelGenerator(model: finance).generate(into: &out)
        }
    }

    /// SQL that moves sequences past the ids the data used (`bigserial` ids are written explicitly).
    public func sequenceFixups() -> [String] { EventTables.sequenceFixups }

    /// The `transactions` partitions this scenario needs.
    public var partitions: MonthSpan { scenario.partitionSpan }
}

/// A table this version of fortress-seed fills, in foreign-key order.
public enum GeneratedTable: String, CaseIterable, Sendable {
    case tenants, users, accounts, categories, merchants, receipts, transactions
    case products, locations, inventory, carts
    case cartItems = "cart_items"
    case orders
    case auditLogs = "audit_logs", eventsOutbox = "events_outbox", attachments
    case analyticsDimDate = "analytics_dim_date", analyticsDimTenant = "analytics_dim_tenant"
    case analyticsDimCategory = "analytics_dim_category"
    case analyticsDimProduct = "analytics_dim_product", analyticsDimLocation = "analytics_dim_location"
    case analyticsFactDailyTransactions = "analytics_fact_daily_transactions", analyticsFactDailySales = "analytics_fact_daily_sales"
    /// Ground truth, only when the scenario asks for labels: not in `allCases` (GeneratedTable+Fraud.swift).
    case fraudLabels = "fraud_labels"

    /// Not sliced by tenant: catalogs, inventory, the calendar, and tables aggregated
    /// across tenants. `--shard 0/N` writes them whole. None of them references a
    /// tenant's rows, so shard 0 can be loaded on its own (README "Decisions").
    /// Tenant-scoped tables with tenant-less rows (the catalog taxonomy in
    /// `categories` and `analytics_dim_category`, restock events in `events_outbox`)
    /// put those rows in shard 0.
    public var isGlobal: Bool {
        switch self {
        case .merchants, .products, .locations, .inventory, .analyticsDimDate,
             .analyticsDimProduct, .analyticsDimLocation, .analyticsFactDailySales:
            true
        default:
            false
        }
    }

    /// The schema's description of the table.
    public var table: Table {
        switch self {
        case .tenants: FortressSchema.tenants
        case .users: FortressSchema.users
        case .accounts: FortressSchema.accounts
        case .categories: FortressSchema.categories
        case .merchants: FortressSchema.merchants
        case .receipts: FortressSchema.receipts
        case .transactions: FortressSchema.transactions
        case .products: FortressSchema.products
        case .locations: FortressSchema.locations
        case .inventory: FortressSchema.inventory
        case .carts: FortressSchema.carts
        case .cartItems: FortressSchema.cartItems
        case .orders: FortressSchema.orders
        case .auditLogs: FortressSchema.auditLogs
        case .eventsOutbox: FortressSchema.eventsOutbox
        case .attachments: FortressSchema.attachments
        case .analyticsDimDate: FortressSchema.analyticsDimDate
        case .analyticsDimTenant: FortressSchema.analyticsDimTenant
        case .analyticsDimCategory: FortressSchema.analyticsDimCategory
        case .analyticsDimProduct: FortressSchema.analyticsDimProduct
        case .analyticsDimLocation: FortressSchema.analyticsDimLocation
        case .analyticsFactDailyTransactions: FortressSchema.analyticsFactDailyTransactions
        case .analyticsFactDailySales: FortressSchema.analyticsFactDailySales
        case .fraudLabels: FortressSchema.fraudLabels
        }
    }
}
