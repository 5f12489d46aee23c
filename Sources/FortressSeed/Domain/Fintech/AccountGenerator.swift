/// Rows of `accounts`: each user's accounts, then the tenant's corporate ones.
///
/// `balance` is what spec §14's reconciliation gives over the generated
/// ledger (posted credits minus posted debits, transfers and fees), so the
/// tenant's ledger is simulated first (without writing it) to know it;
/// `updated_at` is the account's last ledger activity.
struct AccountGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 512)
        var balances = BalanceSink()
        for t in model.tenants {
            balances.reset()
            try TenantLedger(model: model, tenant: t).run(into: &balances)
            let tenantID = model.tenantID(t)
            let tenantCreated = model.tenantCreatedAt(t)
            for u in 0..<model.userCount(tenant: t) {
                let userID = model.userID(tenant: t, user: u)
                let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: tenantCreated)
                for (k, account) in facts.accounts.enumerated() {
                    let id = model.accountID(tenant: t, user: u, account: k)
                    write(id, tenantID, userID, account, balances, &json, &out.writer)
                    try out.endRow()
                }
            }
            for c in 0..<model.corporateAccountCount(tenant: t) {
                let facts = model.accountFacts(
                    tenant: t, owner: -1 - c, account: c, kind: model.corporateAccountKind(c), openedAfter: tenantCreated,
                    openedBefore: model.scenario.nowMicros)
                write(model.corporateAccountID(tenant: t, account: c), tenantID, nil, facts, balances, &json, &out.writer)
                try out.endRow()
            }
        }
    }

    private func write<W: RowWriting>(
        _ id: UUIDValue, _ tenantID: UUIDValue, _ userID: UUIDValue?, _ facts: AccountFacts, _ balances: BalanceSink,
        _ json: inout JSONWriter, _ w: inout W
    ) {
        let kind = facts.kind
        w.uuid(id)
        w.uuid(tenantID)
        w.uuid(userID)
        w.label(kind.sqlLabel)
        w.label(facts.currency.sqlLabel)
        w.decimal(minorUnits: balances.balance[id] ?? 0, scale: 2)
        json.reset()
        json.beginObject()
        json.key("bank_code"); json.string("0260")
        json.key("branch"); json.string("0001")
        json.key("number"); json.string(facts.number)
        json.key("nickname"); json.string(kind.nickname)
        if kind == .credit {
            json.key("credit_limit"); json.decimal(minorUnits: facts.creditLimitCents, scale: 2)
            json.key("closing_day"); json.int(facts.closingDay)
            json.key("due_day"); json.int(facts.closingDay + 7)
        }
        if kind == .savings {
            json.key("yield_index"); json.string("poupanca")
            json.key("yield_percent_month"); json.decimal(minorUnits: 55, scale: 2)
        }
        json.endObject()
        w.json(json.buffer)
        w.timestamp(micros: facts.openedAt)
        w.timestamp(micros: max(facts.openedAt, balances.lastActivity[id] ?? facts.openedAt))
    }
}

/// Facts about one account derived from its address.
struct AccountFacts {
    let kind: AccountKind
    let currency: Currency
    let number: String
    let openedAt: Int64
    let creditLimitCents: Int64
    let closingDay: Int
}

extension FinanceModel {
    /// Opening time, currency, number and credit terms of an account.
    ///
    /// - Parameters:
    ///   - owner: the user index, or `-1 - c` for corporate account `c`.
    ///   - openedBefore: the latest opening time (the owner's churn, or "now").
    func accountFacts(tenant t: Int, owner: Int, account k: Int, kind: AccountKind, openedAfter: Int64, openedBefore: Int64) -> AccountFacts {
        var g = keys.account.child(t).child(owner).generator(k)
        let drawn = Mix<Currency>.label(at: currencyTable.sample(using: &g))
        // The primary account (k == 0) and credit and savings accounts are in BRL.
        let currency = k == 0 || kind == .credit || kind == .savings ? Currency.BRL : drawn
        let latest = max(openedAfter, min(openedBefore, scenario.nowMicros) - CivilCalendar.microsPerHour)
        let openedAt = k == 0
            ? min(openedAfter + g.uniform(60_000_000...3_600_000_000), latest)
            : g.uniform(openedAfter...latest)
        let number = String(g.uniform(10_000_000...99_999_999)) + "-" + String(g.uniform(0...9))
        // Credit limits: log-normal around R$ 2.500, in steps of R$ 50.
        let limit = Int64(g.logNormal(mu: 7.8, sigma: 0.8) / 50).clamped(to: 4...2_000) * 5_000
        return AccountFacts(
            kind: kind, currency: currency, number: number, openedAt: openedAt,
            creditLimitCents: limit, closingDay: g.uniform(1...20))
    }
}

extension AccountKind {
    var sqlLabel: StaticString {
        switch self {
        case .wallet: "wallet"
        case .bank: "bank"
        case .credit: "credit"
        case .savings: "savings"
        }
    }

    var nickname: String {
        switch self {
        case .wallet: "Carteira"
        case .bank: "Conta corrente"
        case .credit: "Cartão de crédito"
        case .savings: "Poupança"
        }
    }
}

extension Currency {
    var sqlLabel: StaticString {
        switch self {
        case .BRL: "BRL"
        case .USD: "USD"
        case .EUR: "EUR"
        }
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
