/// Fraud cases that move money between accounts of the tenant: the AML
/// typologies, account takeover and mule accounts. The lead's simulation
/// emits every row of the case, on its own accounts and on the others'.
///
/// Why this keeps every balance non-negative: rows on another user's account
/// come only from this case, in time order, and each participant sends on
/// only what the case brought it before (less a cut it keeps), so the case
/// adds a running amount ≥ 0 to each of their accounts at every instant, on
/// top of their own simulation's non-negative history. The lead is treated
/// the same way for the laundering typologies and mule accounts (`tracked:
/// false`): case money arriving later in the day is never counted as
/// spendable earlier, and what the lead keeps is never spent by its ordinary
/// activity. Only a takeover victim's own money is tracked (`tracked: true`):
/// the drain is checked against, and taken from, the victim's balance.
extension UserLedger {
    /// PIX between people is capped by the night limit for individuals (20h–6h): fraudsters stay
    /// a little under it (an amount of exactly the limit would give them away).
    func nightCap(_ amount: Int64, at: Int64) -> Int64 {
        let hour = CalendarProfile.localHour(at)
        let limit = model.scenario.ledger.pixNightLimitCents
        guard hour >= 20 || hour < 6, amount >= limit else { return amount }
        return limit - 1 - amount % max(limit / 4, 1)
    }

    /// A row on member `u`'s primary account, emitted by this owner's simulation.
    mutating func memberRow(_ u: Int, type: TxType, amount: Int64, at: Int64, purpose: Purpose) -> LedgerRow {
        if u == owner { return newRow(slot: primary, type: type, amount: amount, at: at, channel: .pix, purpose: purpose) }
        var row = newRow(slot: primary, type: type, amount: amount, at: at, channel: .pix, purpose: purpose)
        row.account = roster.members[u].primaryAccount
        row.slot = -1
        row.onCredit = false
        row.currency = .BRL
        return row
    }

    /// Money from another bank into member `u` (one leg).
    mutating func externalIn<S: LedgerSink>(_ u: Int, _ amount: Int64, at: Int64, into sink: inout S) throws {
        guard amount > 0 else { return }
        try sink.emit(memberRow(u, type: .credit, amount: amount, at: at, purpose: .income))
    }

    /// This owner's PIX to another bank (one leg), if the primary account covers it.
    mutating func externalOut<S: LedgerSink>(_ amount: Int64, at: Int64, into sink: inout S) throws {
        try cashOut(owner, amount, at: at, tracked: true, into: &sink)
    }

    /// Member `u` sends `amount` to another bank by PIX (one leg); returns what left.
    @discardableResult
    mutating func cashOut<S: LedgerSink>(_ u: Int, _ amount: Int64, at: Int64, tracked: Bool = false, into sink: inout S) throws -> Int64 {
        var amount = nightCap(amount, at: at)
        if tracked { amount = min(amount, accounts[primary].available) }
        guard amount >= 100 else { return 0 }
        if tracked { accounts[primary].balance -= amount }
        try sink.emit(memberRow(u, type: .transfer, amount: amount, at: at, purpose: .pixOut))
        return amount
    }

    /// A PIX between members `a` and `b` of the tenant: both legs, one reference; returns what moved.
    @discardableResult
    mutating func memberTransfer<S: LedgerSink>(
        _ a: Int, _ b: Int, _ amount: Int64, at: Int64, roleB: FraudRole, city: Int = -1, tracked: Bool = false, into sink: inout S
    ) throws -> Int64 {
        var amount = nightCap(amount, at: at)
        if tracked { amount = min(amount, accounts[primary].available) }
        guard amount >= 100 else { return 0 }
        let markA = mark
        if tracked { accounts[primary].balance -= amount }
        var leg = memberRow(a, type: .transfer, amount: amount, at: at, purpose: .pixOut)
        leg.otherUser = b
        leg.counterparty = roster.members[b].primaryAccount
        if city >= 0 { leg.fraud.city = Int32(city) }
        try sink.emit(leg)
        mark = FraudMark(case: Int(markA.caseIndex), role: roleB)
        var credit = memberRow(b, type: .credit, amount: amount, at: at, purpose: .pixIn)
        mark = markA
        credit.otherUser = a
        credit.counterparty = roster.members[a].primaryAccount
        credit.referenceSeq = leg.seq
        try sink.emit(credit)
        return amount
    }

