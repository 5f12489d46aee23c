/// Rows of `inventory`: one per (product, location) the location stocks.
///
/// `reserved` is the sum of the quantities of open orders (`created`: awaiting
/// payment) fulfilled from that location; once an order is paid its items are
/// taken out of `quantity` (README, "Decisions"). Open orders are collected in
/// a first pass over the tenants' carts (no ledger needed: their payment has
/// not happened yet), O(open orders) memory.
struct InventoryGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let retail = model.retail
        let reserved = model.openOrderReservations()
        let now = model.scenario.nowMicros
        let day = CivilCalendar.microsPerDay
        for l in 0..<retail.locations.count {
            let kind = retail.locations.kind(l)
            let locationID = retail.locations.id(l)
            for p in 0..<retail.catalog.count where retail.inventory.isStocked(product: p, location: l, kind: kind) {
                let productKind = retail.catalog.facts(p).kind
                var g = retail.inventory.key.child("row").child(l).generator(p)
                let held = Int64(reserved[RowKey(product: p, location: l)] ?? 0)
                let threshold = Int64(kind == .warehouse ? 40 + g.uniform(below: 160) : 5 + g.uniform(below: 40))
                var quantity: Int64
                var restocked = now - g.uniform(day...(20 * day))
                switch retail.inventory.state(product: p, location: l, kind: productKind) {
                case .named(.healthy): quantity = threshold * 2 + g.uniform(0...(threshold * 4))
                case .named(.low):
                    quantity = 1 + g.uniform(0...(threshold - 1))
                    restocked = now - g.uniform((15 * day)...(45 * day))
                case .named(.stockout):
                    quantity = 0
                    restocked = now - g.uniform((20 * day)...(60 * day))
                case .named(.overstock): quantity = threshold * 12 + g.uniform(0...(threshold * 20))
                case .named(.highReservation): quantity = held + g.uniform(0...2)
                case .named(.stale):
                    quantity = threshold + g.uniform(0...(threshold * 3))
                    restocked = now - g.uniform((120 * day)...(400 * day))
                case .seasonal(let inSeason):
                    quantity = inSeason ? threshold * 6 + g.uniform(0...(threshold * 10)) : 0
                    if !inSeason { restocked = now - g.uniform((60 * day)...(300 * day)) }
                }
                quantity = max(quantity, held)
                var ig = retail.inventory.key.child("id").child(l).generator(p)
                out.writer.uuid(UUIDValue(randomBits: ig.next(), ig.next()))
                out.writer.uuid(retail.catalog.id(p))
                out.writer.uuid(locationID)
                out.writer.int(quantity)
                out.writer.int(held)
                out.writer.int(threshold)
                out.writer.timestamp(micros: restocked)
                try out.endRow()
            }
        }
    }
}

/// An inventory row's address.
struct RowKey: Hashable {
    let product: Int
    let location: Int
}

extension FinanceModel {
    /// Units held by open (`created`) orders, per (product, location).
    func openOrderReservations() -> [RowKey: Int] {
        var held: [RowKey: Int] = [:]
        let now = scenario.nowMicros
        forEachShopper { _, _, _, carts in
            for cart in carts {
                guard let order = cart.order, order.isOpen(now: now) else { continue }
                for line in cart.lines { held[RowKey(product: line.product, location: cart.location), default: 0] += line.quantity }
            }
        }
        return held
    }

    /// Calls `body` with the carts of every user of every tenant with the supermarket feature.
    func forEachShopper(_ body: (Int, Int, UserFacts, [CartPlan]) throws -> Void) rethrows {
        for t in 0..<tenantCount where tenantProfile(t).supermarket {
            let created = tenantCreatedAt(t)
            for u in 0..<userCount(tenant: t) {
                let facts = userFacts(tenant: t, user: u, tenantCreatedAt: created)
                try body(t, u, facts, retail.carts(tenant: t, user: u, facts: facts, hasCredit: facts.accounts.contains { $0.kind == .credit }))
            }
        }
    }

    /// The carts of one user (empty unless the tenant has the supermarket feature).
    func carts(tenant t: Int, user u: Int, facts: UserFacts) -> [CartPlan] {
        guard tenantProfile(t).supermarket else { return [] }
        return retail.carts(tenant: t, user: u, facts: facts, hasCredit: facts.accounts.contains { $0.kind == .credit })
    }
}
