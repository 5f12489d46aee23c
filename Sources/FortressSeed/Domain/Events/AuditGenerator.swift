/// Rows of `audit_logs` for the critical actions of spec §11 that the finance data implies.
///
/// Per user, in time order: sign-up, each account opened, the first login
/// from each device the ledger shows them using, email/phone/password changes
/// (a fixed share of users, between sign-up and their last login),
/// deactivation after churn and anonymization on request. Then the business's
/// corporate accounts (opened by the back office: `user_id` NULL).
///
/// Orders (AuditGenerator+Orders.swift): one entry per state of each of the
/// user's orders, the creation by the buyer, later changes by the system
/// except a cancellation the customer asked for.
///
/// Account takeovers (README "Fraud patterns"): the victim's trail shows the
/// fraudster's way in, minutes before the drain: a `login_new_device` from the
/// case's city (not the victim's), then a `password_change`. Ordinary logins
/// carry the user's home city, so "a new device in another city, then a new
/// password" is a rule a fraud team can write. An anonymized user's login
/// cities read `"[erased]"` like their contact values.
///
/// Diffs hold only changed fields. Contact changes end at the value `users`
/// holds now (the change *to* the current email), so the latest `after` of
/// each field equals the row. Passwords are never logged: both sides read
/// `"[redacted]"`. Once a user is anonymized their earlier contact values in
/// the trail read `"[erased]"` (the erasure pipeline redacts them; the entries
/// stay), and they have no contact-change entries.
struct AuditGenerator {
    let events: EventModel

    static let emailChangeShare = 0.06
    static let phoneChangeShare = 0.08
    static let passwordChangeShare = 0.15
    static let erased = "[erased]"

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let model = events.finance
        var contacts = TenantContacts()
        var trail: [AuditEntry] = []
        var devices = DeviceFirstUse()
        var json = JSONWriter(capacity: 512)
        let scratch = LedgerScratch(model: model, keepingCartPlans: true)
        for t in model.tenants {
            contacts.load(model, tenant: t)
            let roster = TenantRoster(model: model, tenant: t)
            let created = model.tenantCreatedAt(t)
            let tenantID = model.tenantID(t)
            for u in 0..<roster.members.count {
                let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: created)
                devices.reset()
                var ledger = UserLedger(roster: roster, tenant: t, user: u, facts: facts, scratch: scratch)
                try ledger.run(into: &devices)
                collect(tenant: t, user: u, facts, email: contacts.emails[u], phone: contacts.phones[u], devices, into: &trail)
                collectOrders(carts: ledger.cartPlans, links: devices.orders, into: &trail)
                ledger.recycle(into: scratch)
                trail.sort { ($0.at, $0.index) < ($1.at, $1.index) }
                let userID = model.userID(tenant: t, user: u)
                let key = events.keys.auditID.child(t).child(u + 1)
                for e in trail {
                    let entity: UUIDValue
                    switch e.action {
                    case .accountCreated: entity = model.accountID(tenant: t, user: u, account: e.account)
                    case .orderCreated, .orderStatusChanged: entity = model.retail.orderID(tenant: t, user: u, cart: e.cart)
                    default: entity = userID
                    }
                    let account = e.action == .accountCreated ? facts.accounts[e.account] : nil
                    try write(e, id: key, tenantID: tenantID, entity: entity, actor: e.byUser ? userID : nil, account: account, owner: userID, &json, &out)
                }
            }
            let corporateKey = events.keys.auditID.child(t).child(0)
            for c in 0..<model.corporateAccountCount(tenant: t) {
                let kind = model.corporateAccountKind(c)
                let facts = model.accountFacts(tenant: t, owner: -1 - c, account: c, kind: kind, openedAfter: created, openedBefore: model.scenario.nowMicros)
                let e = AuditEntry(action: .accountCreated, at: facts.openedAt, index: c, account: c)
                try write(e, id: corporateKey, tenantID: tenantID, entity: model.corporateAccountID(tenant: t, account: c), actor: nil, account: facts, owner: nil, &json, &out)
            }
        }
    }

    /// The user's entries, unsorted, each with a fixed index (its id's address).
    private func collect(
        tenant t: Int, user u: Int, _ facts: UserFacts, email: String?, phone: String?, _ devices: DeviceFirstUse, into trail: inout [AuditEntry]
    ) {
        trail.removeAll(keepingCapacity: true)
        let model = events.finance
        let life = facts.lifecycle
        let createdAt = facts.access.createdAt
        var g = events.keys.audit.child(t).generator(u)
        // The user's last sign of life: `users.last_login_at` (the churn instant for churned users).
        let lastSeen = life.churnAt.map { max(createdAt, $0) } ?? facts.access.lastLoginAt
        let hour = CivilCalendar.microsPerHour
        func changeTime(_ g: inout RandomStream) -> Int64? {
            guard let lastSeen, lastSeen - createdAt > 2 * hour else { return nil }
            return g.uniform((createdAt + hour)...(lastSeen - 1))
        }
        var first = AuditEntry(action: .userCreated, at: createdAt, index: 0)
        first.email = email
        first.phone = phone
        let changesEmail = g.bernoulli(Self.emailChangeShare), changesPhone = g.bernoulli(Self.phoneChangeShare)
        let changesPassword = g.bernoulli(Self.passwordChangeShare)
        if !life.erased, changesEmail, let email, let at = changeTime(&g) {
            let old = facts.person.email(
                variant: facts.access.emailVariant + 3, number: nil,
                domain: EmailDerivation.domains[(g.uniform(below: EmailDerivation.domains.count))].value, mixedCase: false)
            if old.lowercased() != email.lowercased() {
                trail.append(AuditEntry(action: .emailChanged, at: at, index: 1, before: old, after: email))
                first.email = old
            }
        }
        if !life.erased, changesPhone, let phone, let at = changeTime(&g) {
            let old = model.phone(tenant: t, user: u, homeDDD: facts.person.city.ddd, attempt: 1_000 + g.uniform(below: 1_000))
            if old != phone {
                trail.append(AuditEntry(action: .phoneChanged, at: at, index: 2, before: old, after: phone))
                first.phone = old
            }
        }
        if changesPassword, let at = changeTime(&g) {
            trail.append(AuditEntry(action: .passwordChanged, at: at, index: 3))
        }
        if life.erased {
            first.email = first.email.map { _ in Self.erased }
            first.phone = first.phone.map { _ in Self.erased }
        }
        trail.append(first)
        for k in facts.accounts.indices {
            trail.append(AuditEntry(action: .accountCreated, at: facts.accounts[k].openedAt, index: 10 + k, account: k))
        }
        for (d, firstUse) in devices.firstUse.enumerated() where firstUse != Int64.max {
            let at = max(createdAt + 1, firstUse - g.uniform(30_000_000...(20 * 60_000_000)))
            // `users.last_login_at` is the latest login: a first use after it is not audited as a login.
            guard let lastSeen, at <= lastSeen else { continue }
            var login = AuditEntry(action: .loginNewDevice, at: at, index: 20 + d, after: DeviceFirstUse.devices[d])
            login.city = life.erased ? Self.erased : facts.person.city.name
            trail.append(login)
        }
        for (k, takeover) in devices.takeovers.enumerated() {
            collectTakeover(takeover, ordinal: k, createdAt: createdAt, erased: life.erased, using: &g, into: &trail)
        }
        if let churnAt = life.churnAt, !life.isActive {
            trail.append(AuditEntry(action: .deactivated, at: events.deactivatedAt(churnAt: churnAt), index: 30))
            if life.erased {
                var e = AuditEntry(action: .anonymized, at: events.erasedAt(tenant: t, user: u, churnAt: churnAt), index: 31)
                e.email = email.map { _ in Self.erased }
                e.phone = phone.map { _ in Self.erased }
                trail.append(e)
            }
        }
    }
}

