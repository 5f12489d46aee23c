/// The retail events of the outbox: order states in the buyer's lane, inventory
/// restocks in the extra lanes.
extension OutboxGenerator {
    /// Products per restock lane: a lane is sorted in memory, so a large catalog is split
    /// into blocks per location (O(block) memory, whatever the catalog size).
    static let restockBlock = 1_024

    /// Extra lanes the restock events need: one per (location, block of products).
    static func restockLanes(_ retail: RetailModel) -> Int {
        retail.locations.count * blocks(retail)
    }

    static func blocks(_ retail: RetailModel) -> Int {
        (retail.catalog.count + restockBlock - 1) / restockBlock
    }

    /// `InventoryRestocked` for every stocked (product, location) row, at its `last_restock_at`.
    ///
    /// Only the last restock is an event: earlier deliveries are not modelled (the row
    /// keeps no history), so each inventory aggregate has version 1. The payload has no
    /// tenant: products and locations are global (README, Decisions 4 and 5).
    func writeRestocks<W: RowWriting, S: ByteSink>(_ lane: inout OutboxLane, _ json: inout JSONWriter, _ out: inout RowStream<W, S>) throws {
        let retail = events.finance.retail
        let now = events.scenario.nowMicros
        let payload = OutboxPayload(model: events.finance, tenant: -1, tenantID: nil)
        let blocks = Self.blocks(retail)
        for l in 0..<retail.locations.count {
            let kind = retail.locations.kind(l)
            for b in 0..<blocks {
                lane.reset()
                for p in (b * Self.restockBlock)..<min(retail.catalog.count, (b + 1) * Self.restockBlock)
                where retail.inventory.isStocked(product: p, location: l, kind: kind) {
                    let stock = retail.inventory.stock(
                        product: p, location: l, locationKind: kind, productKind: retail.catalog.facts(p).kind, held: 0, now: now)
                    var g = events.keys.restock.child(l).generator(p)
                    let units = stock.threshold * Int64(2 + g.uniform(below: 5)) + g.uniform(0...stock.threshold)
                    lane.add(.inventoryRestocked, at: stock.lastRestockAt,
                             .restock(RestockFacts(product: p, location: l, threshold: stock.threshold, unitsReceived: units)))
                }
                try write(&lane, lane: events.clock.extraLane(l * blocks + b), key: events.keys.restockID.child(l).child(b),
                          user: nil, payload, &json, &out)
            }
        }
    }
}

extension OutboxLane {
    /// The order events of the lane owner's carts: one per state of `OrderPlan.transitions`,
    /// versions 1, 2, ... in that (time) order. Call after the owner's ledger ran into the
    /// lane, so `orders` knows which payments posted.
    mutating func addOrders(owner u: Int, carts: [CartPlan], now: Int64) {
        for cart in carts {
            guard let order = cart.order else { continue }
            let payment = orders.payments[cart.index]
            let steps = order.transitions(now: now, paid: payment != nil)
            let units = cart.lines.reduce(0) { $0 + $1.quantity }
            for (i, step) in steps.enumerated() {
                var f = OrderEventFacts(
                    owner: u, cart: cart.index, status: step.status, location: cart.location, totalCents: cart.totalCents,
                    items: cart.lines.count, units: units)
                if step.status == .paid { f.payment = payment }
                if step.status == .cancelled {
                    f.reason = order.cancellation(now: now, paid: payment != nil)
                    f.refundSeq = orders.refunds[cart.index]
                }
                add(EventKind.order(step.status), at: step.at, version: i + 1, .order(f))
            }
        }
    }
}