    /// An AML typology: dirty money enters at the sources, hops along the edges (each hop keeping a cut), and leaves at the sinks.
    mutating func graph<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, at: Int64, using g: inout R, into sink: inout S) throws {
        let edges = c.pattern.edges(nodes: c.members.count)
        var holds = [Int64](repeating: 0, count: c.members.count)
        let gap = max((c.end - c.start) / Int64(edges.count + 1), 60_000_000)
        var t = at
        let base = mark
        for e in edges {
            t = min(t + g.uniform((gap / 2)...gap), c.end)
            if e.from < 0 {
                let amount = Int64(g.logNormal(mu: DeterministicMath.log(2_000_000), sigma: 0.6))
                mark = FraudMark(case: c.index, role: c.roles[e.to])
                try externalIn(c.members[e.to], amount, at: t, into: &sink)
                holds[e.to] += amount
            } else {
                let cut = 1 - (0.02 + 0.06 * g.unitDouble())
                let wanted = Int64(Double(holds[e.from]) * e.share * (e.to < 0 ? 1 : cut))
                mark = FraudMark(case: c.index, role: c.roles[e.from])
                if e.to < 0 {
                    holds[e.from] -= try cashOut(c.members[e.from], wanted, at: t, into: &sink)
                } else {
                    let moved = try memberTransfer(c.members[e.from], c.members[e.to], wanted, at: t, roleB: c.roles[e.to], into: &sink)
                    holds[e.from] -= moved
                    holds[e.to] += moved
                }
            }
        }
        mark = base
    }

    /// Account takeover: a login from a new city, savings swept into the primary account, then a rapid drain by PIX to mules who cash out.
    mutating func accountTakeover<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, at: Int64, using g: inout R, into sink: inout S) throws {
        let city = fraudCity(avoiding: c, using: &g)
        let victim = FraudMark(case: c.index, role: .victim, city: city)
        mark = victim
        var t = at
        if let s = savingsSlot, accounts[s].facts.openedAt <= t, accounts[s].available > 10_000, g.bernoulli(0.6) {
            try ownTransfer(from: s, to: primary, amount: accounts[s].available, at: t, out: .ownTransferOut, in: .ownTransferIn, into: &sink)
        }
        let mules = Array(c.members.dropFirst())
        let drains = max(mules.count, 2 + g.uniform(below: 3))
        var left = Int64(Double(accounts[primary].available) * (0.85 + 0.13 * g.unitDouble()))
        for i in 0..<drains where left >= 100 {
            t = min(t + g.uniform(60_000_000...(12 * 60_000_000)), c.end)
            let share = i == drains - 1 ? left : Int64(Double(left) / Double(drains - i) * (0.8 + 0.4 * g.unitDouble()))
            let amount = min(share, left)
            if mules.isEmpty {
                mark.city = Int32(city)
                left -= try cashOut(owner, amount, at: t, tracked: true, into: &sink)
                continue
            }
            let mule = mules[i % mules.count]
            let moved = try memberTransfer(owner, mule, amount, at: t, roleB: .mule, city: city, tracked: true, into: &sink)
            left -= moved
            mark = FraudMark(case: c.index, role: .mule)
            try cashOut(mule, Int64(Double(moved) * (0.9 + 0.09 * g.unitDouble())), at: min(t + g.uniform(120_000_000...(40 * 60_000_000)), c.end), into: &sink)
            mark = victim
        }
        mark = .none
    }

    /// A mule account: newly opened, receives PIX from many people outside, forwards it out within minutes.
    mutating func muleAccount<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, at: Int64, using g: inout R, into sink: inout S) throws {
        let gap = max((c.end - c.start) * 7 / 10 / Int64(c.size), 60_000_000)
        var t = at
        var held: Int64 = 0
        for i in 0..<c.size {
            t = min(t + g.uniform((gap / 4)...gap), c.end)
            let amount = Int64(g.logNormal(mu: DeterministicMath.log(120_000), sigma: 0.8))
            try externalIn(owner, amount, at: t, into: &sink)
            held += amount
            if i == c.size - 1 || g.bernoulli(0.35) {
                let out = Int64(Double(held) * (0.9 + 0.08 * g.unitDouble()))
                held -= try cashOut(owner, out, at: min(t + g.uniform(300_000_000...(90 * 60_000_000)), c.end), into: &sink)
            }
        }
    }

    /// A city far from the owner's for the takeover's login (index into `BrazilGeography.cities`).
    private func fraudCity<R: RandomNumberGenerator>(avoiding c: FraudCase, using g: inout R) -> Int {
        let home = model.person(tenant: tenant, user: owner).city.name
        for _ in 0..<8 {
            let i = g.uniform(below: BrazilGeography.cities.count)
            if BrazilGeography.cities[i].name != home { return i }
        }
        return 0
    }
}
