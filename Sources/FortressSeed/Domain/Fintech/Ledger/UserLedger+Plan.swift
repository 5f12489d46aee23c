/// What happens on a day: income, bills, purchases, transfers, card bills.
extension UserLedger {
    private mutating func plan(_ action: Planned.Action, day: Int64, local: Int64) {
        today.append(Planned(time: CalendarProfile.instant(days: day, localMicros: local), order: today.count, action: action))
    }

    private func hour(_ h: Int64) -> Int64 { h * CivilCalendar.microsPerHour }

    /// `g.poisson(lambda:)`, with the exponential from the scratch's cache.
    /// (Static: a method of the ledger called from its mutating ones copied the ledger.)
    @inline(__always)
    private static func poissonCount<R: RandomNumberGenerator>(_ lambda: Double, _ cache: ExpCache, using g: inout R) -> Int {
        g.poisson(lambda: lambda, expMinusLambda: { cache.expMinus(lambda) })
    }

    mutating func planDay<R: RandomNumberGenerator>(_ day: Int64, using g: inout R) {
        let (year, month, dom) = CivilCalendar.civil(days: day)
        enterMonth(year: year, month: month)
        let l = model.scenario.ledger
        let tables = model.ledgerTables
        let payday = calendar.payday
        let lastPayday = day >= payday ? payday : calendar.previousPayday

        if profile.salaried {
            if day == payday { plan(.salary(amount: profile.salaryCents, thirteenth: false), day: day, local: hour(4) + g.uniform(0...hour(4))) }
            // The 13th salary: first half by 30 November, second by 20 December.
            if day == calendar.thirteenthDay {
                plan(.salary(amount: profile.salaryCents / 2, thirteenth: true), day: day, local: hour(5) + g.uniform(0...hour(3)))
            }
            if day == payday + 1 && profile.saveShare > 0 && g.bernoulli(0.8) {
                let amount = (Int64(Double(profile.salaryCents) * profile.saveShare) / 1_000) * 1_000
                if amount > 0 { plan(.save(amount: amount), day: day, local: hour(9) + g.uniform(0...hour(12))) }
            }
        }
        for _ in 0..<Self.poissonCount(profile.incomePerMonth / 30.44, expCache, using: &g) {
            let amount = max(500, Int64(g.logNormal(mu: DeterministicMath.log(Double(profile.incomeMedianCents)), sigma: 0.8)))
            plan(.income(amount: amount), day: day, local: tables.timeOfDay(using: &g))
        }
        for i in billDue.indices where dom == billDue[i] {
            plan(.bill(index: i), day: day, local: hour(8) + g.uniform(0...hour(12)))
        }
        let factor = CalendarProfile.purchaseFactor(days: day, year: year, month: month, day: dom, daysSincePayday: Int(day - lastPayday)) * profile.activity
        for _ in 0..<Self.poissonCount(l.purchasesPerMonth / 30.44 * factor, expCache, using: &g) {
            let k = tables.purchaseKinds[tables.purchaseAlias.sample(using: &g)]
            let onCredit = creditSlot != nil && g.bernoulli(profile.creditShare)
            let pix = !onCredit && g.bernoulli(profile.pixShare)
            let amount = max(100, Int64(Double(tables.amount(kind: k, using: &g)) * profile.spendScale))
            plan(.purchase(kind: k, amount: amount, onCredit: onCredit, pix: pix), day: day, local: tables.timeOfDay(using: &g))
        }
        for _ in 0..<Self.poissonCount(l.transfersPerMonth / 30.44, expCache, using: &g) {
            let members = roster.members.count
            let to = members > 1 && g.bernoulli(0.6) ? (owner + 1 + g.uniform(below: members - 1)) % members : -1
            let amount = max(100, Int64(g.logNormal(mu: DeterministicMath.log(8_000), sigma: 1.1)))
            plan(.pix(to: to, amount: amount), day: day, local: tables.timeOfDay(using: &g))
        }
        for slot in accounts.indices {
            let facts = accounts[slot].facts
            switch facts.kind {
            case .credit:
                let due = min(facts.closingDay + 7, calendar.daysInMonth)
                if dom == due { plan(.cardBill(slot: slot), day: day, local: hour(7) + g.uniform(0...hour(10))) }
            case .savings:
                if dom == 1 { plan(.yield(slot: slot), day: day, local: hour(3)) }
            case .bank:
                if slot == primary && profile.monthlyFeeCents > 0 && day == calendar.firstBusinessDay {
                    plan(.monthlyFee(slot: slot, amount: profile.monthlyFeeCents), day: day, local: hour(2) + g.uniform(0...hour(2)))
                }
            case .wallet:
                break
            }
            if facts.currency != .BRL {
                if g.bernoulli(1.0 / 60) {
                    plan(.topUp(slot: slot, amount: Int64(g.logNormal(mu: DeterministicMath.log(50_000), sigma: 0.7))), day: day, local: hour(10) + g.uniform(0...hour(8)))
                }
                if g.bernoulli(1.0 / 12), !tables.travelKinds.isEmpty {
                    let k = tables.travelKinds[g.uniform(below: tables.travelKinds.count)]
                    plan(.foreignPurchase(slot: slot, kind: k, amount: tables.amount(kind: k, using: &g) / 5), day: day, local: tables.timeOfDay(using: &g))
                }
            }
        }
    }

    /// A business's corporate accounts: customer payments in, suppliers and fees out.
    mutating func planCorporateDay<R: RandomNumberGenerator>(_ day: Int64, using g: inout R) {
        let (year, month, _) = CivilCalendar.civil(days: day)
        enterMonth(year: year, month: month)
        let weekday = CivilCalendar.weekday(days: day)
        let tables = model.ledgerTables
        for _ in 0..<Self.poissonCount(weekday < 5 ? 3 : 0.8, expCache, using: &g) {
            plan(.revenue(amount: max(1_000, Int64(g.logNormal(mu: DeterministicMath.log(45_000), sigma: 1.0)))), day: day, local: tables.timeOfDay(using: &g))
        }
        if weekday < 5 && g.bernoulli(0.25) {
            let k = tables.purchaseKinds[tables.purchaseAlias.sample(using: &g)]
            plan(.supplier(kind: k, amount: tables.amount(kind: k, using: &g) * 20), day: day, local: hour(9) + g.uniform(0...hour(8)))
        }
        if day == calendar.firstBusinessDay {
            plan(.monthlyFee(slot: primary, amount: 8_990), day: day, local: hour(2))
        }
    }
}
