/// What a tenant's users need to know about each other to send PIX transfers:
/// built once per tenant, O(users) memory.
///
/// The members live in a `TenantRoster.Storage` object. A standalone roster has its own;
/// a roster built with a `LedgerScratch` refills the scratch's, so simulating tenant after
/// tenant allocates nothing. Such a roster is valid until the scratch builds the next one
/// (the transactions pass drops each tenant's roster before the next is built).
struct TenantRoster {
    struct Member {
        let primaryAccount: UUIDValue
        let primaryOpenedAt: Int64
        /// No activity at or after this instant (`Int64.max` when not churned).
        let activeUntil: Int64
        /// The given name and last surname statements print, or nil when the user was erased.
        let names: (given: String, surname: String)?

        /// Name as a statement prints it ("MARIA S SOUZA"), or a neutral text when erased.
        var statementName: String {
            var b = ByteBuffer(capacity: 32)
            appendStatementName(to: &b)
            return String(decoding: b.bytes, as: UTF8.self)
        }

        /// `statementName`'s bytes, appended without building it.
        func appendStatementName(to b: inout ByteBuffer) {
            guard let names else { return b.append("TITULAR ANONIMIZADO") }
            StatementText.appendFolded(names.given, to: &b)
            b.append(UInt8(ascii: " "))
            StatementText.appendFolded(names.surname, to: &b)
        }
    }

    /// The members' array, behind a reference so a scratch can refill it in place.
    final class Storage {
        var members: [Member] = []
        /// Each member's account kinds and facts, while building (reused).
        var kinds: [AccountKind] = []
        var accounts: [AccountFacts] = []
    }

    let tenant: Int
    private let storage: Storage
    var members: [Member] { _read { yield storage.members } }
    /// The tenant's fraud cases (empty unless the scenario enables fraud patterns).
    let fraud: TenantFraudPlan
    /// The tenant has the supermarket feature: its users have carts and orders.
    let supermarket: Bool

    init(model: FinanceModel, tenant t: Int) {
        self.init(model: model, tenant: t, storage: Storage())
    }

    /// A roster in `storage`'s members array (emptied first, capacity kept).
    init(model: FinanceModel, tenant t: Int, storage: Storage) {
        tenant = t
        self.storage = storage
        supermarket = model.tenantTraits(t).supermarket
        let created = model.tenantCreatedAt(t)
        storage.members.removeAll(keepingCapacity: true)
        for u in 0..<model.userCount(tenant: t) {
            let facts = model.ledgerFacts(tenant: t, user: u, tenantCreatedAt: created, kinds: &storage.kinds, accounts: &storage.accounts)
            storage.members.append(Member(
                primaryAccount: model.accountID(tenant: t, user: u, account: 0), primaryOpenedAt: storage.accounts[0].openedAt,
                activeUntil: facts.lifecycle.churnAt ?? Int64.max,
                names: facts.lifecycle.erased ? nil : (facts.person.givenName, facts.person.lastSurname)))
        }
        fraud = TenantFraudPlan(model: model, tenant: t, members: storage.members, supermarket: supermarket)
    }
}

/// Everything about one user the ledger needs, derived once per user.
struct UserFacts {
    let person: Person
    let access: UserAccess
    let lifecycle: Lifecycle
    let accounts: [AccountFacts]
}

/// `UserFacts` as the ledger reads them: the person's names and city only (no documents
/// or address), the accounts in a caller's reused array. Building them allocates nothing.
struct LedgerUserFacts {
    let person: PersonSketch
    let access: UserAccess
    let lifecycle: Lifecycle
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

    /// `userFacts(tenant:user:tenantCreatedAt:)` for the ledger: the same draws, the accounts
    /// written into `accounts` (and their kinds into `kinds`), both emptied first.
    func ledgerFacts(
        tenant t: Int, user u: Int, tenantCreatedAt: Int64, kinds: inout [AccountKind], accounts: inout [AccountFacts]
    ) -> LedgerUserFacts {
        let access = userAccess(tenant: t, user: u, tenantCreatedAt: tenantCreatedAt)
        let life = lifecycle(tenant: t, user: u, createdAt: access.createdAt)
        let until = life.churnAt ?? scenario.nowMicros
        accountKinds(tenant: t, user: u, into: &kinds)
        accounts.removeAll(keepingCapacity: true)
        for (k, kind) in kinds.enumerated() {
            accounts.append(accountFacts(tenant: t, owner: u, account: k, kind: kind, openedAfter: access.createdAt, openedBefore: until))
        }
        return LedgerUserFacts(person: personSketch(tenant: t, user: u), access: access, lifecycle: life)
    }
}
