/// The fraud cases of one tenant, planned once per tenant from (seed, tenant).
///
/// Per pattern the tenant gets Poisson(rate × user-months / 1,000) cases; each
/// draws its lead (and peers) among users not yet in a case, and a window
/// inside all of their active lives. A draw that finds no fitting users is
/// dropped, so small tenants get fewer multi-user cases. Refund abuse is
/// decided per user by `RetailModel.refundAbuse` (the cart planner needs it
/// without the tenant) and only listed here.
///
/// Every ledger simulation of the tenant (accounts, transactions, receipts,
/// outbox, labels) sees the same plan through `TenantRoster.fraud`, so the
/// fraud appears consistently in every table.
struct TenantFraudPlan: Sendable {
    private(set) var cases: [FraudCase] = []
    /// Per user of the tenant: the cases they take part in (indices into `cases`).
    private(set) var parts: [[Int]]
    private let memberCount: Int

    static let empty = TenantFraudPlan(parts: [])

    private init(parts: [[Int]]) {
        self.parts = parts
        memberCount = parts.count
    }

    /// Multi-user typologies first: they need several free users at once.
    static let planningOrder = FraudPattern.allCases.filter { $0.minimumMembers > 1 } + FraudPattern.allCases.filter { $0.minimumMembers == 1 }

    /// (`parts` is sized at the first case: most tenants have none, and then planning
    /// allocates nothing; `supermarket` is the tenant's feature, when the caller has it.)
    init(model: FinanceModel, tenant t: Int, members: [TenantRoster.Member], supermarket: Bool? = nil) {
        parts = []
        memberCount = members.count
        let settings = model.scenario.fraud
        guard settings.isEnabled, !members.isEmpty else { return }
        var planner: FraudCasePlanner?
        let root = model.keys.ledger.child("fraud.plan")
        let userMonths = Double(members.count * model.scenario.historyMonths)
        for p in Self.planningOrder where p != .refundAbuse && members.count >= p.minimumMembers {
            let s = settings[p]
            guard s.rate > 0 else { continue }
            var g = root.child(p.rawValue).generator(t)
            let n = g.poisson(lambda: s.rate * userMonths / 1_000)
            for _ in 0..<n {
                if planner == nil { planner = FraudCasePlanner(model: model, tenant: t, members: members) }
                if let c = planner!.plan(p, index: cases.count, settings: s, using: &g) { add(c) }
            }
        }
        guard supermarket ?? model.tenantTraits(t).supermarket else { return }
        for u in members.indices {
            let m = members[u]
            let churnAt = m.activeUntil == Int64.max ? nil : m.activeUntil
            guard let w = model.retail.refundAbuse(tenant: t, user: u, openedAt: m.primaryOpenedAt, churnAt: churnAt) else { continue }
            add(FraudCase(index: cases.count, pattern: .refundAbuse, start: w.start, end: w.end, members: [u], roles: [.fraudster],
                          size: w.orders, merchant: -1, merchantKind: -1))
        }
    }

    private mutating func add(_ c: FraudCase) {
        if parts.isEmpty { parts = Array(repeating: [], count: memberCount) }
        cases.append(c)
        for u in c.members { parts[u].append(c.index) }
    }

    /// The user's cases (empty when not involved).
    func cases(of u: Int) -> [Int] { u >= 0 && u < parts.count ? parts[u] : [] }
}

/// Chooses users and windows for new cases, remembering who is already involved.
struct FraudCasePlanner {
    let model: FinanceModel
    let tenant: Int
    let members: [TenantRoster.Member]
    let root: StreamKey
    var used: [Bool]
    let hour = CivilCalendar.microsPerHour
    let day = CivilCalendar.microsPerDay

    init(model: FinanceModel, tenant: Int, members: [TenantRoster.Member]) {
        self.model = model
        self.tenant = tenant
        self.members = members
        root = model.keys.ledger.child("fraud.plan")
        used = Array(repeating: false, count: members.count)
    }

