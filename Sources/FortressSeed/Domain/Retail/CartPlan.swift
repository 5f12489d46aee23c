/// One cart of a user, and the order it became (if it did).
struct CartPlan {
    struct Line {
        let product: Int
        let quantity: Int
        let unitPriceCents: Int64
    }

    let index: Int
    let createdAt: Int64
    let expiresAt: Int64
    let location: Int
    let lines: [Line]
    let order: OrderPlan?

    var totalCents: Int64 { Self.total(lines) }

    /// The sum of `lines`' quantity × unit price.
    static func total(_ lines: [Line]) -> Int64 { lines.reduce(0) { $0 + Int64($1.quantity) * $1.unitPriceCents } }
}

/// A cart without its lines (they are passed beside it): what `RetailModel.forEachCart` visits.
struct CartHeader {
    let index: Int
    let createdAt: Int64
    let expiresAt: Int64
    let location: Int
    let order: OrderPlan?
}

/// What the cart planner reads of a user: the window they shop in, their home city
/// (where most of their carts go) and whether they hold a credit card.
struct CartOwner {
    /// When the primary account opened.
    let openedAt: Int64
    let churnAt: Int64?
    let cityName: String
    let hasCredit: Bool

    init(openedAt: Int64, churnAt: Int64?, cityName: String, hasCredit: Bool) {
        self.openedAt = openedAt
        self.churnAt = churnAt
        self.cityName = cityName
        self.hasCredit = hasCredit
    }

    init(facts: UserFacts, hasCredit: Bool) {
        self.init(openedAt: facts.accounts[0].openedAt, churnAt: facts.lifecycle.churnAt, cityName: facts.person.city.name, hasCredit: hasCredit)
    }
}

/// An order's timeline. Its status at "now" follows from the times and from
/// whether the ledger posted its payment (a declined payment cancels it).
struct OrderPlan {
    let createdAt: Int64
    let paymentAt: Int64
    let shippedAt: Int64
    let deliveredAt: Int64
    /// When the order was cancelled, if it was.
    let cancelAt: Int64?
    let cancelBeforePayment: Bool
    /// Paid with the user's credit card (else PIX from the primary account).
    let onCredit: Bool

    /// `created` orders (awaiting payment at "now") hold inventory reservations.
    func isOpen(now: Int64) -> Bool {
        if cancelBeforePayment, let c = cancelAt, c <= now { return false }
        return paymentAt > now
    }

    /// Whether the ledger attempts the payment (it is due before "now" and not cancelled first).
    func attemptsPayment(before end: Int64) -> Bool {
        !cancelBeforePayment && paymentAt < end
    }

    /// Status and `updated_at` at `now`, given whether the payment posted: the last of
    /// `transitions(now:paid:)` (OrderPlan+Transitions.swift), so the row always equals
    /// the final outbox event and audit entry.
    func status(now: Int64, paid: Bool) -> (OrderStatusLabel, Int64) {
        let last = transitions(now: now, paid: paid).last ?? (.created, createdAt)
        return (last.status, last.at)
    }
}

/// The `order_status` enum.
enum OrderStatusLabel {
    case created, paid, shipped, delivered, cancelled

    var label: StaticString {
        switch self {
        case .created: "created"
        case .paid: "paid"
        case .shipped: "shipped"
        case .delivered: "delivered"
        case .cancelled: "cancelled"
        }
    }
}
