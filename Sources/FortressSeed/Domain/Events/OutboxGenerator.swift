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
/// settlement 2; a user's registration 1, erasure 2; an order's states 1, 2, ...
/// in `OrderPlan.transitions` order).
///
/// Retail: a buyer's order events join the buyer's lane (orders belong to users,
/// and the lane's ledger run tells which payments posted); `InventoryRestocked`
/// events, which have no tenant, fill the clock's extra lanes after all tenants
/// (OutboxGenerator+Retail.swift).
struct OutboxGenerator {
    let events: EventModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let model = events.finance
        var lane = OutboxLane()
        var json = JSONWriter(capacity: 1024)
        let scratch = LedgerScratch(model: model, keepingCartPlans: true)
        for t in model.tenants {
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
                var ledger = UserLedger(roster: roster, tenant: t, user: u, facts: facts, scratch: scratch)
                try ledger.run(into: &lane)
                lane.addOrders(owner: u, carts: ledger.cartPlans, now: model.scenario.nowMicros)
                ledger.recycle(into: scratch)
                try write(&lane, lane: events.clock.lane(tenant: t, owner: u), key: events.keys.eventID.child(t).child(u + 1),
                          user: model.userID(tenant: t, user: u), payload, &json, &out)
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
                try write(&lane, lane: events.clock.lane(tenant: t, owner: -1), key: events.keys.eventID.child(t).child(0),
                          user: nil, payload, &json, &out)
            }
        }
        // Restocks have no tenant: shard 0 writes them.
        if model.shard.writesGlobalTables { try writeRestocks(&lane, &json, &out) }
    }

    /// Sorts the lane, places each event on the clock in lane `laneIndex` and writes its row;
    /// event ids come from `key` at each event's collection order.
    func write<W: RowWriting, S: ByteSink>(
        _ lane: inout OutboxLane, lane laneIndex: Int, key: StreamKey, user: UUIDValue?, _ payload: OutboxPayload,
        _ json: inout JSONWriter, _ out: inout RowStream<W, S>
    ) throws {
        lane.sortByTime()
        let clock = events.clock
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
