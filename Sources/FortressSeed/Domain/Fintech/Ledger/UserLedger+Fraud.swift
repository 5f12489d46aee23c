/// Fraud cases in a user's simulation: scheduling their steps and the single-user patterns.
///
/// Money rules are the ledger's own: every debit on this owner's accounts is
/// checked against what they hold (or the card's limit) when it is emitted,
/// and fails otherwise. Rows on other users' accounts (mules, graph nodes) come
/// in pairs per account, money in before money out, never more out than in, so
/// they can never take an account below zero whatever the order users are
/// simulated in (UserLedger+FraudGraph.swift).
///
/// Fraud draws come from the case's own streams, never from the day's stream,
/// so a case does not reshuffle the owner's ordinary activity.
extension UserLedger {
    /// The case's streams: `.generator(step)` for each step this owner applies.
    func fraudKey(_ ci: Int) -> StreamKey {
        model.keys.ledger.child("fraud.case").child(tenant).child(ci).child(owner)
    }

    /// Puts this owner's fraud steps into `future` (called once, at the end of `init`).
    mutating func planFraud() {
        guard !isCorporate else { return }
        let plan = roster.fraud
        for ci in plan.cases(of: owner) {
            let c = plan.cases[ci]
            guard let position = c.members.firstIndex(of: owner) else { continue }
            let m = FraudMark(case: ci, role: c.roles[position])
            var g = fraudKey(ci).generator(-1)
            let day = CivilCalendar.microsPerDay
            func step(_ s: Int, _ at: Int64) { future.append(Planned(time: at, order: 0, action: .fraud(case: ci, step: s), mark: m)) }
            switch c.pattern {
            case .refundAbuse:
                let first = carts.count - c.size
                for i in future.indices {
                    switch future[i].action {
                    case .orderPayment(let cart) where cart >= first: future[i].mark = m
                    case .orderRefund(let cart) where cart >= first: future[i].mark = m
                    default: break
                    }
                }
            case .merchantCollusion:
                for s in 0..<(3 + g.uniform(below: 6)) { step(s, Self.daytime(g.uniform(c.start...(c.end - 6 * day)), within: c, using: &g)) }
            case .structuring:
                for s in 0..<c.size { step(s, Self.daytime(g.uniform(c.start...(c.end - 2 * day)), within: c, using: &g)) }
            case .bustOut:
                // Weekly purchases that grow toward the limit, then the bust in the window's last day.
                let weeks = Int((c.end - c.start) / (7 * day)) - 1
                for w in 0..<max(weeks, 0) { step(w, Self.daytime(c.start + Int64(w) * 7 * day + g.uniform(0...(3 * day)), within: c, using: &g)) }
                var times = (0..<c.size).map { _ in g.uniform((c.end - day)...c.end) }
                times.sort()
                for (j, t) in times.enumerated() { step(1_000 + j, t) }
                silentFrom = c.end + 1
            default:
                if position == 0 { step(0, c.start) }
            }
        }
    }

    /// A daytime instant (8h–18h Brasília) on the day of `at`, if that stays inside the case window.
    static func daytime<R: RandomNumberGenerator>(_ at: Int64, within c: FraudCase, using g: inout R) -> Int64 {
        let t = CalendarProfile.instant(days: CalendarProfile.localDay(at), localMicros: 8 * CivilCalendar.microsPerHour + g.uniform(0...(10 * CivilCalendar.microsPerHour)))
        return t >= c.start && t <= c.end ? t : at
    }

    mutating func applyFraud<S: LedgerSink>(case ci: Int, step s: Int, at: Int64, into sink: inout S) throws {
        let c = roster.fraud.cases[ci]
        var g = fraudKey(ci).generator(s)
        switch c.pattern {
        case .cardTesting: try cardTesting(c, at: at, using: &g, into: &sink)
        case .velocityBurst: try velocityBurst(c, at: at, using: &g, into: &sink)
        case .structuring: try structuring(c, step: s, at: at, using: &g, into: &sink)
        case .bustOut: try bustOut(c, step: s, at: at, using: &g, into: &sink)
        case .merchantCollusion: try collusion(c, at: at, using: &g, into: &sink)
        case .accountTakeover: try accountTakeover(c, at: at, using: &g, into: &sink)
        case .muleAccount: try muleAccount(c, at: at, using: &g, into: &sink)
        case .refundAbuse: break
        default: try graph(c, at: at, using: &g, into: &sink)
        }
    }

    /// The card a fraud step uses: the credit card when open, else the primary account's debit card.
    func fraudCard(at: Int64) -> Int {
        if let k = creditSlot, accounts[k].facts.openedAt <= at { return k }
        return primary
    }

    /// A card (or PIX) payment emitted as decided: `declined`, failed for funds, or posted at once.
    @discardableResult
    mutating func fraudDebit<S: LedgerSink>(
        _ slot: Int, _ amount: Int64, at: Int64, merchant: Int, kind: Int, channel: Channel = .card, declined: Bool = false, into sink: inout S
    ) throws -> LedgerRow? {
        guard amount > 0, accounts[slot].facts.openedAt <= at else { return nil }
        var row = newRow(slot: slot, type: .debit, amount: amount, at: at, channel: channel, purpose: .purchase)
        row.merchant = merchant
        row.merchantKind = kind
        if declined {
            row.status = .failed
            row.failure = .declined
        } else if amount > accounts[slot].available {
            row.status = .failed
            row.failure = accounts[slot].isCredit ? .creditLimit : .insufficientFunds
        } else {
            accounts[slot].balance -= amount
            if channel == .card { row.updatedAt = min(at + 6 * CivilCalendar.microsPerHour + Int64(row.seq % 30) * CivilCalendar.microsPerHour, model.scenario.nowMicros) }
        }
        try sink.emit(row)
        return row
    }

