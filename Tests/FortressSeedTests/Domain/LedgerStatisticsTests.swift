import Testing
@testable import FortressSeed

/// Collects ledger rows in memory for statistics.
private struct Collect: LedgerSink {
    var rows: [LedgerRow] = []
    mutating func emit(_ row: LedgerRow) throws { rows.append(row) }
}

@Suite struct LedgerStatisticsTests {
    static func rows(seed: UInt64) throws -> (Scenario, [LedgerRow]) {
        let scenario = try ScenarioLibrary.load("dev").scenario
        let model = FinanceModel(scenario: scenario, seed: seed)
        var sink = Collect()
        for t in 0..<model.tenantCount { try TenantLedger(model: model, tenant: t).run(into: &sink) }
        return (scenario, sink.rows)
    }

    @Test("Status shares are in a realistic band", arguments: [1, 2, 3] as [UInt64])
    func statusShares(seed: UInt64) throws {
        let (_, rows) = try Self.rows(seed: seed)
        let n = Double(rows.count)
        let failed = Double(rows.filter { $0.status == .failed }.count) / n
        let pending = Double(rows.filter { $0.status == .pending }.count) / n
        let posted = Double(rows.filter { $0.status == .posted }.count) / n
        #expect(rows.count > 5_000)
        #expect(posted > 0.9)
        #expect(failed > 0.005 && failed < 0.08, "failed share \(failed)")
        #expect(pending > 0 && pending < 0.02, "pending share \(pending)")
    }

    @Test("Legitimate posted amounts follow Benford's law (first-digit MAD < 0.012)", arguments: [1, 2] as [UInt64])
    func benford(seed: UInt64) throws {
        let (_, rows) = try Self.rows(seed: seed)
        var counts = [Double](repeating: 0, count: 10)
        for row in rows where row.status == .posted && row.amountCents > 0 {
            var v = row.amountCents
            while v >= 10 { v /= 10 }
            counts[Int(v)] += 1
        }
        let total = counts.reduce(0, +)
        var mad = 0.0
        for d in 1...9 {
            let expected = DeterministicMath.log(1 + 1 / Double(d)) / DeterministicMath.log(10)
            mad += abs(counts[d] / total - expected)
        }
        mad /= 9
        #expect(mad < 0.012, "first-digit MAD \(mad)")
    }

    @Test("Purchases peak in the evening and on Fridays and Saturdays")
    func timeProfile() throws {
        let (_, rows) = try Self.rows(seed: 5)
        var hours = [Int](repeating: 0, count: 24)
        var weekdays = [Int](repeating: 0, count: 7)
        for row in rows where row.purpose == .purchase && row.installment <= 1 {
            hours[CalendarProfile.localHour(row.occurredAt)] += 1
            weekdays[CivilCalendar.weekday(days: CalendarProfile.localDay(row.occurredAt))] += 1
        }
        #expect(hours[19] > 5 * hours[3], "evening vs night: \(hours)")
        #expect(weekdays[5] > weekdays[0], "Saturday vs Monday: \(weekdays)")
    }

    @Test("The same seed gives the same ledger; another seed a different one")
    func determinism() throws {
        let (_, a) = try Self.rows(seed: 9)
        let (_, b) = try Self.rows(seed: 9)
        let (_, c) = try Self.rows(seed: 10)
        #expect(a.map(\.amountCents) == b.map(\.amountCents))
        #expect(a.map(\.occurredAt) == b.map(\.occurredAt))
        #expect(a.map(\.amountCents) != c.map(\.amountCents))
    }
}
