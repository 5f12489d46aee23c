import Testing
@testable import FortressSeed

@Suite struct AnalyticsFactTests {
    /// The grain of a row, as text, for comparing two aggregations.
    static func grain(_ day: Int64, _ fields: [CapturingWriter.Field]) -> String {
        "\(day)|" + fields.map { "\($0)" }.joined(separator: "|")
    }

    @Test("Daily transaction facts equal the GROUP BY over the generated transactions", arguments: [3, 42] as [UInt64])
    func factsEqualBase(seed: UInt64) throws {
        let dataset = try devDataset(seed: seed)
        let tx = try CapturedTable(dataset, .transactions)
        let (occurred, tenant, category, type, status, currency, amount) = (
            tx.column("occurred_at"), tx.column("tenant_id"), tx.column("category_id"), tx.column("type"), tx.column("status"),
            tx.column("currency"), tx.column("amount"))
        var expected: [String: (Int64, Int64)] = [:]
        for r in tx.rows {
            guard case .timestamp(let at) = r[occurred], case .decimal(let cents, 2) = r[amount] else { Issue.record("bad row"); return }
            let key = Self.grain(AnalyticsDateGenerator.dateKey(days: at.floorDiv(CivilCalendar.microsPerDay)), [r[tenant], r[category], r[type], r[status], r[currency]])
            expected[key, default: (0, 0)].0 += 1
            expected[key, default: (0, 0)].1 += cents
        }
        let facts = try CapturedTable(dataset, .analyticsFactDailyTransactions)
        var actual: [String: (Int64, Int64)] = [:]
        var ids: [Int64] = []
        for r in facts.rows {
            guard case .int(let id) = r[0], case .int(let day) = r[1], case .int(let n) = r[7], case .decimal(let cents, 2) = r[8] else {
                Issue.record("bad fact row"); return
            }
            ids.append(id)
            let key = Self.grain(day, Array(r[2...6]))
            #expect(actual[key] == nil, "grain \(key) twice")
            actual[key] = (n, cents)
        }
        // Ids interleave tenants (t + 1 + T·k): unique, and each tenant's run is 1 + t, 1 + t + T, ... with no gap.
        #expect(Set(ids).count == ids.count)
        let tenantCount = Int64(dataset.finance.tenantCount)
        var next: [Int64: Int64] = [:]
        for id in ids {
            let t = (id - 1) % tenantCount
            #expect(id == next[t, default: t + 1], "id \(id) out of its tenant's run")
            next[t] = id + tenantCount
        }
        #expect(actual.count == expected.count)
        for (key, value) in expected { #expect(actual[key].map { $0 == value } == true, "\(key): \(String(describing: actual[key])) vs \(value)") }
    }

    @Test("dim_date covers every day of the history window once; dim_category has the tree with paths")
    func dimensions() throws {
        let dataset = try devDataset(seed: 1)
        let dates = try CapturedTable(dataset, .analyticsDimDate).rows
        // 2025-11-01 ... 2026-10-31 in the dev scenario.
        #expect(dates.count == 365)
        #expect(dates.first?[0] == .int(20251101) && dates.last?[0] == .int(20261031))
        let categories = try CapturedTable(dataset, .analyticsDimCategory).rows
        let base = try CapturedTable(dataset, .categories).rows.count
        #expect(categories.count == base)
        #expect(categories.contains { $0[3] == .text("Alimentação › Supermercado") && $0[4] == .int(2) })
    }
}
