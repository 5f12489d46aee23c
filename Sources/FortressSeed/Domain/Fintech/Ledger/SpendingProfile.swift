/// How one user earns and spends: drawn once per user, it keeps amounts and
/// habits stable from month to month (the same rent, the same payday).
struct SpendingProfile {
    struct Bill {
        let kind: Int
        let merchant: Int
        let amountCents: Int64
        let dueDay: Int
        /// Streaming and similar subscriptions go on the credit card when there is one.
        let onCredit: Bool
    }

    let salaried: Bool
    let salaryCents: Int64
    /// Paid on this business day of the month.
    let paydayBusinessDay: Int
    /// Irregular income (PIX from clients, odd jobs) per month, and its median amount.
    let incomePerMonth: Double
    let incomeMedianCents: Int64
    /// (A `var`: the ledger hands the array back to its scratch when done.)
    var bills: [Bill]
    /// Multiplies the scenario's purchase rate: heavy and light users.
    let activity: Double
    /// Multiplies purchase amounts: people with higher income spend more per purchase.
    let spendScale: Double
    /// Share of salary moved to savings after payday (0 when no savings account).
    let saveShare: Double
    /// Monthly bank fee (0: fee-free account).
    let monthlyFeeCents: Int64
    /// Share of day-to-day purchases put on the credit card when there is one.
    let creditShare: Double
    /// Share of debit purchases paid by PIX rather than card.
    let pixShare: Double
}

extension SpendingProfile {
    /// √(income / R$ 3.200) in 0.35...3: spending grows slower than income.
    static func spendScale(monthlyIncome: Int64) -> Double {
        (Double(monthlyIncome) / 320_000).squareRoot().clamped(to: 0.35...3) * 0.42
    }
}

extension FinanceModel {
    /// The spending profile of user `u` (or corporate owner) of tenant `t`.
    func spendingProfile(tenant t: Int, user u: Int, hasCredit: Bool, hasSavings: Bool) -> SpendingProfile {
        var bills: [SpendingProfile.Bill] = []
        var kinds: [Int] = []
        return spendingProfile(tenant: t, user: u, hasCredit: hasCredit, hasSavings: hasSavings, bills: &bills, kinds: &kinds)
    }

    /// `spendingProfile(tenant:user:hasCredit:hasSavings:)` with the bills built in `bills`
    /// (emptied first; the profile shares it, so the ledger can hand the storage back to
    /// its scratch) and `kinds` as working space.
    func spendingProfile(
        tenant t: Int, user u: Int, hasCredit: Bool, hasSavings: Bool, bills: inout [SpendingProfile.Bill], kinds usedKinds: inout [Int]
    ) -> SpendingProfile {
        bills.removeAll(keepingCapacity: true)
        usedKinds.removeAll(keepingCapacity: true)
        var g = keys.ledger.child("profile").child(t).generator(u)
        let l = scenario.ledger
        let salaried = g.bernoulli(l.salaryShare)
        // Monthly pay: log-normal, median R$ 3.200 (Brazil's formal-sector median is near R$ 3.000).
        let salary = (Int64(g.logNormal(mu: DeterministicMath.log(320_000), sigma: 0.6)) / 100) * 100
        var tenantG = keys.ledger.child("tenant.payday").generator(t)
        let payday = isBusiness(t) ? 1 + tenantG.uniform(below: 5) : 5
        let billCount = g.uniform(l.billsPerUser)
        for _ in 0..<billCount {
            let k = ledgerTables.recurringKinds[ledgerTables.recurringAlias.sample(using: &g)]
            if usedKinds.contains(k) { continue }
            usedKinds.append(k)
            guard let m = merchants.pick(kind: k, at: scenario.historyStartMicros, using: &g) else { continue }
            let streaming = MerchantCatalogData.kinds[k].category == "Streaming e assinaturas"
            bills.append(.init(
                kind: k, merchant: m, amountCents: ledgerTables.amount(kind: k, using: &g), dueDay: 1 + g.uniform(below: 28),
                onCredit: hasCredit && (streaming || g.bernoulli(0.2))))
        }
        return SpendingProfile(
            salaried: salaried, salaryCents: max(salary, 151_800), paydayBusinessDay: payday,
            incomePerMonth: salaried ? 0.3 : 4 + g.unitDouble() * 6,
            incomeMedianCents: salaried ? 20_000 : Int64(g.logNormal(mu: DeterministicMath.log(60_000), sigma: 0.5)),
            bills: bills, activity: g.logNormal(mu: -0.08, sigma: 0.4),
            spendScale: SpendingProfile.spendScale(monthlyIncome: salaried ? salary : 60_000 * 7),
            saveShare: hasSavings && g.bernoulli(0.6) ? 0.05 + g.unitDouble() * 0.15 : 0,
            monthlyFeeCents: g.bernoulli(0.3) ? [1290, 1990, 2990, 4490][g.uniform(below: 4)] : 0,
            creditShare: hasCredit ? 0.35 + g.unitDouble() * 0.4 : 0, pixShare: 0.2 + g.unitDouble() * 0.3)
    }
}
