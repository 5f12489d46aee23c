/// Rows of `users`, tenant by tenant.
///
/// `last_login_at` is never earlier than anything the user did in the app
/// (a PIX, a bill, a cart): the tenant's ledger is replayed to find each
/// user's last app activity.
struct UserGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 1024)
        var contacts = TenantContacts()
        var activity = AppActivitySink()
        for t in model.tenants {
            contacts.load(model, tenant: t)
            activity.last.removeAll(keepingCapacity: true)
            try TenantLedger(model: model, tenant: t).run(into: &activity)
            let tenantID = model.tenantID(t)
            let tenantCreated = model.tenantCreatedAt(t)
            for u in 0..<model.userCount(tenant: t) {
                let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: tenantCreated)
                let access = facts.access, life = facts.lifecycle
                out.writer.uuid(model.userID(tenant: t, user: u))
                out.writer.uuid(tenantID)
                json.reset()
                if life.erased {
                    // Anonymized (README "Decisions" 21): contact data and credentials removed,
                    // profile reduced to the erasure record; ids and the ledger stay.
                    out.writer.null()
                    out.writer.null()
                    out.writer.null()
                    json.beginObject()
                    json.key("anonymized"); json.bool(true)
                    json.key("display_name"); json.string("Titular anonimizado")
                    json.endObject()
                } else {
                    out.writer.text(contacts.emails[u])
                    out.writer.text(contacts.phones[u])
                    out.writer.text(model.passwordHash(tenant: t, user: u))
                    facts.person.writeProfile(into: &json)
                }
                out.writer.json(json.buffer)
                out.writer.bool(life.isActive)
                out.writer.timestamp(micros: access.createdAt)
                out.writer.timestamp(micros: model.lastLogin(facts, appActivity: activity.last[u], carts: model.carts(tenant: t, user: u, facts: facts)))
                try out.endRow()
            }
        }
    }
}

extension FinanceModel {
    /// A churned user's last login is when they churned (nothing happens after it);
    /// otherwise the drawn recency, moved up to the user's last app activity.
    func lastLogin(_ facts: UserFacts, appActivity: Int64?, carts: [CartPlan]) -> Int64? {
        if let churnAt = facts.lifecycle.churnAt { return max(facts.access.createdAt, churnAt) }
        var latest = appActivity ?? Int64.min
        for cart in carts { latest = max(latest, cart.order?.createdAt ?? cart.createdAt) }
        guard let drawn = facts.access.lastLoginAt else { return latest == Int64.min ? nil : latest }
        return max(drawn, latest)
    }
}

/// The last row each user started in the app (transfers, bills, PIX payments, orders).
struct AppActivitySink: LedgerSink {
    var last: [Int: Int64] = [:]

    mutating func emit(_ row: LedgerRow) throws {
        guard row.owner >= 0, row.slot >= 0 else { return }
        switch row.purpose {
        case .pixOut, .tedOut, .ownTransferOut, .bill, .orderPayment, .cardBillOut:
            last[row.owner] = max(last[row.owner] ?? row.occurredAt, row.occurredAt)
        case .purchase where row.channel == .pix:
            last[row.owner] = max(last[row.owner] ?? row.occurredAt, row.occurredAt)
        default:
            break
        }
    }
}
