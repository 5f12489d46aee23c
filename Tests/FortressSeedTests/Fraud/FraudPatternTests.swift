import Testing
@testable import FortressSeed

/// The fraud patterns are present, consistent with their plan, inside their windows, and rare by default.
@Suite struct FraudPatternTests {
    static let lab = Result { try FraudReplay("fraud-lab", seed: 1) }

    @Test("fraud-lab has every pattern, and (nearly) every planned case left transactions")
    func everyPattern() throws {
        let lab = try Self.lab.get()
        let byCase = lab.rowsByCase
        for p in FraudPattern.allCases {
            let planned = lab.cases.filter { $0.fraudCase.pattern == p }
            let labelled = planned.filter { byCase[CaseKey(tenant: $0.tenant, index: $0.fraudCase.index)] != nil }
            #expect(labelled.count >= 2, "\(p.rawValue): \(labelled.count) cases with transactions")
            #expect(Double(labelled.count) >= 0.75 * Double(planned.count), "\(p.rawValue): \(labelled.count) of \(planned.count) planned cases")
        }
    }

    @Test("Every fraud row lies inside its case's window, on an account open at the time")
    func windows() throws {
        let lab = try Self.lab.get()
        for r in lab.rows where r.row.fraud.isFraud {
            let c = lab.plans[r.tenant].cases[Int(r.row.fraud.caseIndex)]
            #expect(c.start <= r.row.occurredAt && r.row.occurredAt <= c.end, "\(c.pattern.rawValue) row outside its window")
        }
    }

    @Test("Default rates give a realistic fraud share (0.1%–1% of transactions)", arguments: [1, 2, 3] as [UInt64])
    func defaultShare(seed: UInt64) throws {
        let dev = try FraudReplay("dev", seed: seed)
        let share = Double(dev.rows.filter { $0.row.fraud.isFraud }.count) / Double(dev.rows.count)
        #expect(share >= 0.001 && share <= 0.01, "fraud share \(share)")
    }

    @Test("Fraud and legitimate rows are alike field by field: no label in descriptions, amounts not all round")
    func noLeaks() throws {
        let lab = try Self.lab.get()
        let text = LedgerText(model: lab.model, roster: TenantRoster(model: lab.model, tenant: 0))
        var legitPrefixes = Set<String>()
        for r in lab.rows where !r.row.fraud.isFraud && r.tenant == 0 { legitPrefixes.insert(Self.prefix(text.description(r.row))) }
        for r in lab.rows where r.row.fraud.isFraud && r.tenant == 0 {
            #expect(legitPrefixes.contains(Self.prefix(text.description(r.row))), "fraud-only description \(text.description(r.row))")
        }
        for p in FraudPattern.allCases where p != .merchantCollusion {
            let amounts = lab.rows.filter { $0.row.fraud.isFraud && lab.plans[$0.tenant].cases[Int($0.row.fraud.caseIndex)].pattern == p }.map(\.row.amountCents)
            let round = amounts.filter { $0 % 1_000 == 0 }.count
            #expect(Double(round) < 0.3 * Double(max(amounts.count, 1)), "\(p.rawValue): \(round) of \(amounts.count) amounts round")
        }
    }

    /// The statement line up to its counterparty ("PIX ENVIADO", "COMPRA CARTAO CRED").
    static func prefix(_ s: String) -> String { String(s.split(separator: "-").first ?? "") }

    @Test("Structuring breaks Benford's law; legitimate posted amounts still follow it")
    func benford() throws {
        let lab = try Self.lab.get()
        let structuring = lab.rows.filter { $0.row.fraud.isFraud && lab.plans[$0.tenant].cases[Int($0.row.fraud.caseIndex)].pattern == .structuring }
        let legit = try FraudReplay("dev", seed: 1).rows.filter { !$0.row.fraud.isFraud && $0.row.status == .posted }
        #expect(Self.mad(structuring.map(\.row.amountCents)) > 0.08)
        #expect(Self.mad(legit.map(\.row.amountCents)) < 0.012)
    }

    /// First-digit mean absolute deviation from Benford's law.
    static func mad(_ amounts: [Int64]) -> Double {
        var counts = [Double](repeating: 0, count: 10)
        for a in amounts where a > 0 {
            var v = a
            while v >= 10 { v /= 10 }
            counts[Int(v)] += 1
        }
        let total = counts.reduce(0, +)
        var mad = 0.0
        for d in 1...9 { mad += abs(counts[d] / total - DeterministicMath.log(1 + 1 / Double(d)) / DeterministicMath.log(10)) }
        return mad / 9
    }

    @Test("The same seed plans the same fraud; labels stay out of metadata unless asked")
    func determinism() throws {
        let a = try FraudReplay("fraud-lab", seed: 1), b = try Self.lab.get()
        #expect(a.rows.map(\.row.fraud) == b.rows.map(\.row.fraud))
        #expect(a.model.scenario.fraud.markMetadata == false)
    }

    @Test("allCases lists every production table the schema has; fraud_labels only with labels")
    func tables() throws {
        let production = Set(GeneratedTable.allCases.map(\.rawValue))
        for t in FortressSchema.tables where GeneratedTable(rawValue: t.name) != nil { #expect(production.contains(t.name), "\(t.name) missing from allCases") }
        #expect(!production.contains("fraud_labels"))
        let dev = Dataset(scenario: try ScenarioLibrary.load("dev").scenario, seed: 1)
        let lab = Dataset(scenario: try ScenarioLibrary.load("fraud-lab").scenario, seed: 1)
        #expect(!dev.tables.contains(.fraudLabels) && dev.optionalTablesDDL().isEmpty)
        #expect(lab.tables.last == .fraudLabels && lab.optionalTablesDDL().contains("CREATE TABLE IF NOT EXISTS fraud_labels"))
    }
}
