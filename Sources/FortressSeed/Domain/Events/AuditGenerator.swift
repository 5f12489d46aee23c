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
        for t in model.tenants {
            contacts.load(model, tenant: t)
            let roster = TenantRoster(model: model, tenant: t)
            let created = model.tenantCreatedAt(t)
            let tenantID = model.tenantID(t)
            for u in 0..<roster.members.count {
                let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: created)
                devices.reset()
                var ledger = UserLedger(model: model, roster: roster, tenant: t, user: u, facts: facts)
                try ledger.run(into: &devices)
                collect(tenant: t, user: u, facts, email: contacts.emails[u], phone: contacts.phones[u], devices, into: &trail)
                collectOrders(carts: ledger.carts, links: devices.orders, into: &trail)
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
            trail.append(AuditEntry(action: .loginNewDevice, at: at, index: 20 + d, after: DeviceFirstUse.devices[d]))
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
/// and which of their order payments posted.
///
/// Only rows the user initiated on their own accounts count: outgoing PIX,
/// TED and boleto payments (`metadata.device` of the row).
struct DeviceFirstUse: LedgerSink {
    static let devices = ["android", "ios", "web"]
    var firstUse: [Int64] = [Int64.max, Int64.max, Int64.max]
    var orders = OrderLedgerLinks()

    mutating func reset() {
        for i in firstUse.indices { firstUse[i] = Int64.max }
        orders.reset()
    }

    mutating func emit(_ row: LedgerRow) throws {
        orders.record(row)
        guard row.slot >= 0, row.type != .credit, row.channel == .pix || row.channel == .ted || row.channel == .boleto else { return }
        let device = LedgerText.device(row)
        guard let d = Self.devices.firstIndex(of: device) else { return }
        firstUse[d] = min(firstUse[d], row.occurredAt)
    }
}
