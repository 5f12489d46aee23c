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
        for l in 0..<retail.locations.count {
            let kind = retail.locations.kind(l)
            let locationID = retail.locations.id(l)
            for p in 0..<retail.catalog.count where retail.inventory.isStocked(product: p, location: l, kind: kind) {
                let productKind = retail.catalog.facts(p).kind
                let held = Int64(reserved[RowKey(product: p, location: l)] ?? 0)
                let stock = retail.inventory.stock(product: p, location: l, locationKind: kind, productKind: productKind, held: held, now: now)
                out.writer.uuid(retail.inventory.rowID(product: p, location: l))
                out.writer.uuid(retail.catalog.id(p))
                out.writer.uuid(locationID)
                out.writer.int(stock.quantity)
                out.writer.int(held)
                out.writer.int(stock.threshold)
                out.writer.timestamp(micros: stock.lastRestockAt)
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
        forEachShopper(in: 0..<tenantCount) { _, _, _, carts in
            for cart in carts {
                guard let order = cart.order, order.isOpen(now: now) else { continue }
                for line in cart.lines { held[RowKey(product: line.product, location: cart.location), default: 0] += line.quantity }
            }
        }
        return held
    }

    /// Calls `body` with the carts of every user of every tenant with the supermarket feature.
    func forEachShopper(_ body: (Int, Int, UserFacts, [CartPlan]) throws -> Void) rethrows {
        try forEachShopper(in: 0..<tenantCount, body)
    }

    /// Calls `body` with the carts of every user of `tenants` that have the supermarket feature.
    func forEachShopper<T: Sequence<Int>>(in tenants: T, _ body: (Int, Int, UserFacts, [CartPlan]) throws -> Void) rethrows {
        for t in tenants where tenantProfile(t).supermarket {
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
