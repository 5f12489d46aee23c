import Testing
@testable import FortressSeed

/// Each pattern is found by a simple rule written for it, using only what the
/// tables show (amounts, times, statuses, merchants, metadata city, accounts),
/// never the labels: the rule must flag an account of most of the pattern's cases.
@Suite struct FraudRuleTests {
    typealias Row = FraudReplay.Row
    static let minute: Int64 = 60_000_000
    static let hour = CivilCalendar.microsPerHour
    static let day = CivilCalendar.microsPerDay

    /// An account flagged by a rule at an instant.
    struct Hit: Hashable {
        let account: UUIDValue
        let at: Int64
    }

    /// Share of `pattern`'s cases with a hit on one of their accounts inside the case window (± a day).
    static func recall(_ lab: FraudReplay, _ pattern: FraudPattern, _ hits: [Hit]) -> Double {
        let byCase = lab.rowsByCase
        var found = 0, total = 0
        for (t, c) in lab.cases where c.pattern == pattern {
            guard let rows = byCase[CaseKey(tenant: t, index: c.index)] else { continue }
            total += 1
            let accounts = Set(rows.map(\.account))
            if hits.contains(where: { accounts.contains($0.account) && $0.at >= c.start - day && $0.at <= c.end + day }) { found += 1 }
        }
        return total == 0 ? 0 : Double(found) / Double(total)
    }

    /// Slides over each account's rows in time order; `rule` sees the rows within `span` before each one.
    static func scan(_ lab: FraudReplay, span: Int64, _ rule: ([Row]) -> Bool) -> [Hit] {
        var hits: [Hit] = []
        for (account, rows) in lab.rowsByAccount {
            var lo = 0
            for hi in rows.indices {
                while rows[hi].row.occurredAt - rows[lo].row.occurredAt > span { lo += 1 }
                if rule(Array(rows[lo...hi])) { hits.append(Hit(account: account, at: rows[hi].row.occurredAt)) }
            }
        }
        return hits
    }

    static let rules: [(FraudPattern, @Sendable (FraudReplay) -> [Hit])] = [
        // ≥ 5 card payments under R$ 10 at ≥ 4 merchants within an hour, ≥ 2 declined.
        (.cardTesting, { lab in scan(lab, span: hour) { w in
            let tiny = w.filter { $0.row.channel == .card && $0.row.type == .debit && $0.row.amountCents < 1_000 }
            return tiny.count >= 5 && Set(tiny.map(\.row.merchant)).count >= 4 && tiny.filter { $0.row.status == .failed }.count >= 2
        } }),
        // An outgoing PIX claiming a city other than the account holder's, with ≥ 2 outgoing PIX in the hour.
        (.accountTakeover, { lab in scan(lab, span: hour) { w in
            let out = w.filter { $0.row.type == .transfer && $0.row.channel == .pix }
            return out.count >= 2 && out.contains { $0.row.fraud.city >= 0 && $0.row.slot >= 0 }
        } }),
        // ≥ 8 purchases on one account within 3 hours.
        (.velocityBurst, { lab in scan(lab, span: 3 * hour) { w in w.filter { $0.row.purpose == .purchase }.count >= 8 } }),
        // ≥ 3 credits between 85% and 100% of the threshold within 14 days (over the user's accounts: per account here, ≥ 2).
        (.structuring, { lab in
            let threshold = lab.model.scenario.fraud.structuringThresholdCents
            return scan(lab, span: 14 * day) { w in
                w.filter { $0.row.amountCents >= threshold * 85 / 100 && $0.row.amountCents < threshold }.count >= 2
            }
        }),
        // Money passes through: ≥ R$ 1.000 in, and ≥ 80% of it out again within 2 days.
        (.fanOut, passThrough), (.fanIn, passThrough), (.cycle, passThrough), (.scatterGather, passThrough),
        (.gatherScatter, passThrough), (.bipartite, passThrough), (.stack, passThrough),
        // ≥ 5 PIX credits within 3 days on an account opened less than 30 days before, most of it sent on.
        (.muleAccount, { lab in scan(lab, span: 3 * day) { w in
            let inflow = w.filter { $0.row.type == .credit && $0.row.channel == .pix }
            let out = w.filter { $0.row.type == .transfer && $0.row.status == .posted }.reduce(0) { $0 + $1.row.amountCents }
            return inflow.count >= 5 && out * 10 >= inflow.reduce(0) { $0 + $1.row.amountCents } * 7
        } }),
        // A credit card used to ≥ 70% of its limit, then no more payments by its holder.
        (.bustOut, bustOut),
        // ≥ 3 supermarket refunds to one account within 60 days.
        (.refundAbuse, { lab in scan(lab, span: 60 * day) { w in w.filter { $0.row.purpose == .orderRefund }.count >= 3 } }),
        // A merchant with ≥ 20% of its purchases refunded and ≥ 50% of them in whole hundreds of reais.
        (.merchantCollusion, collusion),
    ]

