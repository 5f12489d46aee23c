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
    public let finance: FinanceModel

    public init(scenario: Scenario, seed: UInt64, scenarioSource: String = "inline", scenarioSHA256: String = "") {
        self.scenario = scenario
        self.seed = seed
        self.scenarioSource = scenarioSource
        self.scenarioSHA256 = scenarioSHA256
        self.finance = FinanceModel(scenario: scenario, seed: seed)
    }

    public init(_ loaded: ScenarioLibrary.Loaded, seed: UInt64) {
        self.init(scenario: loaded.scenario, seed: seed, scenarioSource: loaded.source, scenarioSHA256: loaded.sha256)
    }

    /// The tables this version generates, in foreign-key order.
    public var tables: [GeneratedTable] { GeneratedTable.allCases }

    /// Streams every row of `table` into `out`.
    ///
    /// A `switch` over concrete generators (not an array of existentials), so
    /// each generator is specialized for the writer and sink it is given.
    public func generate<W: RowWriting, S: ByteSink>(_ table: GeneratedTable, into out: inout RowStream<W, S>) throws {
        switch table {
        case .tenants: try TenantGenerator(model: finance).generate(into: &out)
        case .users: try UserGenerator(model: finance).generate(into: &out)
        case .accounts: try AccountGenerator(model: finance).generate(into: &out)
        case .categories: try CategoryGenerator(model: finance).generate(into: &out)
        case .merchants: try MerchantGenerator(directory: finance.merchants).generate(into: &out)
        case .receipts: try ReceiptGenerator(model: finance).generate(into: &out)
        case .transactions: try TransactionGenerator(model: finance).generate(into: &out)
        }
    }

    /// SQL that moves sequences past the ids the data used (none yet).
    public func sequenceFixups() -> [String] { [] }

    /// The `transactions` partitions this scenario needs.
    public var partitions: MonthSpan { scenario.partitionSpan }
}

/// A table this version of fortress-seed fills, in foreign-key order.
public enum GeneratedTable: String, CaseIterable, Sendable {
    case tenants, users, accounts, categories, merchants, receipts, transactions

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
        }
    }
}
