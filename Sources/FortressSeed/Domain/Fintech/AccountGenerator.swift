/// Rows of `accounts`: each user's accounts, then the tenant's corporate ones.
///
/// Balances are 0 until the ledger is generated: `balance` must equal the
/// spec §14 reconciliation of posted transactions, and there are none yet.
struct AccountGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 512)
        for t in 0..<model.tenantCount {
            let tenantID = model.tenantID(t)
            let tenantCreated = model.tenantCreatedAt(t)
            for u in 0..<model.userCount(tenant: t) {
                let userID = model.userID(tenant: t, user: u)
                let userCreated = model.userAccess(tenant: t, user: u, tenantCreatedAt: tenantCreated).createdAt
                for (k, kind) in model.accountKinds(tenant: t, user: u).enumerated() {
                    let facts = model.accountFacts(tenant: t, owner: u, account: k, kind: kind, openedAfter: userCreated)
                    write(model.accountID(tenant: t, user: u, account: k), tenantID, userID, kind, facts, &json, &out.writer)
                    try out.endRow()
                }
            }
            for c in 0..<model.corporateAccountCount(tenant: t) {
                let kind: AccountKind = c == 0 ? .bank : (c % 2 == 1 ? .wallet : .bank)
                let facts = model.accountFacts(tenant: t, owner: -1 - c, account: c, kind: kind, openedAfter: tenantCreated)
                write(model.corporateAccountID(tenant: t, account: c), tenantID, nil, kind, facts, &json, &out.writer)
                try out.endRow()
            }
        }
    }

    private func write<W: RowWriting>(
        _ id: UUIDValue, _ tenantID: UUIDValue, _ userID: UUIDValue?, _ kind: AccountKind, _ facts: AccountFacts,
        _ json: inout JSONWriter, _ w: inout W
    ) {
        w.uuid(id)
        w.uuid(tenantID)
        w.uuid(userID)
        w.label(kind.sqlLabel)
        w.label(facts.currency.sqlLabel)
        w.decimal(minorUnits: 0, scale: 6)
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
            json.key("yield_index"); json.string("CDI")
            json.key("yield_percent"); json.int(100)
        }
        json.endObject()
        w.json(json.buffer)
        w.timestamp(micros: facts.openedAt)
        w.timestamp(micros: facts.openedAt)
    }
}

/// Facts about one account derived from its address.
struct AccountFacts {
    let currency: Currency
    let number: String
    let openedAt: Int64
    let creditLimitCents: Int64
    let closingDay: Int
}

extension FinanceModel {
    /// Opening time, currency, number and credit terms of an account.
    ///
    /// - Parameter owner: the user index, or `-1 - c` for corporate account `c`.
    func accountFacts(tenant t: Int, owner: Int, account k: Int, kind: AccountKind, openedAfter: Int64) -> AccountFacts {
        var g = keys.account.child(t).child(owner).generator(k)
        let currency = kind == .credit || kind == .savings ? Currency.BRL : Mix<Currency>.label(at: currencyTable.sample(using: &g))
        let latest = max(openedAfter + CivilCalendar.microsPerHour, scenario.nowMicros - CivilCalendar.microsPerDay)
        let openedAt = k == 0 ? openedAfter + g.uniform(60_000_000...3_600_000_000) : g.uniform(openedAfter...latest)
        let number = String(g.uniform(10_000_000...99_999_999)) + "-" + String(g.uniform(0...9))
        // Credit limits: log-normal around R$ 2.500, in steps of R$ 50.
        let limit = Int64(g.logNormal(mu: 7.8, sigma: 0.8) / 50).clamped(to: 4...2_000) * 5_000
        return AccountFacts(
            currency: currency, number: number, openedAt: min(openedAt, scenario.nowMicros - 1),
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
