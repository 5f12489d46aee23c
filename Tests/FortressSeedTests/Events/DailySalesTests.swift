import Testing
@testable import FortressSeed

/// `analytics_fact_daily_sales` and the retail dimensions, against the generated base rows.
@Suite struct DailySalesTests {
    static func text(_ f: CapturingWriter.Field) -> String { RetailEventTests.text(f) ?? "" }

    /// The facts as `date_key|location|product` → (orders, units, cents).
    static func facts(_ dataset: Dataset, windowLines: Int? = nil) throws -> (rows: [[CapturingWriter.Field]], totals: [String: [Int64]]) {
        var out = RowStream(writer: CapturingWriter(), sink: NullSink())
        if let windowLines {
            var generator = DailySalesGenerator(model: dataset.finance)
            generator.windowLines = windowLines
            try generator.generate(into: &out)
        } else {
            try dataset.generate(.analyticsFactDailySales, into: &out)
        }
        var totals: [String: [Int64]] = [:]
        for r in out.writer.rows {
            guard case .int(let day) = r[0], case .int(let n) = r[3], case .int(let u) = r[4], case .decimal(let cents, 2) = r[5] else {
                Issue.record("bad fact row \(r)"); continue
            }
            let key = "\(day)|\(text(r[1]))|\(text(r[2]))"
            #expect(totals[key] == nil, "grain \(key) twice")
            totals[key] = [n, u, cents]
        }
        return (out.writer.rows, totals)
    }

    @Test("Daily sales equal the GROUP BY (payment day, location, product) over paid, shipped and delivered orders", arguments: [1, 42] as [UInt64])
    func factsEqualBase(seed: UInt64) throws {
        let dataset = try devDataset(seed: seed, extra: RetailEventTests.busyRetail)
        // The payment day: the posted debit carrying the order's reference.
        let tx = try CapturedTable(dataset, .transactions)
        var paidAt: [String: Int64] = [:]
        for r in tx.rows where Self.text(r[tx.column("type")]) == "debit" && Self.text(r[tx.column("status")]) == "posted" {
            if case .timestamp(let at) = r[tx.column("occurred_at")] { paidAt[Self.text(r[tx.column("reference")])] = at }
        }
        let items = try CapturedTable(dataset, .cartItems)
        var lines: [String: [(product: String, quantity: Int64, cents: Int64)]] = [:]
        for r in items.rows {
            guard case .int(let q) = r[items.column("quantity")], case .decimal(let p, 2) = r[items.column("unit_price")] else { continue }
            lines[Self.text(r[items.column("cart_id")]), default: []].append((Self.text(r[items.column("product_id")]), q, p))
        }
        let orders = try CapturedTable(dataset, .orders)
        var expected: [String: [Int64]] = [:]
        for r in orders.rows where ["paid", "shipped", "delivered"].contains(Self.text(r[orders.column("status")])) {
            let at = try #require(paidAt[Self.text(r[orders.column("payment_reference")])], "a sale without its payment")
            let day = AnalyticsDateGenerator.dateKey(days: at.floorDiv(CivilCalendar.microsPerDay))
            var products = Set<String>()
            for line in lines[Self.text(r[orders.column("cart_id")])] ?? [] {
                let key = "\(day)|\(Self.text(r[orders.column("location_id")]))|\(line.product)"
                var t = expected[key] ?? [0, 0, 0]
                t[0] += products.insert(line.product).inserted ? 1 : 0
                t[1] += line.quantity
                t[2] += line.quantity * line.cents
                expected[key] = t
            }
        }
        let actual = try Self.facts(dataset).totals
        #expect(!expected.isEmpty)
        #expect(actual.count == expected.count)
        for (key, value) in expected { #expect(actual[key] == value, "\(key): \(String(describing: actual[key])) vs \(value)") }
    }

    @Test("A small aggregation window (many passes) writes the same rows as one window", arguments: [1, 40, 500])
    func windowsDoNotChangeOutput(windowLines: Int) throws {
        let dataset = try devDataset(seed: 7, extra: RetailEventTests.busyRetail)
        let whole = try Self.facts(dataset).rows
        let windowed = try Self.facts(dataset, windowLines: windowLines).rows
        #expect(whole.count > 100)
        #expect(windowed == whole)
    }

    @Test("SalesCensus windows cover every day once, each within budget unless a single day exceeds it")
    func censusWindows() throws {
        let census = try SalesCensus(model: try devDataset(seed: 7, extra: RetailEventTests.busyRetail).finance)
        for budget in [1, 37, 1_000, 1 << 20] {
            let windows = census.windows(budget: budget)
            #expect(windows.first?.lowerBound == 0 && windows.last?.upperBound == census.linesPerDay.count - 1)
            for (a, b) in zip(windows, windows.dropFirst()) { #expect(a.upperBound + 1 == b.lowerBound) }
            for w in windows where w.count > 1 { #expect(census.linesPerDay[w].reduce(0, +) <= budget) }
        }
    }

    @Test("dim_product and dim_location mirror products and locations")
    func dimensions() throws {
        let dataset = try devDataset(seed: 2)
        let products = try CapturedTable(dataset, .products).rows
        let dimProducts = try CapturedTable(dataset, .analyticsDimProduct).rows
        #expect(dimProducts.count == products.count)
        for (p, d) in zip(products, dimProducts) {
            #expect(d[0] == p[0] && d[1] == p[1] && d[2] == p[2] && d[3] == p[4])
        }
        #expect(Set(dimProducts.map { Self.text($0[4]) }).contains("Mercearia"))
        let locations = try CapturedTable(dataset, .locations).rows
        let dimLocations = try CapturedTable(dataset, .analyticsDimLocation).rows
        #expect(dimLocations.count == locations.count)
        for (l, d) in zip(locations, dimLocations) {
            #expect(d[0] == l[0] && d[1] == l[1] && d[2] == l[2])
            let address = try #require(CapturedTable.object(l[3]))
            #expect(Self.text(d[3]) == address["state"] as? String && Self.text(d[4]) == address["city"] as? String)
        }
    }
}
