/// What a tenant's users need to know about each other to send PIX transfers:
/// built once per tenant, O(users) memory.
struct TenantRoster {
    struct Member {
        let primaryAccount: UUIDValue
        let primaryOpenedAt: Int64
        /// No activity at or after this instant (`Int64.max` when not churned).
        let activeUntil: Int64
        /// Name as a statement prints it ("MARIA S SOUZA"), or a neutral text when erased.
        let statementName: String
    }

    let tenant: Int
    let members: [Member]
    /// The tenant's fraud cases (empty unless the scenario enables fraud patterns).
    let fraud: TenantFraudPlan
    /// The tenant has the supermarket feature: its users have carts and orders.
    let supermarket: Bool

    init(model: FinanceModel, tenant t: Int) {
        tenant = t
        supermarket = model.tenantProfile(t).supermarket
        let created = model.tenantCreatedAt(t)
        members = (0..<model.userCount(tenant: t)).map { u in
            let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: created)
            return Member(
                primaryAccount: model.accountID(tenant: t, user: u, account: 0), primaryOpenedAt: facts.accounts[0].openedAt,
                activeUntil: facts.lifecycle.churnAt ?? Int64.max,
                statementName: facts.lifecycle.erased ? "TITULAR ANONIMIZADO" : StatementText.fold(facts.person.givenName + " " + facts.person.lastSurname))
        }
        fraud = TenantFraudPlan(model: model, tenant: t, members: members)
    }
}

/// Everything about one user the ledger needs, derived once per user.
struct UserFacts {
    let person: Person
    let access: UserAccess
    let lifecycle: Lifecycle
    let accounts: [AccountFacts]
}

extension FinanceModel {
    func userFacts(tenant t: Int, user u: Int, tenantCreatedAt: Int64) -> UserFacts {
        let access = userAccess(tenant: t, user: u, tenantCreatedAt: tenantCreatedAt)
        let life = lifecycle(tenant: t, user: u, createdAt: access.createdAt)
        let until = life.churnAt ?? scenario.nowMicros
        let accounts = accountKinds(tenant: t, user: u).enumerated().map { k, kind in
            accountFacts(tenant: t, owner: u, account: k, kind: kind, openedAfter: access.createdAt, openedBefore: until)
        }
        return UserFacts(person: person(tenant: t, user: u), access: access, lifecycle: life, accounts: accounts)
    }
}
