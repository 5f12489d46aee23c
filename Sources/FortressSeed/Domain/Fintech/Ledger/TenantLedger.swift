/// Runs the ledger of a whole tenant: every user, then the corporate accounts.
///
/// The unit of generation (and, later, of sharding): a tenant's rows depend
/// only on the tenant's own users.
struct TenantLedger {
    let model: FinanceModel
    let tenant: Int
    let roster: TenantRoster
    /// Reused by every user's simulation (and across tenants when the caller passes one).
    let scratch: LedgerScratch

    init(model: FinanceModel, tenant: Int) {
        self.init(tenant: tenant, scratch: LedgerScratch(model: model))
    }

    /// The tenant's ledger with `scratch`'s model and buffers (one scratch for many tenants).
    init(tenant: Int, scratch: LedgerScratch) {
        model = scratch.shared.value
        self.tenant = tenant
        self.scratch = scratch
        roster = TenantRoster(model: model, tenant: tenant, storage: scratch.roster)
    }

    func run<S: LedgerSink>(into sink: inout S) throws {
        let created = model.tenantCreatedAt(tenant)
        for u in 0..<roster.members.count {
            let facts = model.ledgerFacts(tenant: tenant, user: u, tenantCreatedAt: created, kinds: &scratch.kinds, accounts: &scratch.accountFacts)
            var ledger = UserLedger(
                roster: roster, tenant: tenant, user: u, accounts: scratch.accountFacts, churnAt: facts.lifecycle.churnAt,
                cityName: BrazilGeography.cities[facts.person.city].name, scratch: scratch)
            try ledger.run(into: &sink)
            ledger.recycle(into: scratch)
        }
        if model.isBusiness(tenant) {
            var corporate = UserLedger(roster: roster, corporateOf: tenant, scratch: scratch)
            try corporate.run(into: &sink)
            corporate.recycle(into: scratch)
        }
    }
}

/// Collects each account's posted balance and last activity (the accounts pass).
struct BalanceSink: LedgerSink {
    var balance: [UUIDValue: Int64] = [:]
    var lastActivity: [UUIDValue: Int64] = [:]

    mutating func emit(_ row: LedgerRow) throws {
        if row.status == .posted { balance[row.account, default: 0] += row.type.sign * row.amountCents }
        lastActivity[row.account] = max(lastActivity[row.account] ?? row.updatedAt, row.updatedAt)
    }

    mutating func reset() {
        balance.removeAll(keepingCapacity: true)
        lastActivity.removeAll(keepingCapacity: true)
    }
}
