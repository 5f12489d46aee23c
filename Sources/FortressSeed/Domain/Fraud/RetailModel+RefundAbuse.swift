/// Refund abuse at the supermarket: a user who, for weeks, orders and cancels after paying.
///
/// Decided per user (a pure function of tenant and user, so the cart planner,
/// the ledger and the label writer agree without the tenant plan). The abuser
/// gets `size` extra carts in the window, appended after their ordinary carts
/// (new cart indices: ordinary carts and their ids do not move); most are
/// paid and cancelled before shipping, so the ledger holds a payment and its
/// refund (`ESTORNO - FORTRESS MARKET`) for each.
extension RetailModel {
    struct RefundAbuseWindow {
        let start: Int64
        let end: Int64
        /// Extra orders placed in the window.
        let orders: Int
    }

    /// The user's abuse window, or nil (most users; always nil when the pattern's rate is 0).
    func refundAbuse(tenant t: Int, user u: Int, facts: UserFacts) -> RefundAbuseWindow? {
        refundAbuse(tenant: t, user: u, openedAt: facts.accounts[0].openedAt, churnAt: facts.lifecycle.churnAt)
    }

    /// `refundAbuse(tenant:user:facts:)` from the two facts it reads (primary account opened, churn).
    func refundAbuse(tenant t: Int, user u: Int, openedAt: Int64, churnAt: Int64?) -> RefundAbuseWindow? {
        let s = scenario.fraud[.refundAbuse]
        guard s.rate > 0 else { return nil }
        var g = key.child("fraud.refund_abuse").child(t).generator(u)
        guard g.bernoulli(min(1, s.rate * Double(scenario.historyMonths) / 1_000)) else { return nil }
        let day = CivilCalendar.microsPerDay
        let window = Int64(s.windowHours * Double(CivilCalendar.microsPerHour))
        let lo = max(scenario.historyStartMicros + 7 * day, openedAt + day)
        let hi = min(churnAt ?? scenario.nowMicros, scenario.nowMicros) - window - 3 * day
        guard hi > lo else { return nil }
        let start = g.uniform(lo...hi)
        return RefundAbuseWindow(start: start, end: start + window, orders: g.uniform(s.size))
    }

    /// The abuser's extra carts, indices from `first` on: every one an order paid at checkout, most cancelled after payment.
    /// (Visited like `RetailModel.forEachCart`: each header with its lines in the reused `lines`.)
    func forEachRefundAbuseCart(
        tenant t: Int, user u: Int, owner: CartOwner, first: Int, home: Int, lines: inout [CartPlan.Line],
        products: ProductTermsCache? = nil, _ body: (CartHeader, [CartPlan.Line]) -> Void
    ) {
        guard let w = refundAbuse(tenant: t, user: u, openedAt: owner.openedAt, churnAt: owner.churnAt) else { return }
        let hasCredit = owner.hasCredit
        let minute: Int64 = 60_000_000, hour = CivilCalendar.microsPerHour
        let r = scenario.retail
        for i in 0..<w.orders {
            let c = first + i
            var g = key.child("fraud.cart").child(t).child(u).generator(c)
            // Orders in the window's first part, so the refunds (before shipping) stay inside it.
            let created = g.uniform(w.start...(w.end - 2 * CivilCalendar.microsPerDay))
            let checkout = created + g.uniform((5 * minute)...(40 * minute))
            let payment = checkout + g.uniform(minute...(15 * minute))
            let shipped = payment + g.uniform((4 * hour)...(30 * hour))
            let delivered = shipped + g.uniform(hour...(3 * CivilCalendar.microsPerDay))
            let cancelAt: Int64? = g.bernoulli(0.85) ? payment + g.uniform(minute...(shipped - payment - 1)) : nil
            lines.removeAll(keepingCapacity: true)
            for _ in 0..<g.uniform(r.itemsPerCart) {
                let p = catalog.pick(using: &g)
                if lines.contains(where: { $0.product == p }) { continue }
                let f = lineTerms(p, products)
                lines.append(.init(product: p, quantity: f.soldByMeasure ? 1 : 1 + g.uniform(below: 3), unitPriceCents: f.priceCents))
            }
            let order = OrderPlan(
                createdAt: checkout, paymentAt: payment, shippedAt: shipped, deliveredAt: delivered, cancelAt: cancelAt,
                cancelBeforePayment: false, onCredit: hasCredit && g.bernoulli(0.6))
            body(CartHeader(index: c, createdAt: created, expiresAt: checkout, location: home, order: lines.isEmpty ? nil : order), lines)
        }
    }
}