    func facts(_ u: Int) -> UserFacts {
        model.userFacts(tenant: tenant, user: u, tenantCreatedAt: model.tenantCreatedAt(tenant))
    }

    /// The latest instant any row of user `u` may have (before churn and "now", with a margin).
    private func last(_ u: Int) -> Int64 { min(members[u].activeUntil, model.scenario.nowMicros) - hour }
    private func first(_ u: Int) -> Int64 { max(model.scenario.historyStartMicros + 7 * day, members[u].primaryOpenedAt + day) }

    mutating func plan<R: RandomNumberGenerator>(_ p: FraudPattern, index: Int, settings s: Scenario.Fraud.Pattern, using g: inout R) -> FraudCase? {
        let size = g.uniform(s.size)
        let window = Int64(s.windowHours * Double(hour))
        for _ in 0..<12 {
            let lead = g.uniform(below: members.count)
            guard !used[lead] else { continue }
            var group = [lead]
            switch p {
            case .accountTakeover:
                // Mules are other users of the tenant when there are any (else outside banks).
                group += peers(min(size, members.count - 1), excluding: lead, using: &g)
            case .merchantCollusion:
                group += peers(size - 1, excluding: lead, using: &g)
                guard group.count >= 2 else { continue }
            case _ where p.isGraph:
                group += peers(size - 1, excluding: lead, using: &g)
                guard group.count == size else { continue }
            default:
                break
            }
            var lo = group.map(first).max() ?? 0
            var hi = (group.map(last).min() ?? 0) - window
            switch p {
            case .muleAccount:
                // A newly opened account: the case starts days after the primary account opened.
                guard members[lead].primaryOpenedAt >= model.scenario.historyStartMicros else { continue }
                hi = min(hi, members[lead].primaryOpenedAt + 12 * day)
            case .bustOut:
                // Months of good behaviour on a credit card first.
                let f = facts(lead)
                guard let k = f.accounts.firstIndex(where: { $0.kind == .credit }) else { continue }
                lo = max(lo, f.accounts[k].openedAt + 120 * day)
            default:
                break
            }
            guard hi > lo else { continue }
            let start = g.uniform(lo...hi)
            for u in group { used[u] = true }
            let roles: [FraudRole] = p.isGraph ? p.graphRoles(nodes: size) : group.indices.map { role(p, position: $0) }
            var merchant = -1, kind = -1
            if p == .merchantCollusion { (merchant, kind) = colludingMerchant(using: &g) }
            return FraudCase(index: index, pattern: p, start: start, end: start + window, members: group, roles: roles, size: size,
                             merchant: merchant, merchantKind: kind)
        }
        return nil
    }

    /// Up to `n` distinct users not yet in a case.
    private mutating func peers<R: RandomNumberGenerator>(_ n: Int, excluding lead: Int, using g: inout R) -> [Int] {
        var out: [Int] = []
        var attempts = 0
        while out.count < n && attempts < 8 * n + 8 {
            attempts += 1
            let u = g.uniform(below: members.count)
            if u != lead && !used[u] && !out.contains(u) { out.append(u) }
        }
        return out
    }

    private func role(_ p: FraudPattern, position: Int) -> FraudRole {
        switch p {
        case .cardTesting, .velocityBurst: .victim
        case .accountTakeover: position == 0 ? .victim : .mule
        case .muleAccount: .mule
        case .merchantCollusion: .accomplice
        default: .fraudster
        }
    }

    /// A shell merchant of the global catalog (the same few in every tenant, so rings add up
    /// at them): ordinary customers never buy there, so the ring's sales and refunds are its books.
    private func colludingMerchant<R: RandomNumberGenerator>(using g: inout R) -> (Int, Int) {
        let d = model.merchants
        guard !d.shells.isEmpty else { return (d.kindStart[FraudTables.collusionKinds[0]], FraudTables.collusionKinds[0]) }
        let m = d.shells[g.uniform(below: d.shells.count)]
        return (m, d.kindIndex(of: m))
    }
}
