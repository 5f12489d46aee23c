/// Rows of `carts`: every cart of every shopper; its state is told by its order
/// and dates (README, "Cart states").
struct CartGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        try model.forEachShopper(in: model.tenants) { t, u, _, carts in
            let tenantID = model.tenantID(t)
            let userID = model.userID(tenant: t, user: u)
            for cart in carts {
                out.writer.uuid(model.retail.cartID(tenant: t, user: u, cart: cart.index))
                out.writer.uuid(tenantID)
                out.writer.uuid(userID)
                out.writer.timestamp(micros: cart.expiresAt)
                out.writer.timestamp(micros: cart.createdAt)
                try out.endRow()
            }
        }
    }
}

/// Rows of `cart_items`: product, quantity and the catalog price at cart time.
struct CartItemGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        try model.forEachShopper(in: model.tenants) { t, u, _, carts in
            for cart in carts {
                let cartID = model.retail.cartID(tenant: t, user: u, cart: cart.index)
                for (n, line) in cart.lines.enumerated() {
                    out.writer.uuid(cartID)
                    out.writer.int(Int64(n + 1))
                    out.writer.uuid(model.retail.catalog.id(line.product))
                    out.writer.int(Int64(line.quantity))
                    out.writer.decimal(minorUnits: line.unitPriceCents, scale: 2)
                    try out.endRow()
                }
            }
        }
    }
}

/// Rows of `orders`: status from the timeline and the ledger's verdict on the payment.
///
/// The tenant's ledger is replayed to learn which payments posted: a declined
/// payment cancels the order; a posted one moves it through paid, shipped and
/// delivered by its times (or cancelled, with a refund in the ledger).
struct OrderGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 512)
        var paid = OrderPaymentSink()
        let now = model.scenario.nowMicros
        for t in model.tenants where model.tenantProfile(t).supermarket {
            paid.posted.removeAll(keepingCapacity: true)
            try TenantLedger(model: model, tenant: t).run(into: &paid)
            let tenantID = model.tenantID(t)
            let created = model.tenantCreatedAt(t)
            for u in 0..<model.userCount(tenant: t) {
                let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: created)
                let userID = model.userID(tenant: t, user: u)
                for cart in model.carts(tenant: t, user: u, facts: facts) {
                    guard let order = cart.order else { continue }
                    let (status, updated) = order.status(now: now, paid: paid.posted.contains(OrderKey(owner: u, cart: cart.index)))
                    out.writer.uuid(model.retail.orderID(tenant: t, user: u, cart: cart.index))
                    out.writer.uuid(tenantID)
                    out.writer.uuid(userID)
                    out.writer.uuid(model.retail.cartID(tenant: t, user: u, cart: cart.index))
                    out.writer.uuid(model.retail.locations.id(cart.location))
                    out.writer.label(status.label)
                    out.writer.decimal(minorUnits: cart.totalCents, scale: 2)
                    out.writer.label("BRL")
                    json.reset()
                    facts.person.writeAddress(into: &json)
                    out.writer.json(json.buffer)
                    out.writer.text(model.retail.paymentReference(tenant: t, user: u, cart: cart.index))
                    out.writer.timestamp(micros: order.createdAt)
                    out.writer.timestamp(micros: updated)
                    try out.endRow()
                }
            }
        }
    }
}

struct OrderKey: Hashable {
    let owner: Int
    let cart: Int
}

/// Remembers which order payments the ledger posted.
struct OrderPaymentSink: LedgerSink {
    var posted = Set<OrderKey>()

    mutating func emit(_ row: LedgerRow) throws {
        if row.purpose == .orderPayment && row.status == .posted { posted.insert(OrderKey(owner: row.owner, cart: row.order)) }
    }
}
