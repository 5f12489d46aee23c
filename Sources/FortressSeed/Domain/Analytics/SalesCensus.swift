/// The first pass of `DailySalesGenerator`: which orders are sales, and how many sale
/// lines fall on each day, so the second pass can aggregate a window of days at a time.
///
/// Whether an order is a sale (status `paid`, `shipped` or `delivered` at "now")
/// depends on whether its payment posted, which only the buyer's ledger replay
/// tells. The census replays each supermarket user's ledger once and keeps one
/// bit per order, in the fixed (tenant, user, cart) order in which
/// `FinanceModel.forEachShopper` visits them again: O(orders / 8) bytes, no
/// second replay.
struct SalesCensus {
    /// Bit `i` is set when the `i`-th order visited is a sale.
    private(set) var isSale: [UInt64] = []
    private(set) var orders = 0
    /// Sale lines per UTC day of the payment, from `days.lowerBound`.
    private(set) var linesPerDay: [Int]
    let days: ClosedRange<Int64>

    init(model: FinanceModel) throws {
        days = AnalyticsDateGenerator(scenario: model.scenario).days
        linesPerDay = Array(repeating: 0, count: Int(days.upperBound - days.lowerBound + 1))
        let now = model.scenario.nowMicros
        var links = OrderLedgerLinks()
        let scratch = LedgerScratch(model: model, keepingCartPlans: true)
        for t in 0..<model.tenantCount where model.tenantProfile(t).supermarket {
            let roster = TenantRoster(model: model, tenant: t)
            let created = model.tenantCreatedAt(t)
            for u in 0..<model.userCount(tenant: t) {
                let facts = model.userFacts(tenant: t, user: u, tenantCreatedAt: created)
                links.reset()
                var ledger = UserLedger(roster: roster, tenant: t, user: u, facts: facts, scratch: scratch)
                try ledger.run(into: &links)
                for cart in ledger.cartPlans {
                    guard let order = cart.order else { continue }
                    let sale = order.isSale(now: now, paid: links.payments[cart.index] != nil)
                    append(sale)
                    if sale { linesPerDay[dayIndex(order.paymentAt)] += cart.lines.count }
                }
                ledger.recycle(into: scratch)
            }
        }
    }

    /// Whether the `i`-th order visited is a sale.
    func sale(_ i: Int) -> Bool {
        isSale[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// The index in `linesPerDay` of the UTC day of `micros`.
    ///
    /// Payments happen inside the history window (after the window starts, before
    /// "now"), the days `analytics_dim_date` holds; anything else is a model bug.
    func dayIndex(_ micros: Int64) -> Int {
        let day = micros.floorDiv(CivilCalendar.microsPerDay)
        precondition(days.contains(day), "a sale outside the history window")
        return Int(day - days.lowerBound)
    }

    /// Consecutive day ranges (as `linesPerDay` indices) holding at most `budget` sale
    /// lines each (a single busier day is a window of its own), covering every day.
    func windows(budget: Int) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var start = 0, lines = 0
        for (i, n) in linesPerDay.enumerated() {
            if i > start && lines + n > budget {
                result.append(start...(i - 1))
                start = i
                lines = 0
            }
            lines += n
        }
        if !linesPerDay.isEmpty { result.append(start...(linesPerDay.count - 1)) }
        return result
    }

    private mutating func append(_ sale: Bool) {
        if orders & 63 == 0 { isSale.append(0) }
        if sale { isSale[orders >> 6] |= 1 << UInt64(orders & 63) }
        orders += 1
    }
}
