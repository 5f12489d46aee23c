/// The states an order went through, in time order: the one timeline that the
/// `orders` row, the outbox (`OrderCreated` ... `OrderCancelled`) and the audit
/// trail all read, so they cannot disagree.
extension OrderPlan {
    /// How long after a payment was due the system cancels an order whose payment did not post.
    static let paymentFailureGraceMicros: Int64 = 60_000_000

    /// Every status the order entered up to `now`, with its instant, given whether the ledger
    /// posted its payment.
    ///
    /// Always starts with `created` at checkout; times strictly increase (payment is at
    /// least a minute after checkout, shipping after payment, delivery after shipping, a
    /// cancellation between its neighbours). The last entry is the row's `status` and
    /// `updated_at` (`status(now:paid:)`). At most four entries.
    func transitions(now: Int64, paid: Bool) -> [(status: OrderStatusLabel, at: Int64)] {
        var steps: [(status: OrderStatusLabel, at: Int64)] = [(.created, createdAt)]
        steps.reserveCapacity(4)
        if cancelBeforePayment, let c = cancelAt, c <= now {
            steps.append((.cancelled, c))
            return steps
        }
        if paymentAt > now { return steps }
        guard paid else {
            // Cancelled a minute after the failed payment, but never after "now".
            steps.append((.cancelled, max(paymentAt + 1, min(paymentAt + Self.paymentFailureGraceMicros, now))))
            return steps
        }
        steps.append((.paid, paymentAt))
        if !cancelBeforePayment, let c = cancelAt, c <= now {
            steps.append((.cancelled, c))
            return steps
        }
        if shippedAt <= now { steps.append((.shipped, shippedAt)) }
        if deliveredAt <= now { steps.append((.delivered, deliveredAt)) }
        return steps
    }

    /// Why the order is cancelled at `now`, or nil when it is not.
    func cancellation(now: Int64, paid: Bool) -> OrderCancelReason? {
        if cancelBeforePayment, let c = cancelAt, c <= now { return .customerRequest }
        if paymentAt > now { return nil }
        guard paid else { return .paymentFailed }
        if !cancelBeforePayment, let c = cancelAt, c <= now { return .customerRequestRefunded }
        return nil
    }

    /// Whether the order counts as a sale at `now` (status `paid`, `shipped` or `delivered`):
    /// the orders `analytics_fact_daily_sales` sums, on the UTC day of `paymentAt`.
    func isSale(now: Int64, paid: Bool) -> Bool {
        switch status(now: now, paid: paid).0 {
        case .paid, .shipped, .delivered: true
        case .created, .cancelled: false
        }
    }
}
