/// Rows of `events_outbox`: every event the generated data implies, lane by lane.
///
/// Per tenant, per user (then the corporate accounts): the user's events are
/// collected (registration, accounts, the events of each ledger row the
/// user's simulation emits, erasure), sorted in time, placed on the
/// `OutboxClock` (which gives `created_at` and the time-ordered `id`) and
/// written. Memory is one lane, whatever the size of the dataset.
///
/// Versions: every event of an aggregate is in the aggregate's lane, so they
/// are known when collected (a transaction's authorization is 1, its
/// settlement 2; a user's registration 1, erasure 2).
struct OutboxGenerator {
    let events: EventModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let model = events.finance
        var lane = OutboxLane()
        var json = JSONWriter(capacity: 1024)
        for t in 0..<model.tenantCount {
            let roster = TenantRoster(model: model, tenant: t)
            let created = model.tenantCreatedAt(t)
            let payload = OutboxPayload(model: model, tenant: t, tenantID: model.tenantID(t))
            for u in 0..<roster.members.count {
                let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: created)
                lane.reset()
                lane.add(.userRegistered, at: facts.access.createdAt,
                         .user(locale: facts.person.locale, hasEmail: facts.access.hasEmail, hasPhone: facts.access.hasPhone))
                for (k, account) in facts.accounts.enumerated() {
                    lane.add(.accountOpened, at: account.openedAt,
                             .account(id: model.accountID(tenant: t, user: u, account: k), kind: account.kind, currency: account.currency))
                }
                if facts.lifecycle.erased, let churnAt = facts.lifecycle.churnAt {
                    lane.add(.userAnonymized, at: events.erasedAt(tenant: t, user: u, churnAt: churnAt), version: 2,
                             .user(locale: facts.person.locale, hasEmail: false, hasPhone: false))
                }
                var ledger = UserLedger(model: model, roster: roster, tenant: t, user: u, facts: facts)
                try ledger.run(into: &lane)
                try write(&lane, tenant: t, owner: u, user: model.userID(tenant: t, user: u), payload, &json, &out)
            }
            if model.isBusiness(t) {
                lane.reset()
                for c in 0..<model.corporateAccountCount(tenant: t) {
                    let kind = model.corporateAccountKind(c)
                    let facts = model.accountFacts(tenant: t, owner: -1 - c, account: c, kind: kind, openedAfter: created, openedBefore: model.scenario.nowMicros)
                    lane.add(.accountOpened, at: facts.openedAt,
                             .account(id: model.corporateAccountID(tenant: t, account: c), kind: kind, currency: facts.currency))
                }
                var corporate = UserLedger(model: model, roster: roster, corporateOf: t)
                try corporate.run(into: &lane)
                try write(&lane, tenant: t, owner: -1, user: nil, payload, &json, &out)
            }
            // Retail extension point: the tenant's order events (OrderCreated ... OrderCancelled) go here,
            // one lane per customer from `clock.extraLane(_:)`, collected and written with `write`.
        }
        // Retail extension point: InventoryRestocked (no tenant) in extra lanes, after all tenants.
    }

    /// Sorts the lane, places each event on the clock and writes its row.
    private func write<W: RowWriting, S: ByteSink>(
        _ lane: inout OutboxLane, tenant t: Int, owner: Int, user: UUIDValue?, _ payload: OutboxPayload,
        _ json: inout JSONWriter, _ out: inout RowStream<W, S>
    ) throws {
        lane.sortByTime()
        let clock = events.clock
        let laneIndex = clock.lane(tenant: t, owner: owner)
        let key = events.keys.eventID.child(t).child(owner + 1)
        var previous: Int64?
        for e in lane.events {
            let createdAt = clock.place(e.occurredAt, lane: laneIndex, after: previous)
            previous = createdAt
            var g = key.generator(e.order)
            let eventID = UUIDValue(randomBits: g.next(), g.next())
            let delivery = OutboxDelivery.decide(createdAt: createdAt, scenario: events.scenario, using: &g)
            let aggregateID = payload.aggregateID(e, user: user)
            out.writer.int(clock.id(createdAt: createdAt, lane: laneIndex))
            out.writer.uuid(payload.tenantID)
            out.writer.label(e.kind.aggregate)
            out.writer.uuid(aggregateID)
            out.writer.label(e.kind.name)
            payload.write(e, eventID: eventID, aggregateID: aggregateID, user: user, into: &json)
            out.writer.json(json.buffer)
            out.writer.label(delivery.status.label)
            out.writer.int(Int64(delivery.attempts))
            out.writer.timestamp(micros: createdAt)
            out.writer.timestamp(micros: delivery.sentAt)
            try out.endRow()
        }
    }
}