/// When a user first used each app device (android, ios, web) to move money,
/// which of their order payments posted, and the account takeovers they suffered.
///
/// Only rows the user initiated on their own accounts count: outgoing PIX,
/// TED and boleto payments (`metadata.device` of the row). A takeover's rows
/// (the victim's, claiming the fraudster's city) are the fraudster's, not the
/// user's: they make a `Takeover`, not a first use.
struct DeviceFirstUse: LedgerSink {
    static let devices = ["android", "ios", "web"]
    var firstUse: [Int64] = [Int64.max, Int64.max, Int64.max]
    var orders = OrderLedgerLinks()
    var takeovers: [Takeover] = []

    /// An account takeover seen in the victim's rows: its case, the city the rows
    /// claim, the first row's time and the device the drain used.
    struct Takeover {
        let caseIndex: Int32
        let city: Int32
        var firstAt: Int64
        var device: String?
    }

    mutating func reset() {
        for i in firstUse.indices { firstUse[i] = Int64.max }
        orders.reset()
        takeovers.removeAll(keepingCapacity: true)
    }

    mutating func emit(_ row: LedgerRow) throws {
        orders.record(row)
        guard row.slot >= 0 else { return }
        if row.fraud.isFraud, row.fraud.role == .victim, row.fraud.city >= 0 {
            recordTakeover(row)
            return
        }
        guard row.type != .credit, row.channel == .pix || row.channel == .ted || row.channel == .boleto else { return }
        let device = LedgerText.device(row)
        guard let d = Self.devices.firstIndex(of: device) else { return }
        firstUse[d] = min(firstUse[d], row.occurredAt)
    }

    private mutating func recordTakeover(_ row: LedgerRow) {
        let device = row.channel == .pix ? LedgerText.device(row) : nil
        if let k = takeovers.firstIndex(where: { $0.caseIndex == row.fraud.caseIndex }) {
            takeovers[k].firstAt = min(takeovers[k].firstAt, row.occurredAt)
            if takeovers[k].device == nil { takeovers[k].device = device }
        } else {
            takeovers.append(Takeover(caseIndex: row.fraud.caseIndex, city: row.fraud.city, firstAt: row.occurredAt, device: device))
        }
    }
}

extension AuditGenerator {
    /// First entry index of a takeover's entries (login, password change): two per takeover, below `orderIndexBase`.
    static let takeoverIndexBase = 40

    /// The fraudster's login from a new device in the case's city, 4 to 25 minutes before
    /// the first drained row, then the password change in between (both acted as the user).
    func collectTakeover<R: RandomNumberGenerator>(
        _ takeover: DeviceFirstUse.Takeover, ordinal k: Int, createdAt: Int64, erased: Bool, using g: inout R, into trail: inout [AuditEntry]
    ) {
        let minute: Int64 = 60_000_000
        let login = max(createdAt + 1, takeover.firstAt - g.uniform((4 * minute)...(25 * minute)))
        guard takeover.firstAt - login >= 2 else { return }
        var entry = AuditEntry(action: .loginNewDevice, at: login, index: Self.takeoverIndexBase + 2 * k, after: takeover.device ?? "web")
        entry.city = erased ? Self.erased : BrazilGeography.cities[Int(takeover.city)].name
        trail.append(entry)
        let change = login + 1 + g.uniform(0...max(0, min(8 * minute, takeover.firstAt - login - 2)))
        trail.append(AuditEntry(action: .passwordChanged, at: change, index: Self.takeoverIndexBase + 2 * k + 1))
    }
}
