extension RetailModel {
    /// The carts of user `u` of tenant `t` over their active time in the history window.
    ///
    /// Carts checked out before "now" become orders; those whose payment is still due
    /// at "now" (`created`) take only products their location can reserve, with a bias
    /// toward rows in the `high_reservation` state, so reservations concentrate there.
    func carts(tenant t: Int, user u: Int, facts: UserFacts, hasCredit: Bool) -> [CartPlan] {
        var plans: [CartPlan] = []
        var lines: [CartPlan.Line] = []
        forEachCart(tenant: t, user: u, owner: CartOwner(facts: facts, hasCredit: hasCredit), lines: &lines) { cart, lines in
            plans.append(CartPlan(
                index: cart.index, createdAt: cart.createdAt, expiresAt: cart.expiresAt, location: cart.location, lines: lines, order: cart.order))
        }
        return plans
    }

    /// The carts of `carts(tenant:user:facts:hasCredit:)`, same draws, one at a time and
    /// without an array per cart: `body` gets each cart's header and its lines in
    /// `lines`, a buffer the caller keeps and this reuses (emptied, capacity kept, per cart).
    /// The ledger replays carts for every user and keeps only their orders and totals
    /// (`products` remembers the products' line terms across calls).
    func forEachCart(
        tenant t: Int, user u: Int, owner: CartOwner, lines: inout [CartPlan.Line], products: ProductTermsCache? = nil,
        _ body: (CartHeader, [CartPlan.Line]) -> Void
    ) {
        let r = scenario.retail
        let now = scenario.nowMicros
        let day = CivilCalendar.microsPerDay, minute: Int64 = 60_000_000, hour = CivilCalendar.microsPerHour
        let start = max(scenario.historyStartMicros, owner.openedAt)
        let end = min(owner.churnAt ?? now, now)
        guard end > start, !selling.isEmpty else { return }
        let hasCredit = owner.hasCredit
        var g = key.child("carts").child(t).generator(u)
        let months = Double(end - start) / (30.44 * Double(day))
        let count = g.poisson(lambda: r.cartsPerMonth * months)
        let home = selling.first { locations.site($0).city == owner.cityName } ?? selling[g.uniform(below: selling.count)]
        for c in 0..<count {
            var cg = key.child("cart").child(t).child(u).generator(c)
            let created = Self.shoppingInstant(from: start, to: end, using: &cg)
            let lifetime = Int64(r.cartLifetimeHours) * hour
            let location = cg.bernoulli(0.8) ? home : selling[cg.uniform(below: selling.count)]
            let empty = cg.bernoulli(r.emptyCartShare)
            // Checkout within the cart's life; converted only when it happened before the user's end.
            let checkout = created + cg.uniform((5 * minute)...max(5 * minute, min(lifetime - minute, 2 * hour)))
            let converts = !empty && cg.bernoulli(r.conversion) && checkout < end
            var order: OrderPlan?
            if converts {
                // Most pay at checkout; some pay later by PIX (the order waits as `created`).
                let payLater = cg.bernoulli(0.15)
                let payment = checkout + (payLater ? cg.uniform(hour...(72 * hour)) : cg.uniform(minute...(20 * minute)))
                let darkStore = locations.kind(location) == .darkStore
                let shipped = payment + (darkStore ? cg.uniform((10 * minute)...(40 * minute)) : cg.uniform((4 * hour)...(30 * hour)))
                let delivered = shipped + (darkStore ? cg.uniform((20 * minute)...(90 * minute)) : cg.uniform((1 * day)...(4 * day)))
                var cancelAt: Int64?
                var before = false
                if cg.bernoulli(r.cancelShare) {
                    before = cg.bernoulli(0.4)
                    let beforeRange: ClosedRange<Int64> = 1_000_000...min(payment - checkout - 1, 2 * hour)
                    let afterRange: ClosedRange<Int64> = minute...(shipped - payment - 1)
                    cancelAt = before ? checkout + cg.uniform(beforeRange) : payment + cg.uniform(afterRange)
                    // A refund after the user's end would be activity after churn: keep the order instead.
                    if !before, let c = cancelAt, c >= end { cancelAt = nil }
                }
                order = OrderPlan(
                    createdAt: checkout, paymentAt: payment, shippedAt: shipped, deliveredAt: delivered, cancelAt: cancelAt,
                    cancelBeforePayment: before, onCredit: !payLater && hasCredit && cg.bernoulli(0.75))
            }
            let open = order?.isOpen(now: now) ?? false
            lines.removeAll(keepingCapacity: true)
            if !empty {
                let items = cg.uniform(r.itemsPerCart)
                for _ in 0..<items {
                    guard let p = pickProduct(open: open, location: location, using: &cg) else { continue }
                    if lines.contains(where: { $0.product == p }) { continue }
                    let terms = lineTerms(p, products)
                    let quantity = terms.soldByMeasure ? 1 : (cg.bernoulli(0.7) ? 1 : 2 + cg.uniform(below: 3))
                    lines.append(.init(product: p, quantity: quantity, unitPriceCents: terms.priceCents))
                }
            }
            let expires: Int64 = order?.createdAt ?? (created + lifetime)
            body(CartHeader(index: c, createdAt: created, expiresAt: expires, location: location, order: lines.isEmpty ? nil : order), lines)
        }
        // Fraud hook: a refund abuser's extra orders (new indices after the ordinary carts).
        forEachRefundAbuseCart(tenant: t, user: u, owner: owner, first: count, home: home, lines: &lines, products: products, body)
    }

    /// A shopping instant in [from, to): days weighted like purchases (weekends, paydays,
    /// month-end, December, Black Friday) by rejection, hours by the purchase hour profile.
    static func shoppingInstant<R: RandomNumberGenerator>(from: Int64, to: Int64, using g: inout R) -> Int64 {
        let first = CalendarProfile.localDay(from), last = CalendarProfile.localDay(to - 1)
        for _ in 0..<32 {
            let d = g.uniform(first...last)
            let (y, m, _) = CivilCalendar.civil(days: d)
            let payday = CalendarProfile.businessDay(5, year: y, month: m)
            let factor = CalendarProfile.purchaseFactor(days: d, daysSincePayday: d >= payday ? Int(d - payday) : 99)
            guard g.unitDouble() * 4 < factor else { continue }
            let hour = Int64(hourProfile.sample(using: &g))
            let t = CalendarProfile.instant(days: d, localMicros: hour * CivilCalendar.microsPerHour + g.uniform(0...(CivilCalendar.microsPerHour - 1)))
            if t >= from && t < to { return t }
        }
        return g.uniform(from...(max(from, to - 1)))
    }

    static let hourProfile = AliasTable(weights: CalendarProfile.hourWeights)

    private func pickProduct<R: RandomNumberGenerator>(open: Bool, location l: Int, using g: inout R) -> Int? {
        guard open else { return catalog.pick(using: &g) }
        let kind = locations.kind(l)
        let wantHigh = g.bernoulli(0.4)
        var fallback: Int?
        for _ in 0..<24 {
            let p = catalog.pick(using: &g)
            let productKind = catalog.facts(p).kind
            guard inventory.canReserve(product: p, location: l, kind: kind, productKind: productKind) else { continue }
            if !wantHigh || inventory.state(product: p, location: l, kind: productKind) == .named(.highReservation) { return p }
            if fallback == nil { fallback = p }
        }
        return fallback
    }
}
