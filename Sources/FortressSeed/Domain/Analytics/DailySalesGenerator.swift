/// Rows of `analytics_fact_daily_sales`, aggregated straight from the orders' carts.
///
/// Grain (as `FortressSchema.analyticsFactDailySales`): UTC day of the payment ×
/// fulfilling location × product, over orders whose status is `paid`, `shipped` or
/// `delivered` (cancelled orders, refunded or never paid, are not sales; `created`
/// ones are not paid yet). `order_count` counts orders with the product,
/// `units` sums quantities, `revenue` sums `quantity × unit_price` (catalog price at
/// cart time) in cents. The sale day is the payment's, not the checkout's: the day
/// the money moved, which is `orders.updated_at` only while the order is `paid`, so
/// SQL finds it in the ledger. The figures equal
///
/// ```sql
/// SELECT to_char(t.occurred_at AT TIME ZONE 'UTC', 'YYYYMMDD')::int, o.location_id, ci.product_id,
///        count(DISTINCT o.id), sum(ci.quantity), sum(ci.quantity * ci.unit_price)
/// FROM orders o
/// JOIN transactions t ON t.reference = o.payment_reference AND t.type = 'debit' AND t.status = 'posted'
/// JOIN cart_items ci ON ci.cart_id = o.cart_id
/// WHERE o.status IN ('paid', 'shipped', 'delivered') GROUP BY 1, 2, 3
/// ```
///
/// Memory stays bounded: a grain has no tenant, so every tenant can add to a row
/// and nothing can be written before all orders of its day are seen. A first pass
/// (`SalesCensus`) replays the ledgers once to learn which orders are sales and
/// how many lines each day has; then windows of consecutive days holding at most
/// `windowLines` sale lines are aggregated one at a time (each pass regenerates the
/// carts, which needs no ledger) and written in grain order.
struct DailySalesGenerator {
    let model: FinanceModel
    /// Sale lines one window may aggregate (about 100 bytes each in the dictionary);
    /// the output does not depend on it.
    var windowLines = 1 << 20

    /// A grain: UTC day (days since 1970), location and product indices; ordered as written.
    struct Grain: Hashable, Comparable {
        let day: Int64
        let location: Int32
        let product: Int32

        static func < (a: Grain, b: Grain) -> Bool { (a.day, a.location, a.product) < (b.day, b.location, b.product) }
    }

    struct Total {
        var orders: Int64 = 0
        var units: Int64 = 0
        var cents: Int64 = 0
    }

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let census = try SalesCensus(model: model)
        let retail = model.retail
        var totals: [Grain: Total] = [:]
        var grains: [Grain] = []
        for window in census.windows(budget: windowLines) {
            totals.removeAll(keepingCapacity: true)
            var i = 0
            model.forEachShopper { _, _, _, carts in
                for cart in carts {
                    guard let order = cart.order else { continue }
                    defer { i += 1 }
                    guard census.sale(i), window.contains(census.dayIndex(order.paymentAt)) else { continue }
                    Self.add(cart, day: order.paymentAt.floorDiv(CivilCalendar.microsPerDay), to: &totals)
                }
            }
            precondition(i == census.orders, "the census and the aggregation visited different orders")
            grains.removeAll(keepingCapacity: true)
            grains.append(contentsOf: totals.keys)
            grains.sort()
            for g in grains {
                guard let total = totals[g] else { continue }
                out.writer.int(AnalyticsDateGenerator.dateKey(days: g.day))
                out.writer.uuid(retail.locations.id(Int(g.location)))
                out.writer.uuid(retail.catalog.id(Int(g.product)))
                out.writer.int(total.orders)
                out.writer.int(total.units)
                out.writer.decimal(minorUnits: total.cents, scale: 2)
                try out.endRow()
            }
        }
    }

    /// Adds a sale's lines; a product on two lines of one cart counts the order once.
    static func add(_ cart: CartPlan, day: Int64, to totals: inout [Grain: Total]) {
        for (n, line) in cart.lines.enumerated() {
            let grain = Grain(day: day, location: Int32(cart.location), product: Int32(line.product))
            let repeated = cart.lines[..<n].contains { $0.product == line.product }
            totals[grain, default: Total()].orders += repeated ? 0 : 1
            totals[grain, default: Total()].units += Int64(line.quantity)
            totals[grain, default: Total()].cents += Int64(line.quantity) * line.unitPriceCents
        }
    }
}
