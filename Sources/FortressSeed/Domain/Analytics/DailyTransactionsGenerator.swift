/// Rows of `analytics_fact_daily_transactions`, aggregated from the ledger replay.
///
/// Grain (as `FortressSchema.analyticsFactDailyTransactions`): UTC day of
/// `occurred_at` × tenant × category (NULL for opening balances) × type ×
/// status × currency, with `tx_count` and `amount_sum`. The figures equal
///
/// ```sql
/// SELECT date(occurred_at AT TIME ZONE 'UTC'), tenant_id, category_id, type, status, currency,
///        count(*), sum(amount)
/// FROM transactions GROUP BY 1, 2, 3, 4, 5, 6
/// ```
///
/// because they are summed from the very rows `TransactionGenerator` writes,
/// in integer cents. Each tenant is replayed once and aggregated in memory
/// (O(days × categories) per tenant), then written in grain order.
///
/// `id` interleaves tenants: the `k`-th row (from 0) of tenant `t` of `T` is
/// `t + 1 + T·k`, unique (`(id - 1) mod T` gives back the tenant) and fixed
/// by the tenant's own rows alone, so a shard writes its tenants' rows with
/// the ids the whole run gives them (`Dataset.sequenceFixups` moves the
/// sequence past the largest).
struct DailyTransactionsGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var sink = DailyTotalsSink()
        var keys: [Int64] = []
        let stride = Int64(model.tenantCount)
        for t in model.tenants {
            let ledger = TenantLedger(model: model, tenant: t)
            sink.reset(text: LedgerText(model: model, roster: ledger.roster))
            try ledger.run(into: &sink)
            keys.removeAll(keepingCapacity: true)
            keys.append(contentsOf: sink.totals.keys)
            keys.sort()
            let tenantID = model.tenantID(t)
            var id = Int64(t) + 1
            for key in keys {
                guard let total = sink.totals[key] else { continue }
                let g = DailyTotalsSink.Grain(key)
                out.writer.int(id)
                id += stride
                out.writer.int(AnalyticsDateGenerator.dateKey(days: g.day))
                out.writer.uuid(tenantID)
                out.writer.uuid(g.category.map { model.categories.id(tenant: t, path: $0) })
                out.writer.label(g.type.label)
                out.writer.label(g.status.label)
                out.writer.label(g.currency.sqlLabel)
                out.writer.int(total.count)
                out.writer.decimal(minorUnits: total.cents, scale: 2)
                try out.endRow()
            }
        }
    }
}

/// Sums one tenant's ledger rows per grain, keyed by a packed `Int64` whose
/// numeric order is the grain order (day, category, type, status, currency).
struct DailyTotalsSink: LedgerSink {
    struct Total {
        var count: Int64 = 0
        var cents: Int64 = 0
    }

    /// A grain unpacked: `day << 24 | category << 8 | type << 6 | status << 4 | currency`.
    struct Grain {
        let day: Int64
        let category: CategoryPath?
        let type: TxType
        let status: TxStatus
        let currency: Currency

        init(_ key: Int64) {
            day = key >> 24
            let code = Int((key >> 8) & 0xFFFF)
            category = code == 0 ? nil : CategoryPath(categoryIndex: (code - 1) / 100, childIndex: (code - 1) % 100)
            type = TxType(rawValue: UInt8((key >> 6) & 3)) ?? .debit
            status = TxStatus(rawValue: UInt8((key >> 4) & 3)) ?? .posted
            currency = Self.currencies[Int(key & 0xF)]
        }

        static let currencies: [Currency] = [.BRL, .USD, .EUR]

        static func key(day: Int64, category: CategoryPath?, type: TxType, status: TxStatus, currency: Currency) -> Int64 {
            let code = category.map { $0.categoryIndex * 100 + $0.childIndex + 1 } ?? 0
            let c = currencies.firstIndex(of: currency) ?? 0
            return day << 24 | Int64(code) << 8 | Int64(type.rawValue) << 6 | Int64(status.rawValue) << 4 | Int64(c)
        }
    }

    var totals: [Int64: Total] = [:]
    private var text: LedgerText?

    mutating func reset(text: LedgerText) {
        totals.removeAll(keepingCapacity: true)
        self.text = text
    }

    mutating func emit(_ row: LedgerRow) throws {
        let day = row.occurredAt.floorDiv(CivilCalendar.microsPerDay)
        let key = Grain.key(day: day, category: text?.categoryPath(row), type: row.type, status: row.status, currency: row.currency)
        totals[key, default: Total()].count += 1
        totals[key, default: Total()].cents += row.amountCents
    }
}