    static func passThrough(_ lab: FraudReplay) -> [Hit] {
        scan(lab, span: 2 * day) { w in
            let inflow = w.filter { $0.row.type == .credit && $0.row.channel == .pix && $0.row.status == .posted }.reduce(0) { $0 + $1.row.amountCents }
            let out = w.filter { $0.row.type == .transfer && $0.row.channel == .pix && $0.row.status == .posted }.reduce(0) { $0 + $1.row.amountCents }
            return inflow >= 500_000 && out * 10 >= inflow * 8 && w.last?.row.type == .transfer
        }
    }

    static func bustOut(_ lab: FraudReplay) -> [Hit] {
        var hits: [Hit] = []
        for t in 0..<lab.model.tenantCount {
            let created = lab.model.tenantCreatedAt(t)
            for u in 0..<lab.model.userCount(tenant: t) {
                let facts = lab.model.userFacts(tenant: t, user: u, tenantCreatedAt: created)
                guard let k = facts.accounts.firstIndex(where: { $0.kind == .credit }) else { continue }
                let id = lab.model.accountID(tenant: t, user: u, account: k)
                let ids = Set((0..<facts.accounts.count).map { lab.model.accountID(tenant: t, user: u, account: $0) })
                guard let rows = lab.rowsByAccount[id] else { continue }
                var balance: Int64 = 0
                for r in rows where r.row.status == .posted {
                    balance += r.row.type.sign * r.row.amountCents
                    guard -balance * 10 >= facts.accounts[k].creditLimitCents * 7 else { continue }
                    let after = lab.rows.contains { ids.contains($0.row.account) && $0.row.slot >= 0 && $0.row.occurredAt > r.row.occurredAt + day && $0.row.type != .credit && $0.row.type != .fee }
                    if !after { hits.append(Hit(account: id, at: r.row.occurredAt)) }
                }
            }
        }
        return hits
    }

    static func collusion(_ lab: FraudReplay) -> [Hit] {
        var purchases: [Int: (n: Int, refunds: Int, round: Int)] = [:]
        for r in lab.rows where r.row.merchant >= 0 && r.row.status == .posted {
            if r.row.purpose == .purchase { purchases[r.row.merchant, default: (0, 0, 0)].n += 1 }
            if r.row.purpose == .purchase && r.row.amountCents % 10_000 == 0 { purchases[r.row.merchant, default: (0, 0, 0)].round += 1 }
            if r.row.purpose == .refund { purchases[r.row.merchant, default: (0, 0, 0)].refunds += 1 }
        }
        let flagged = Set(purchases.filter { $0.value.n >= 5 && $0.value.refunds * 5 >= $0.value.n && $0.value.round * 2 >= $0.value.n }.keys)
        return lab.rows.filter { flagged.contains($0.row.merchant) && $0.row.purpose == .purchase }.map { Hit(account: $0.row.account, at: $0.row.occurredAt) }
    }

    @Test("Each pattern's rule finds most of its cases in fraud-lab", arguments: rules.map(\.0))
    func rule(_ pattern: FraudPattern) throws {
        let lab = try FraudPatternTests.lab.get()
        let rule = try #require(Self.rules.first { $0.0 == pattern }?.1)
        let recall = Self.recall(lab, pattern, rule(lab))
        #expect(recall >= 0.7, "\(pattern.rawValue): the rule finds \(recall) of the cases")
    }
}
