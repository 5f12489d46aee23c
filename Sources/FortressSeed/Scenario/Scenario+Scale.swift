extension Scenario {
    /// The scenario with its volumes multiplied by `factor` (`--scale`): tenants,
    /// merchants, products and locations, so row counts grow linearly. Per-user
    /// rates, mixes, sizes of business tenants and the time window do not change.
    /// Counts round to the nearest integer; a count that was positive stays at least 1.
    public func scaled(by factor: Double) -> Scenario {
        precondition(factor > 0 && factor.isFinite, "scale must be positive")
        guard factor != 1 else { return self }
        func scale(_ n: Int) -> Int { n == 0 ? 0 : max(1, Int((Double(n) * factor).rounded())) }
        var s = self
        s.tenants.business = scale(tenants.business)
        s.tenants.individual = scale(tenants.individual)
        s.merchants.count = scale(merchants.count)
        s.retail.products = scale(retail.products)
        s.retail.stores = scale(retail.stores)
        s.retail.warehouses = scale(retail.warehouses)
        s.retail.darkStores = scale(retail.darkStores)
        return s
    }
}
