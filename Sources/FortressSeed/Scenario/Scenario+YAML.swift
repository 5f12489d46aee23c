import Yams

extension Scenario {
    /// Parses and validates a scenario, reporting every problem at once.
    ///
    /// - Parameters:
    ///   - text: the YAML text.
    ///   - file: the name used in messages (`dev.yaml`, or the path given).
    /// - Throws: `ScenarioError.invalid` listing each problem with line, column and key path.
    public static func parse(yaml text: String, file: String) throws(ScenarioError) -> Scenario {
        try parse(ScenarioComposer.compose(yaml: text, file: file, resolve: ScenarioLibrary.resolve).root, file: file)
    }

    /// Validates a composed tree (after `extends:` was merged).
    static func parse(_ root: Node, file: String) throws(ScenarioError) -> Scenario {
        var r = ScenarioReader()
        let top = r.fields(root, path: "", keys: ["name", "description", "now", "history_months", "tenants", "users", "accounts", "ledger", "churn", "merchants", "retail", "events", "fraud"])
        let defaults = Scenario.defaults
        var s = defaults
        s.name = r.string(top, "name")
        s.description = r.string(top, "description")
        s.nowMicros = r.instant(top, "now")
        s.historyMonths = r.int(top, "history_months", default: defaults.historyMonths, in: 1...240)

        let t = r.fields(top.values["tenants"], path: "tenants", keys: ["business", "individual", "business_users", "corporate_accounts"])
        s.tenants.business = r.int(t, "business", default: defaults.tenants.business, in: 0...10_000_000)
        s.tenants.individual = r.int(t, "individual", default: defaults.tenants.individual, in: 0...1_000_000_000)
        s.tenants.businessUsers = r.intRange(t, "business_users", default: defaults.tenants.businessUsers, in: 1...10_000_000)
        s.tenants.corporateAccounts = r.intRange(t, "corporate_accounts", default: defaults.tenants.corporateAccounts, in: 0...1_000)
        if s.tenants.business + s.tenants.individual == 0 {
            r.report(t.mark ?? top.mark, "tenants", "a scenario needs at least one tenant (business + individual > 0)")
        }

        let u = r.fields(top.values["users"], path: "users", keys: ["locales", "null_email_share", "null_phone_share", "password"])
        s.users.locales = r.mix(u, "locales", default: defaults.users.locales)
        s.users.nullEmailShare = r.double(u, "null_email_share", default: defaults.users.nullEmailShare, in: 0...1)
        s.users.nullPhoneShare = r.double(u, "null_phone_share", default: defaults.users.nullPhoneShare, in: 0...1)
        s.users.password = r.choice(u, "password", default: defaults.users.password)

        let a = r.fields(top.values["accounts"], path: "accounts", keys: ["per_user", "types", "currencies"])
        s.accounts.perUser = r.intRange(a, "per_user", default: defaults.accounts.perUser, in: 1...4)
        s.accounts.types = r.mix(a, "types", default: defaults.accounts.types)
        s.accounts.currencies = r.mix(a, "currencies", default: defaults.accounts.currencies)

        let l = r.fields(top.values["ledger"], path: "ledger", keys: [
            "salary_share", "purchases_per_month", "transfers_per_month", "bills_per_user", "installment_share",
            "refund_share", "void_share", "decline_share", "pending_days", "pix_night_limit", "receipt_share",
        ])
        let dl = defaults.ledger
        s.ledger.salaryShare = r.double(l, "salary_share", default: dl.salaryShare, in: 0...1)
        s.ledger.purchasesPerMonth = r.double(l, "purchases_per_month", default: dl.purchasesPerMonth, in: 0...1_000)
        s.ledger.transfersPerMonth = r.double(l, "transfers_per_month", default: dl.transfersPerMonth, in: 0...200)
        s.ledger.billsPerUser = r.intRange(l, "bills_per_user", default: dl.billsPerUser, in: 0...8)
        s.ledger.installmentShare = r.double(l, "installment_share", default: dl.installmentShare, in: 0...1)
        s.ledger.refundShare = r.double(l, "refund_share", default: dl.refundShare, in: 0...0.5)
        s.ledger.voidShare = r.double(l, "void_share", default: dl.voidShare, in: 0...0.5)
        s.ledger.declineShare = r.double(l, "decline_share", default: dl.declineShare, in: 0...0.5)
        s.ledger.pendingDays = r.int(l, "pending_days", default: dl.pendingDays, in: 0...30)
        s.ledger.pixNightLimitCents = Int64((r.double(l, "pix_night_limit", default: Double(dl.pixNightLimitCents) / 100, in: 1...1_000_000) * 100).rounded())
        s.ledger.receiptShare = r.double(l, "receipt_share", default: dl.receiptShare, in: 0...1)

        let c = r.fields(top.values["churn"], path: "churn", keys: ["monthly_hazard", "grace_days", "erasure_share"])
        s.churn.monthlyHazard = r.double(c, "monthly_hazard", default: defaults.churn.monthlyHazard, in: 0...0.5)
        s.churn.graceDays = r.int(c, "grace_days", default: defaults.churn.graceDays, in: 0...365)
        s.churn.erasureShare = r.double(c, "erasure_share", default: defaults.churn.erasureShare, in: 0...1)

        let m = r.fields(top.values["merchants"], path: "merchants", keys: ["count", "popularity_skew"])
        s.merchants.count = r.int(m, "count", default: defaults.merchants.count, in: 1...50_000_000)
        s.merchants.popularitySkew = r.double(m, "popularity_skew", default: defaults.merchants.popularitySkew, in: 0...3)

        let e = r.fields(top.values["events"], path: "events", keys: ["publish_delay_ms", "pending_lag_seconds", "failed_share", "max_attempts", "backlog_hours"])
        let de = defaults.events
        s.events.publishDelayMillis = r.double(e, "publish_delay_ms", default: de.publishDelayMillis, in: 0.1...3_600_000)
        s.events.pendingLagSeconds = r.double(e, "pending_lag_seconds", default: de.pendingLagSeconds, in: 0...86_400)
        s.events.failedShare = r.double(e, "failed_share", default: de.failedShare, in: 0...0.5)
        s.events.maxAttempts = r.int(e, "max_attempts", default: de.maxAttempts, in: 1...100)
        s.events.backlogHours = r.double(e, "backlog_hours", default: de.backlogHours, in: 0...87_600)

        let rt = r.fields(top.values["retail"], path: "retail", keys: [
            "products", "popularity_skew", "stores", "warehouses", "dark_stores", "store_coverage", "dark_store_coverage",
            "inventory_mix", "carts_per_month", "conversion", "empty_cart_share", "items_per_cart", "cancel_share",
            "cart_lifetime_hours", "assortment",
        ])
        let dr = defaults.retail
        s.retail.products = r.int(rt, "products", default: dr.products, in: 1...100_000_000)
        s.retail.popularitySkew = r.double(rt, "popularity_skew", default: dr.popularitySkew, in: 0...3)
        s.retail.stores = r.int(rt, "stores", default: dr.stores, in: 0...100_000)
        s.retail.warehouses = r.int(rt, "warehouses", default: dr.warehouses, in: 0...10_000)
        s.retail.darkStores = r.int(rt, "dark_stores", default: dr.darkStores, in: 0...100_000)
        if s.retail.stores + s.retail.darkStores == 0 {
            r.report(rt.mark ?? top.mark, "retail", "orders need at least one store or dark store (stores + dark_stores > 0)")
        }
        s.retail.storeCoverage = r.double(rt, "store_coverage", default: dr.storeCoverage, in: 0.01...1)
        s.retail.darkStoreCoverage = r.double(rt, "dark_store_coverage", default: dr.darkStoreCoverage, in: 0.01...1)
        s.retail.inventoryMix = r.mix(rt, "inventory_mix", default: dr.inventoryMix)
        s.retail.cartsPerMonth = r.double(rt, "carts_per_month", default: dr.cartsPerMonth, in: 0...100)
        s.retail.conversion = r.double(rt, "conversion", default: dr.conversion, in: 0...1)
        s.retail.emptyCartShare = r.double(rt, "empty_cart_share", default: dr.emptyCartShare, in: 0...1)
        s.retail.itemsPerCart = r.intRange(rt, "items_per_cart", default: dr.itemsPerCart, in: 1...200)
        s.retail.cancelShare = r.double(rt, "cancel_share", default: dr.cancelShare, in: 0...1)
        s.retail.cartLifetimeHours = r.int(rt, "cart_lifetime_hours", default: dr.cartLifetimeHours, in: 1...2_160)
        s.retail.assortment = r.int(rt, "assortment", default: dr.assortment, in: 1...10_000_000)
        s.fraud = Fraud.read(&r, top)

        if !r.problems.isEmpty {
            let sorted = r.problems.enumerated().sorted { a, b in
                (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
            }
            throw .invalid(file: file, problems: sorted.map(\.element))
        }
        return s
    }

    /// Values used for keys a scenario leaves out (documented in scenarios/README.md).
    public static let defaults = Scenario(
        name: "", description: "", nowMicros: 0, historyMonths: 12,
        tenants: Tenants(business: 2, individual: 6, businessUsers: 10...50, corporateAccounts: 1...3),
        users: Users(
            locales: Mix([.ptBR: 0.9, .enUS: 0.06, .es: 0.04]), nullEmailShare: 0.03, nullPhoneShare: 0.08,
            password: .dev),
        accounts: Accounts(
            perUser: 1...3, types: Mix([.wallet: 0.4, .bank: 0.3, .credit: 0.2, .savings: 0.1]),
            currencies: Mix([.BRL: 0.96, .USD: 0.025, .EUR: 0.015])),
        ledger: Ledger(
            salaryShare: 0.7, purchasesPerMonth: 24, transfersPerMonth: 3, billsPerUser: 2...5, installmentShare: 0.35,
            refundShare: 0.004, voidShare: 0.006, declineShare: 0.01, pendingDays: 3, pixNightLimitCents: 100_000,
            receiptShare: 0.2),
        churn: Churn(monthlyHazard: 0.012, graceDays: 30, erasureShare: 0.1),
        merchants: Merchants(count: 400, popularitySkew: 1.0),
        retail: Retail(
            products: 500, popularitySkew: 1.05, stores: 4, warehouses: 1, darkStores: 2, storeCoverage: 0.85,
            darkStoreCoverage: 0.6,
            inventoryMix: Mix([.healthy: 0.62, .low: 0.1, .stockout: 0.05, .overstock: 0.07, .highReservation: 0.06, .stale: 0.1]),
            cartsPerMonth: 2.5, conversion: 0.72, emptyCartShare: 0.08, itemsPerCart: 1...14, cancelShare: 0.06,
            cartLifetimeHours: 72))

    static func problem(from error: YamlError) -> ScenarioProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ScenarioProblem(line: mark.line, column: mark.column, keyPath: "", message: "not valid YAML: \(problem)")
        case .reader(let problem, _, _, _):
            return ScenarioProblem(line: 0, column: 0, keyPath: "", message: "not readable as UTF-8 YAML: \(problem)")
        default:
            return ScenarioProblem(line: 0, column: 0, keyPath: "", message: "not valid YAML: \(error)")
        }
    }
}

extension ScenarioReader {
    /// One of an enum's raw values.
    mutating func choice<K: CaseIterable & RawRepresentable>(_ f: Fields, _ key: String, default fallback: K) -> K
    where K.RawValue == String {
        guard let node = f.values[key] else { return fallback }
        let allowed = K.allCases.map(\.rawValue)
        guard let text = node.scalar?.string, let v = K(rawValue: text) else {
            var message = "expected one of \(allowed.joined(separator: ", ")), found \(Self.describe(node))"
            if let text = node.scalar?.string, let guess = Suggestion.closest(to: text, in: allowed) {
                message += " (did you mean '\(guess)'?)"
            }
            report(node.mark, f.child(key), message)
            return fallback
        }
        return v
    }
}