    /// Card testing: tiny card-not-present attempts at many merchants within minutes, most declined, then one big purchase.
    private mutating func cardTesting<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, at: Int64, using g: inout R, into sink: inout S) throws {
        let slot = fraudCard(at: at)
        let kinds = FraudTables.testingKinds
        let span = (c.end - c.start) * 6 / 10
        let gap = max(span / Int64(c.size), 10_000_000)
        var t = at
        for _ in 0..<c.size {
            t = min(t + g.uniform(5_000_000...gap), c.end)
            let k = kinds[g.uniform(below: kinds.count)]
            guard let m = model.merchants.pick(kind: k, at: t, using: &g) else { continue }
            try fraudDebit(slot, g.uniform(100...990), at: t, merchant: m, kind: k, declined: g.bernoulli(0.55), into: &sink)
        }
        let k = FraudTables.bigTicketKinds[g.uniform(below: FraudTables.bigTicketKinds.count)]
        t = min(t + g.uniform(60_000_000...(20 * 60_000_000)), c.end)
        guard let m = model.merchants.pick(kind: k, at: t, using: &g) else { return }
        let big = Int64(g.logNormal(mu: DeterministicMath.log(180_000), sigma: 0.5))
        try fraudDebit(slot, big, at: t, merchant: m, kind: k, into: &sink)
    }

    /// A velocity burst: ordinary-looking purchases at ten times the owner's rate, for hours.
    private mutating func velocityBurst<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, at: Int64, using g: inout R, into sink: inout S) throws {
        let tables = model.ledgerTables
        let gap = max((c.end - c.start) / Int64(c.size), 60_000_000)
        var t = at
        for _ in 0..<c.size {
            t = min(t + g.uniform((gap / 3)...gap), c.end)
            let k = tables.purchaseKinds[tables.purchaseAlias.sample(using: &g)]
            guard let m = model.merchants.pick(kind: k, at: t, using: &g) else { continue }
            let pix = g.bernoulli(0.3)
            let slot = pix ? primary : fraudCard(at: t)
            let amount = Int64(Double(tables.amount(kind: k, using: &g)) * (1 + g.unitDouble()))
            try fraudDebit(slot, amount, at: t, merchant: m, kind: k, channel: pix ? .pix : .card, into: &sink)
        }
    }

    /// Structuring: deposits just under the reporting threshold into the owner's accounts; every third step a transfer out just under it.
    private mutating func structuring<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, step s: Int, at: Int64, using g: inout R, into sink: inout S) throws {
        let threshold = model.scenario.fraud.structuringThresholdCents
        let amount = threshold * Int64(880 + g.uniform(below: 118)) / 1_000 - Int64(g.uniform(below: 10_000))
        if s % 3 == 2 {
            try externalOut(min(amount, accounts[primary].available), at: at, into: &sink)
            return
        }
        let slots = accounts.indices.filter { accounts[$0].facts.kind != .credit && accounts[$0].facts.currency == .BRL && accounts[$0].facts.openedAt <= at }
        let slot = slots.isEmpty ? primary : slots[g.uniform(below: slots.count)]
        try credit(slot, amount, at: at, channel: .pix, purpose: .income, into: &sink)
    }

    /// Bust-out: growing purchases on the credit card (`step < 1000`), then maxing it out (`step >= 1000`).
    private mutating func bustOut<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, step s: Int, at: Int64, using g: inout R, into sink: inout S) throws {
        guard let slot = creditSlot, accounts[slot].facts.openedAt <= at else { return }
        let limit = accounts[slot].facts.creditLimitCents
        let weeks = max(Int((c.end - c.start) / (7 * CivilCalendar.microsPerDay)) - 1, 1)
        let amount: Int64
        if s < 1_000 {
            amount = Int64(Double(limit) * (0.04 + 0.3 * Double(s) / Double(weeks)) * (0.7 + 0.6 * g.unitDouble()))
        } else {
            let available = accounts[slot].available
            amount = s - 1_000 == c.size - 1 ? available - Int64(g.uniform(below: 2_000)) : Int64(Double(available) * (0.3 + 0.4 * g.unitDouble()))
        }
        let kinds = s < 1_000 ? model.ledgerTables.purchaseKinds : FraudTables.bigTicketKinds
        let k = kinds[g.uniform(below: kinds.count)]
        guard amount >= 100, let m = model.merchants.pick(kind: k, at: at, using: &g) else { return }
        try fraudDebit(slot, amount, at: at, merchant: m, kind: k, into: &sink)
    }

    /// A collusion ring member's round-amount purchase at the colluding merchant; most are "refunded" days later.
    private mutating func collusion<S: LedgerSink, R: RandomNumberGenerator>(_ c: FraudCase, at: Int64, using g: inout R, into sink: inout S) throws {
        let rounds: [Int64] = [30_000, 50_000, 50_000, 80_000, 100_000, 100_000, 150_000, 200_000]
        let slot = fraudCard(at: at)
        let amount = rounds[g.uniform(below: rounds.count)]
        guard let row = try fraudDebit(slot, amount, at: at, merchant: c.merchant, kind: c.merchantKind, into: &sink), row.status == .posted else { return }
        if g.bernoulli(0.65) {
            let day = CivilCalendar.microsPerDay
            future.append(Planned(
                time: at + g.uniform(day...(5 * day)), order: 0,
                action: .refund(slot: slot, amount: amount, merchant: c.merchant, kind: c.merchantKind, purchaseSeq: row.seq), mark: mark))
        }
    }
}
