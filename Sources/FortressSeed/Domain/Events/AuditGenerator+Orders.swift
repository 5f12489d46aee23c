extension AuditGenerator {
    /// First entry index of the order entries: below it, the user's own entries (0...31) and takeovers (40...41).
    static let orderIndexBase = 100

    /// The audit entries of the user's orders: `create` at checkout, then a
    /// `status_change` per later state of `OrderPlan.transitions`, so the last entry's
    /// `after.status` and time are the row's `status` and `updated_at`.
    ///
    /// Actors: the buyer checks out and cancels on request; payment confirmation (from
    /// the gateway), shipping, delivery and the cancellation of an unpaid order are
    /// system actions (`user_id` NULL). Each entry's index (its id's address) is
    /// `orderIndexBase + 8 · cart + step`, apart from every other entry of the user.
    func collectOrders(carts: [CartPlan], links: OrderLedgerLinks, into trail: inout [AuditEntry]) {
        let now = events.scenario.nowMicros
        for cart in carts {
            guard let order = cart.order else { continue }
            let paid = links.payments[cart.index] != nil
            let steps = order.transitions(now: now, paid: paid)
            let reason = order.cancellation(now: now, paid: paid)
            for (i, step) in steps.enumerated() {
                var e = AuditEntry(action: i == 0 ? .orderCreated : .orderStatusChanged, at: step.at, index: Self.orderIndexBase + 8 * cart.index + i)
                e.cart = cart.index
                e.status = step.status
                e.previousStatus = i > 0 ? steps[i - 1].status : nil
                e.totalCents = cart.totalCents
                e.buyerActed = i == 0 || (step.status == .cancelled && reason?.byCustomer == true)
                trail.append(e)
            }
        }
    }
}
